// The ring (2D) or spherical shell (3D) energy: probability spread along a circle, low energy on it.
#pragma once

#include <cmath>

#include "energy/analytic/closed_form_partition.h"
#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of E(x) = (|x| − r₀)²/w.
struct RingParameters {
  int dimension = 2;    ///< 2: a ring (donut); 3: a spherical shell
  double radius = 2.0;  ///< r₀ ≥ 0: the radius of the valley floor
  double width = 0.2;   ///< w > 0: across the valley the density is N(r₀, w/2) in r
};

/// E(x) = (|x| − r₀)²/w, a circular valley of radius r₀ (a shell in 3D).
/// At the centre x = 0 the energy has a cone-shaped peak (when r₀ > 0): ∇E is undefined there and is reported
/// as 0, the centre of the cone's subgradient. Normalizable, with a closed form (G = √(πw)/2·(1 +
/// erf(r₀/√w))):
///   2D: Z₁ = 2π·[(w/2)·e^{−r₀²/w} + r₀·G],   3D: Z₁ = 4π·[(w/2)·r₀·e^{−r₀²/w} + (w/2 + r₀²)·G].
class RingEnergy final : public PointwiseEnergy<RingEnergy>, public ClosedFormPartition {
 public:
  /// Throws ArgumentError for a dimension other than 2 or 3, a negative radius or a non-positive width.
  explicit RingEnergy(RingParameters parameters = {});

  [[nodiscard]] int dimension() const override { return p_.dimension; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] double closedFormLogPartition(double temperature = 1.0) const override;
  [[nodiscard]] const RingParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  // r = |x|:  ∇E = 2(r − r₀)/w · x/r.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    double r2 = 0;
    for (int k = 0; k < p_.dimension; ++k)
      r2 += x[k] * x[k];
    const double r = std::sqrt(r2), excess = r - p_.radius;
    if constexpr (WithGradient) {
      const double pull = r > 0 ? 2 * excess / (p_.width * r) : 0.0;
      for (int k = 0; k < p_.dimension; ++k)
        gradient[k] = pull * x[k];
    }
    return excess * excess / p_.width;
  }

 private:
  RingParameters p_;
};

}  // namespace ebm
