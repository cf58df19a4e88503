// Quadratic energies in closed form: sums, blends and negations of Gaussian energies are Gaussian energies.
#pragma once

#include <optional>
#include <span>

#include <Eigen/Dense>

#include "energy/energy.h"
#include "energy/gaussian_mixture.h"

namespace ebm {

/// E(x) = ½(x − μ)ᵀΛ(x − μ) + offset, with Λ symmetric. When Λ is positive definite this is a Gaussian
/// energy: exp(−E) ∝ N(μ, Λ⁻¹), and the normalized Gaussian has offset = ½ log det(2πΛ⁻¹).
struct QuadraticEnergy {
  Eigen::VectorXd mean;       ///< μ, the stationary point
  Eigen::MatrixXd precision;  ///< Λ, the Hessian of E
  double offset = 0;          ///< E(μ)

  /// E at one point, in double.
  [[nodiscard]] double at(const Eigen::VectorXd& x) const;
  [[nodiscard]] bool positiveDefinite() const;
  /// log ∫ exp(−E(x)/T) dx = −offset/T + (D/2) log(2πT) − ½ log det Λ; nullopt unless Λ is positive definite.
  [[nodiscard]] std::optional<double> logPartition(double temperature = 1.0) const;
  /// The normalized Gaussian with this mean and covariance Λ⁻¹ (weight 1). Throws NumericError unless Λ is
  /// positive definite.
  [[nodiscard]] GaussianComponent gaussian() const;
};

/// The quadratic energy of the normalized Gaussian N(μ, Σ): Λ = Σ⁻¹, offset = ½ log det(2πΣ).
/// Throws ArgumentError if Σ is not symmetric positive definite.
[[nodiscard]] QuadraticEnergy quadraticEnergyOf(const GaussianComponent& gaussian);

/// Σₖ cₖ·Eₖ of quadratic energies is quadratic:
///   Λ = Σ cₖΛₖ,  μ = Λ⁻¹ Σ cₖΛₖμₖ,  offset = Σ cₖ(offsetₖ + ½μₖᵀΛₖμₖ) − ½μᵀΛμ.
/// Λ may be indefinite (a negation with γ too large): the result is then a saddle, not a Gaussian.
/// Throws NumericError if Λ is singular (no unique stationary point) and ArgumentError for mismatched sizes.
[[nodiscard]] QuadraticEnergy linearCombination(std::span<const QuadraticEnergy> energies,
                                                std::span<const double> coefficients);

/// The quadratic form of `energy` when it has one: a one-component GaussianMixtureEnergy, or a composite with
/// a linear rule (sum, blend, negation, temperature scaling, conditional interpolation) of such energies.
/// nullopt for anything else, or when a combination's precision is singular.
[[nodiscard]] std::optional<QuadraticEnergy> quadraticEnergyOf(const Energy& energy);

/// The Gaussian whose energy equals α·E_a + (1 − α)·E_b up to a constant, α ∈ [0, 1]: blending Gaussian
/// energies blends precisions,
///   Λ = αΛ_a + (1 − α)Λ_b,   μ = Λ⁻¹(αΛ_aμ_a + (1 − α)Λ_bμ_b).
/// Throws ArgumentError for α outside [0, 1] or mismatched dimensions.
[[nodiscard]] GaussianComponent blendGaussians(const GaussianComponent& a, const GaussianComponent& b,
                                               double alpha);

}  // namespace ebm
