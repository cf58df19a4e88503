// The exact energy of points drawn uniformly on circles and blurred by isotropic Gaussian noise (rings,
// circles, interlocked rings).
#pragma once

#include <string>
#include <vector>

#include <Eigen/Core>

#include "energy/energy.h"

namespace ebm {

/// One circle of the mixture: its weight, centre, radius and (3D only) the normal of its plane.
struct NoisyCircle {
  double weight = 1.0;
  Eigen::Vector3d centre = Eigen::Vector3d::Zero();  ///< the third coordinate is ignored in 2D
  double radius = 1.0;
  Eigen::Vector3d normal = Eigen::Vector3d::UnitZ();  ///< 3D only; normalized by the constructor
};

/// E(x) = −log Σₖ wₖ pₖ(x), where pₖ is the density of y + σ·ξ with y uniform on circle k and ξ ~ N(0, I).
///
/// Derivation (D = 2 or 3): write d = x − cₖ, h = nₖ·d the height above the circle's plane (0 in 2D),
/// q = d − h·nₖ the in-plane part and ρ = |q|. Averaging the Gaussian over the circle's angle θ,
///   pₖ(x) = (2πσ²)^(−D/2) · (1/2π)∫ exp(−(h² + ρ² + R² − 2ρR cos θ)/(2σ²)) dθ
///         = (2πσ²)^(−D/2) · exp(−((ρ − R)² + h²)/(2σ²)) · I₀(z)e^{−z},   z = ρR/σ²,
/// with I₀ the modified Bessel function. This is exact (no small-noise or polar approximation) and exactly
/// normalized, and smooth at ρ = 0 where I₀(0) = 1. (The common "radius ~ N(R, σ²)" polar form differs from
/// it by O(σ²/R) and has a 1/ρ singularity at the centre; it is not what the recipes sample.) The score is
///   ∇ₓ log pₖ = −d/σ² + (R²/σ⁴)·(I₁(z)/(z·I₀(z)))·q,
/// and ∇E = −Σₖ rₖ ∇ log pₖ with responsibilities rₖ = wₖpₖ / Σⱼ wⱼpⱼ. Computed per point in double.
class NoisyCircleEnergy final : public Energy {
 public:
  /// Throws ArgumentError for a dimension other than 2 or 3, no circles, a non-positive or non-finite weight,
  /// radius or noise σ, or (3D) a zero normal.
  NoisyCircleEnergy(int dimension, std::vector<NoisyCircle> circles, double noise);

  [[nodiscard]] int dimension() const override { return dimension_; }
  /// Both throw ArgumentError if the points are not D×N or the buffers do not match them.
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  /// E at one point in double precision (unused coordinates of x ignored); writes ∇E to *gradient if given.
  [[nodiscard]] double energyAt(const Eigen::Vector3d& x, Eigen::Vector3d* gradient = nullptr) const;

  [[nodiscard]] const std::vector<NoisyCircle>& circles() const { return circles_; }
  [[nodiscard]] double noise() const { return noise_; }

 private:
  int dimension_;
  std::vector<NoisyCircle> circles_;
  double noise_;
  std::vector<double> logWeights_;  // log of the normalized weights
};

}  // namespace ebm
