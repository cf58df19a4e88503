// A few binary ±1 spins with random couplings and fields: a discrete system small enough to enumerate, for
// testing the engine's samplers against the exact Boltzmann distribution.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/random.h"
#include "discrete/boltzmann_factors.h"
#include "discrete/discrete_system.h"

namespace ebm::testing {

/// E(s) = −Σ_{i<j} J_ij s_i s_j − Σ_i h_i s_i over n spins s_i = ±1 (a Sherrington–Kirkpatrick glass when J
/// is random): frustrated, with several valleys. A state is also an index: bit i set ⇔ s_i = +1.
class SpinGlass {
 public:
  using EnergyValue = double;
  struct Move {
    int spin = 0;
  };

  SpinGlass(int n, std::uint64_t seed) : n_(n), couplings_(std::size_t(n * n), 0.0), fields_(std::size_t(n)) {
    Random random(seed);
    for (int i = 0; i < n; ++i) {
      fields_[std::size_t(i)] = random.uniform(-0.5, 0.5);
      for (int j = i + 1; j < n; ++j) {
        const double j_ij = random.uniform(-1, 1);
        couplings_[std::size_t(i * n + j)] = couplings_[std::size_t(j * n + i)] = j_ij;
      }
    }
    spins_.assign(std::size_t(n), 1);
    energy_ = recomputeEnergy();
  }

  [[nodiscard]] double energy() const { return energy_; }
  [[nodiscard]] double recomputeEnergy() const { return energyOf(state()); }
  [[nodiscard]] Index movesPerSweep() const { return n_; }
  bool proposeMove(Random& random, Move& move) const {
    move.spin = int(random.below(std::uint64_t(n_)));
    return true;
  }
  /// Flipping s_i changes E by 2 s_i (Σ_j J_ij s_j + h_i): the local field, no recomputation.
  [[nodiscard]] double energyChange(const Move& move) const {
    return 2.0 * spins_[std::size_t(move.spin)] * localField(move.spin);
  }
  void applyMove(const Move& move, double delta) {
    spins_[std::size_t(move.spin)] = -spins_[std::size_t(move.spin)];
    energy_ += delta;
  }
  void randomize(Random& random) {
    for (auto& s : spins_)
      s = random.bernoulli(0.5) ? 1 : -1;
    energy_ = recomputeEnergy();
  }
  /// Glauber dynamics: a random spin takes +1 with probability 1/(1 + e^{−2h/T}), h its local field.
  Index heatBathSweep(Random& random, const BoltzmannFactors& factors, double stopAt) {
    Index changed = 0;
    for (int m = 0; m < n_ && energy_ > stopAt; ++m) {
      const int i = int(random.below(std::uint64_t(n_)));
      const double up = 1.0 / (1.0 + factors(2.0 * localField(i)));
      const int s = random.uniform() < up ? 1 : -1;
      if (s == spins_[std::size_t(i)]) continue;
      applyMove({i}, energyChange({i}));
      ++changed;
    }
    return changed;
  }

  [[nodiscard]] int size() const { return n_; }
  [[nodiscard]] int state() const {
    int index = 0;
    for (int i = 0; i < n_; ++i)
      index |= (spins_[std::size_t(i)] > 0 ? 1 : 0) << i;
    return index;
  }
  [[nodiscard]] double energyOf(int index) const {
    double e = 0;
    for (int i = 0; i < n_; ++i) {
      const int si = (index >> i) & 1 ? 1 : -1;
      e -= fields_[std::size_t(i)] * si;
      for (int j = i + 1; j < n_; ++j)
        e -= couplings_[std::size_t(i * n_ + j)] * si * ((index >> j) & 1 ? 1 : -1);
    }
    return e;
  }
  /// The exact Boltzmann probabilities of all 2^n states at T.
  [[nodiscard]] std::vector<double> boltzmann(double temperature) const {
    std::vector<double> p(std::size_t(1) << n_);
    double z = 0;
    for (std::size_t k = 0; k < p.size(); ++k)
      z += p[k] = std::exp(-energyOf(int(k)) / temperature);
    for (auto& v : p)
      v /= z;
    return p;
  }

 private:
  [[nodiscard]] double localField(int i) const {
    double h = fields_[std::size_t(i)];
    for (int j = 0; j < n_; ++j)
      h += couplings_[std::size_t(i * n_ + j)] * spins_[std::size_t(j)];
    return h;
  }

  int n_;
  std::vector<double> couplings_, fields_;
  std::vector<int> spins_;
  double energy_ = 0;
};

static_assert(DiscreteSystem<SpinGlass>);
static_assert(HasHeatBathSweep<SpinGlass>);

}  // namespace ebm::testing
