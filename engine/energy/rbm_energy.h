// The Gaussian–Bernoulli restricted Boltzmann machine, seen through its free energy: a landscape like any
// other (drawn, integrated, sampled, composed), with a closed-form gradient and, for few hidden units, a
// closed-form log Z.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <Eigen/Core>

#include "energy/energy.h"

namespace ebm {

/// The weights of a Gaussian–Bernoulli RBM with D real visible units x and H binary hidden units h:
///   E(x, h) = Σ_d (x_d − b_d)²/(2σ_d²) − Σ_j c_j h_j − Σ_{d,j} W_dj h_j x_d/σ_d²
/// (the x/σ² convention of Cho, Raiko & Ilin 2011), so that
///   p(h_j = 1 | x) = sigmoid(c_j + Σ_d W_dj x_d/σ_d²),   p(x | h) = N(b + W h, diag σ²).
/// σ_d² is stored as its logarithm z_d = log σ_d², which keeps it positive whatever a gradient step does.
struct RbmParameters {
  Eigen::MatrixXf weights;      ///< W, D × H
  Eigen::VectorXf visibleBias;  ///< b, D
  Eigen::VectorXf hiddenBias;   ///< c, H
  Eigen::VectorXf logVariance;  ///< z = log σ², D

  [[nodiscard]] int dimension() const { return int(visibleBias.size()); }
  [[nodiscard]] int hiddenUnits() const { return int(hiddenBias.size()); }
  /// D·H + 2D + H: the length of the flat vector below.
  [[nodiscard]] Index parameterCount() const;
  /// θ = [W (column-major), b, c, z]: the layout of every RBM parameter gradient, so Adam is one loop.
  [[nodiscard]] Eigen::VectorXf flatten() const;
  /// The inverse of flatten() for an RBM of this shape. Throws ArgumentError for the wrong length.
  void assign(const Eigen::VectorXf& theta);
  /// Throws ArgumentError (a teacher-readable reason) unless D ∈ {2, 3}, 1 ≤ H ≤ 4096, the shapes agree, and
  /// every number is finite.
  void validate() const;
};

/// The free energy of the RBM, F(x) = −log Σ_h exp(−E(x, h)):
///   F(x) = Σ_d (x_d − b_d)²/(2σ_d²) − Σ_j softplus(a_j),   a_j = c_j + Σ_d W_dj x_d/σ_d²,
///   ∇ₓF = (x − b − W·sigmoid(a)) / σ²   (element-wise division by σ²).
/// exp(−F) is always normalizable: it is a mixture of 2^H Gaussians N(b + W h, diag σ²), one per hidden
/// state. Immutable and thread-safe like every Energy.
class RbmEnergy final : public Energy {
 public:
  /// Throws ArgumentError as RbmParameters::validate().
  explicit RbmEnergy(RbmParameters parameters);

  [[nodiscard]] int dimension() const override { return parameters_.dimension(); }
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  [[nodiscard]] const RbmParameters& parameters() const { return parameters_; }
  [[nodiscard]] int hiddenUnits() const { return parameters_.hiddenUnits(); }
  /// σ_d² and 1/σ_d².
  [[nodiscard]] const Eigen::VectorXf& variance() const { return variance_; }
  [[nodiscard]] const Eigen::VectorXf& precision() const { return precision_; }

  /// p(h_j = 1 | x) for every column of `points`: sigmoid(a), H × N.
  void hiddenProbabilities(ConstPointsRef points, PointsRef probabilities) const;

  /// gradient += ∂/∂θ Σᵢ gᵢ F(xᵢ) in the flat layout of RbmParameters::flatten(), g = `pointWeights`:
  ///   ∂F/∂W_dj = −s_j x_d/σ_d²,  ∂F/∂b_d = −(x_d − b_d)/σ_d²,  ∂F/∂c_j = −s_j,
  ///   ∂F/∂z_d = −(x_d − b_d)²/(2σ_d²) + (x_d/σ_d²)·Σ_j W_dj s_j,     s = sigmoid(a).
  void accumulateParameterGradient(ConstPointsRef points, ConstVectorRef pointWeights,
                                   Eigen::Ref<Eigen::VectorXf> gradient) const;

  /// log Z = log ∫ exp(−F(x)) dx in closed form, by enumerating the 2^H hidden states (in double):
  ///   log Z = log Σ_h exp(c·h + Σ_d ((b_d + m_d)² − b_d²)/(2σ_d²)) + (D/2)·log 2π + ½·Σ_d z_d,  m = W h.
  /// Nothing for H > kMaxExactHiddenUnits (too many states).
  [[nodiscard]] std::optional<double> exactLogPartition() const;
  static constexpr int kMaxExactHiddenUnits = 20;

 private:
  template <bool WithGradient>
  void run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const;

  RbmParameters parameters_;
  Eigen::VectorXf variance_, precision_;
};

using RbmEnergyPtr = std::shared_ptr<const RbmEnergy>;

}  // namespace ebm
