// The helix well: a 3D energy whose valley is a helix segment, the 3D counterpart of a curved data manifold.
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>

#include "energy/analytic/closed_form_partition.h"
#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of the helix well.
struct HelixWellParameters {
  double radius = 1.0;  ///< R > 0: the helix winds around the x₃ axis at this distance
  double pitch = 1.0;   ///< p ≠ 0: the rise per turn; p > 0 winds counter-clockwise going up
  double height = 2.0;  ///< H ≥ 0: the helix spans x₃ ∈ [−H/2, H/2]
  double width = 0.02;  ///< w > 0: across the valley each horizontal coordinate is N(helix, w/2)
};

/// An energy whose zero set is the helix segment c(z) = (R cos φ(z), R sin φ(z), z), φ(z) = 2πz/p, |z| ≤ H/2:
///   E(x) = [ (x₁ − R cos φ(x₃))² + (x₂ − R sin φ(x₃))² + max(0, |x₃| − H/2)² ] / w.
/// The first two terms are the squared horizontal distance from x to the helix point at the same height
/// (close to the true distance to the curve when the helix is not too steep, and smooth everywhere, unlike
/// the true distance); the last one closes the valley beyond the helix's ends. Defaults match the helix data
/// set of the benchmarks, (cos t, sin t, t/(2π) − 1) for t ∈ [0, 4π]. Gradient, with Δ₁ = x₁ − R cos φ, Δ₂ =
/// x₂ − R sin φ and φ' = 2π/p:
///   ∂E/∂x₁ = 2Δ₁/w,  ∂E/∂x₂ = 2Δ₂/w,  ∂E/∂x₃ = 2φ'R(Δ₁ sin φ − Δ₂ cos φ)/w + 2 sign(x₃)·max(0, |x₃| −
///   H/2)/w.
/// Normalizable with a closed form: at each height the horizontal integral is πw, so
///   Z₁ = πw·(H + √(πw)).
class HelixWellEnergy final : public PointwiseEnergy<HelixWellEnergy>, public ClosedFormPartition {
 public:
  /// Throws ArgumentError unless R > 0, p ≠ 0, H ≥ 0 and w > 0 (all finite).
  explicit HelixWellEnergy(HelixWellParameters parameters = {});

  [[nodiscard]] int dimension() const override { return 3; }
  [[nodiscard]] std::string describe() const override { return "Helix well"; }
  [[nodiscard]] double closedFormLogPartition(double temperature = 1.0) const override;
  [[nodiscard]] const HelixWellParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double turnRate = 2 * std::numbers::pi / p_.pitch;
    const double phase = turnRate * x[2];
    const double c = std::cos(phase), s = std::sin(phase);
    const double d1 = x[0] - p_.radius * c, d2 = x[1] - p_.radius * s;
    const double beyond = std::max(0.0, std::abs(x[2]) - 0.5 * p_.height);
    if constexpr (WithGradient) {
      gradient[0] = 2 * d1 / p_.width;
      gradient[1] = 2 * d2 / p_.width;
      gradient[2] =
          (2 * turnRate * p_.radius * (d1 * s - d2 * c) + std::copysign(2 * beyond, x[2])) / p_.width;
    }
    return (d1 * d1 + d2 * d2 + beyond * beyond) / p_.width;
  }

 private:
  HelixWellParameters p_;
};

}  // namespace ebm
