// The exact energy of points drawn uniformly on a sphere and blurred by isotropic Gaussian noise (the sphere
// shell data set).
#pragma once

#include <string>

#include <Eigen/Core>

#include "energy/energy.h"

namespace ebm {

/// E(x) = −log p(x), where p is the density of y + σ·ξ with y uniform on the sphere |y − c| = R in 3D and
/// ξ ~ N(0, I).
///
/// Derivation: with ρ = |x − c| and γ the angle between x − c and y − c, averaging the Gaussian over the
/// sphere,
///   p(x) = (2πσ²)^(−3/2) · ½∫₋₁¹ exp(−(ρ² + R² − 2ρR·u)/(2σ²)) du
///        = (2πσ²)^(−3/2) · exp(−(ρ − R)²/(2σ²)) · (1 − e^{−2a})/(2a),   a = ρR/σ²,
/// exact and exactly normalized; the last factor tends to 1 at the centre (ρ → 0), where p is smooth. The
/// score is
///   ∇ₓ log p = (−1/σ² + (R²/σ⁴)·L(a)/a)·(x − c),   L(a) = coth a − 1/a (the Langevin function), L(a)/a → ⅓.
class NoisySphereEnergy final : public Energy {
 public:
  /// Throws ArgumentError unless radius and noise are positive and finite and the centre is finite.
  NoisySphereEnergy(double radius, double noise, const Eigen::Vector3d& centre = Eigen::Vector3d::Zero());

  [[nodiscard]] int dimension() const override { return 3; }
  /// Both throw ArgumentError if the points are not 3×N or the buffers do not match them.
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  /// E at one point in double precision; writes ∇E to *gradient if given.
  [[nodiscard]] double energyAt(const Eigen::Vector3d& x, Eigen::Vector3d* gradient = nullptr) const;

 private:
  double radius_, noise_;
  Eigen::Vector3d centre_;
};

}  // namespace ebm
