// Himmelblau's function: four valleys of the same depth, so its Boltzmann density has four equal modes.
#pragma once

#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of E(x) = [(x₁² + x₂ − 11)² + (x₁ + x₂² − 7)²] / s.
struct HimmelblauParameters {
  double scale =
      10.0;  ///< s > 0: divides the textbook function, whose walls are too steep to sample at T = 1
};

/// Himmelblau's function as an energy, 2D: E = 0 at four minima — (3, 2), (−2.805118, 3.131312),
/// (−3.779310, −3.283186) and (3.584428, −1.848126) — separated by barriers (the local maximum at
/// (−0.270845, −0.923039) is 181.617/s high). A sampler that stays in one valley shows a quarter of the
/// density; one that crosses shows all four. Quartic walls: normalizable, no closed-form Z.
class HimmelblauEnergy final : public PointwiseEnergy<HimmelblauEnergy> {
 public:
  /// Throws ArgumentError unless the scale is positive and finite.
  explicit HimmelblauEnergy(HimmelblauParameters parameters = {});

  [[nodiscard]] int dimension() const override { return 2; }
  [[nodiscard]] std::string describe() const override { return "Himmelblau's four valleys"; }
  [[nodiscard]] const HimmelblauParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  // With u = x₁² + x₂ − 11 and v = x₁ + x₂² − 7:  ∂E/∂x₁ = (4x₁u + 2v)/s,  ∂E/∂x₂ = (2u + 4x₂v)/s.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double u = x[0] * x[0] + x[1] - 11, v = x[0] + x[1] * x[1] - 7;
    if constexpr (WithGradient) {
      gradient[0] = (4 * x[0] * u + 2 * v) / p_.scale;
      gradient[1] = (2 * u + 4 * x[1] * v) / p_.scale;
    }
    return (u * u + v * v) / p_.scale;
  }

 private:
  HimmelblauParameters p_;
};

}  // namespace ebm
