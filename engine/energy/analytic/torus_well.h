// The torus well: a 3D energy whose valley is a torus (a ring tube), for 3D isosurfaces and samplers.
#pragma once

#include <cmath>

#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of E(x) = (ρ(x) − r)²/w, ρ = the distance from x to the torus's core circle.
struct TorusWellParameters {
  double majorRadius = 2.0;  ///< R > 0: the core circle lies in the x₁x₂ plane, centred at 0, of radius R
  double tubeRadius = 0.5;   ///< r ≥ 0: the valley floor is the torus surface at distance r from the core
                             ///< circle; r = 0 puts it on the core circle itself
  double width = 0.05;       ///< w > 0: across the valley the density is N(r, w/2) in ρ
};

/// E(x) = (ρ − r)²/w with s = √(x₁² + x₂²) and ρ = √((s − R)² + x₃²), the distance to the core circle.
/// Gradient: ∇E = 2(ρ − r)/(wρ)·((s − R)·x₁/s, (s − R)·x₂/s, x₃). On the x₃ axis (s = 0) the energy has a
/// ridge and, when r > 0, on the core circle (ρ = 0) a cone-shaped peak; there ∇E is reported as the centre
/// of the subgradient (0 along the undefined directions). Normalizable; its Z has no closed form (by Pappus's
/// theorem Z₁ ≈ 2πR·Z_ring, up to the tails that cross the x₃ axis).
class TorusWellEnergy final : public PointwiseEnergy<TorusWellEnergy> {
 public:
  /// Throws ArgumentError unless R > 0, r ≥ 0 and w > 0 (all finite).
  explicit TorusWellEnergy(TorusWellParameters parameters = {});

  [[nodiscard]] int dimension() const override { return 3; }
  [[nodiscard]] std::string describe() const override { return "Torus well"; }
  [[nodiscard]] const TorusWellParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double s = std::sqrt(x[0] * x[0] + x[1] * x[1]);
    const double radial = s - p_.majorRadius;
    const double rho = std::sqrt(radial * radial + x[2] * x[2]);
    const double excess = rho - p_.tubeRadius;
    if constexpr (WithGradient) {
      // dE/dρ · 1/ρ; with r = 0 the ρ cancels: E = ρ²/w is smooth across the core circle.
      double pull = 0;
      if (p_.tubeRadius == 0) {
        pull = 2 / p_.width;
      } else if (rho > 0) {
        pull = 2 * excess / (p_.width * rho);
      }
      const double horizontal = s > 0 ? pull * radial / s : 0.0;
      gradient[0] = horizontal * x[0];
      gradient[1] = horizontal * x[1];
      gradient[2] = pull * x[2];
    }
    return excess * excess / p_.width;
  }

 private:
  TorusWellParameters p_;
};

}  // namespace ebm
