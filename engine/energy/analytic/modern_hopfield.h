// The modern (continuous) Hopfield energy of stored patterns, whose one-step update is a Transformer's
// attention.
#pragma once

#include <string>
#include <vector>

#include <Eigen/Core>

#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of the modern Hopfield energy (Ramsauer et al. 2020, "Hopfield Networks is All You Need").
struct ModernHopfieldParameters {
  /// The stored patterns x₁…x_M, one per column (2 or 3 rows: the dimension).
  Eigen::MatrixXd patterns = Eigen::MatrixXd::Zero(2, 1);
  double beta = 1.0;  ///< β > 0: the inverse temperature of the softmax over the patterns
  /// false: dot-product scores xᵢᵀξ (attention); true: −‖ξ − xᵢ‖²/2 (a Gaussian mixture, mean shift).
  bool euclidean = false;
  bool normalize = false;  ///< scale every pattern to unit length before storing it
};

/// With scores sᵢ(ξ) = xᵢᵀξ (dot) or −‖ξ − xᵢ‖²/2 (Euclidean) and lme = log of the mean of exp:
///   dot:       E(ξ) = −β⁻¹ lmeᵢ(β sᵢ(ξ)) + ½ξᵀξ,
///   Euclidean: E(ξ) = −β⁻¹ lmeᵢ(β sᵢ(ξ)).
/// (The mean rather than the sum drops the constant −β⁻¹ log M, which would dwarf the landscape at small β.)
/// In both, ∇E(ξ) = ξ − X·softmax(β s(ξ)), so the attention step ξ ← X·softmax(β s(ξ)) is ξ − ∇E(ξ) and
/// never raises E (a concave-convex procedure; for the Euclidean variant it is mean shift).
class ModernHopfieldEnergy final : public PointwiseEnergy<ModernHopfieldEnergy> {
 public:
  /// Throws ArgumentError for no patterns, a dimension other than 2 or 3, a non-positive β or a zero pattern
  /// to normalize.
  explicit ModernHopfieldEnergy(ModernHopfieldParameters parameters);

  [[nodiscard]] int dimension() const override { return int(patterns_.rows()); }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] const ModernHopfieldParameters& parameters() const { return p_; }
  /// The patterns as stored (unit length when normalize is on), one per column.
  [[nodiscard]] const Eigen::MatrixXd& patterns() const { return patterns_; }

  /// The attention weights softmax(β s(ξ)) over the patterns at the query ξ; they sum to 1.
  [[nodiscard]] Eigen::VectorXd weights(const Eigen::VectorXd& query) const;
  /// One attention step: X·weights(ξ), which equals ξ − ∇E(ξ).
  [[nodiscard]] Eigen::VectorXd update(const Eigen::VectorXd& query) const;
  /// E(ξ) in double.
  [[nodiscard]] double energy(const Eigen::VectorXd& query) const;

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    double logMeanExp = 0;
    const Eigen::VectorXd w = softmax(x, logMeanExp);
    double squaredNorm = 0;
    for (int k = 0; k < dimension(); ++k) {
      squaredNorm += x[k] * x[k];
      if constexpr (WithGradient) gradient[k] = x[k] - patterns_.row(k).dot(w);
    }
    return -logMeanExp / p_.beta + (p_.euclidean ? 0.0 : 0.5 * squaredNorm);
  }

 private:
  /// softmax(β s(ξ)), and lme(β s(ξ)) into `logMeanExp`, computed stably (shifted by the largest score).
  Eigen::VectorXd softmax(const double* query, double& logMeanExp) const;

  ModernHopfieldParameters p_;
  Eigen::MatrixXd patterns_;
};

}  // namespace ebm
