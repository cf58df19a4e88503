// A binary Hopfield network: ±1 units, symmetric couplings without self-coupling, E(s) = −½ Σ wᵢⱼ sᵢ sⱼ, and
// the storage rules (Hebbian, pseudo-inverse) that make chosen patterns its valleys.
#pragma once

#include <memory>

#include <Eigen/Core>

#include "core/random.h"
#include "core/types.h"
#include "discrete/boltzmann_factors.h"

namespace ebm::hopfield {

using Couplings = Eigen::MatrixXd;  ///< N×N, symmetric, zero diagonal
using Patterns = Eigen::MatrixXd;   ///< N×P, one ±1 pattern per column
using State = Eigen::VectorXd;      ///< N entries of ±1

enum class StorageRule { kHebbian, kPseudoInverse };

/// "hebbian" or "pseudo-inverse"; throws ArgumentError for another name.
[[nodiscard]] StorageRule storageRuleFromName(const std::string& name);
[[nodiscard]] const char* storageRuleName(StorageRule rule);

/// Hebb's rule, wᵢⱼ = (1/N) Σ_μ ξᵢ^μ ξⱼ^μ for i ≠ j: each pattern digs its own valley, and the valleys
/// disturb each other through the patterns' overlaps (crosstalk), which limits the load to about 0.138 N
/// random patterns.
[[nodiscard]] Couplings hebbianCouplings(const Patterns& patterns);
/// The projection rule, W = Ξ (ΞᵀΞ)⁻¹ Ξᵀ with the diagonal removed: every stored pattern is an eigenvector of
/// W, so correlated patterns (letters sharing strokes) are stored too, up to about N/2 patterns.
[[nodiscard]] Couplings pseudoInverseCouplings(const Patterns& patterns);
[[nodiscard]] Couplings storePatterns(const Patterns& patterns, StorageRule rule);

/// E(s) = −½ sᵀWs, computed from scratch.
[[nodiscard]] double hopfieldEnergy(const Couplings& couplings, const State& state);

/// A network and its state, with the local fields hᵢ = Σⱼ wᵢⱼ sⱼ kept up to date so that a unit's flip costs
/// ΔE = 2 sᵢ hᵢ to price and one column of W to make. A DiscreteSystem (discrete/discrete_system.h): a move
/// is the flip of one unit; its heat-bath sweep is Glauber dynamics.
class HopfieldSystem {
 public:
  using EnergyValue = double;
  struct Move {
    Index unit = 0;
  };

  HopfieldSystem(std::shared_ptr<const Couplings> couplings, const State& state);

  /// Replaces the state (fields and energy recomputed).
  void setState(const State& state);
  [[nodiscard]] const State& state() const { return state_; }
  [[nodiscard]] const Eigen::VectorXd& fields() const { return fields_; }
  [[nodiscard]] const Couplings& couplings() const { return *couplings_; }
  [[nodiscard]] Index size() const { return state_.size(); }

  [[nodiscard]] double energy() const { return energy_; }
  [[nodiscard]] double recomputeEnergy() const { return hopfieldEnergy(*couplings_, state_); }
  [[nodiscard]] bool proposeMove(Random& random, Move& move) const {
    move.unit = Index(random.below(std::uint64_t(state_.size())));
    return true;
  }
  /// ΔE of flipping sᵢ: the terms with sᵢ change sign, −sᵢhᵢ → +sᵢhᵢ (wᵢᵢ = 0).
  [[nodiscard]] double energyChange(const Move& move) const {
    return 2 * state_[move.unit] * fields_[move.unit];
  }
  void applyMove(const Move& move, double delta);
  [[nodiscard]] Index movesPerSweep() const { return state_.size(); }
  void randomize(Random& random);

  /// Glauber dynamics: movesPerSweep() times, a random unit i takes +1 with probability 1/(1 + e^{−2hᵢ/T})
  /// — its conditional Boltzmann distribution given the others. Stops early once E ≤ stopAt; returns the
  /// number of units that changed.
  Index heatBathSweep(Random& random, const BoltzmannFactors& factors, double stopAt);
  /// One asynchronous update of unit i at temperature T: T = 0 aligns it with its field (sᵢ ← sign hᵢ, kept
  /// when hᵢ = 0), so E never rises; T > 0 is Glauber's rule. Returns true when the unit flipped.
  bool updateUnit(Index unit, double temperature, Random& random);

 private:
  void flip(Index unit);

  std::shared_ptr<const Couplings> couplings_;
  State state_;
  Eigen::VectorXd fields_;
  double energy_ = 0;
};

/// The overlaps m_μ = (1/N) Σᵢ ξᵢ^μ sᵢ of a state with every pattern: 1 at a pattern, −1 at its negative.
[[nodiscard]] Eigen::VectorXd overlaps(const Patterns& patterns, const State& state);

/// P random patterns of N units, each unit ±1 with probability ½.
[[nodiscard]] Patterns randomPatterns(Index neurons, Index count, Random& random);

/// `pattern` with round(fraction·N) distinct units flipped, drawn at random: a cue a fraction `fraction`
/// wrong.
[[nodiscard]] State corrupt(const State& pattern, double fraction, Random& random);

}  // namespace ebm::hopfield
