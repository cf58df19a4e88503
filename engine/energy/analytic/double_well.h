// The double-well energy: two valleys separated by a barrier, the textbook picture of a rare transition.
#pragma once

#include "energy/analytic/closed_form_partition.h"
#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of E(x) = a·((x₁/c)² − 1)² + b·(x₂² [+ x₃²]).
struct DoubleWellParameters {
  int dimension = 2;        ///< 2 or 3
  double barrier = 3.0;     ///< a > 0: the height of the barrier at x₁ = 0 above the wells' floor (E = 0)
  double separation = 1.0;  ///< c > 0: the wells sit at x₁ = ±c
  double stiffness = 1.0;   ///< b > 0: the harmonic confinement across, in x₂ (and x₃)
};

/// The symmetric double well E(x) = a·((x₁/c)² − 1)² + b·Σ_{k≥2} x_k², in 2D or 3D.
/// Its minima are x = (±c, 0[, 0]) with E = 0, and its saddle is the origin with E = a: at temperature T a
/// particle crosses at a rate ∝ exp(−a/T) (Kramers). Normalizable, with a closed-form partition function:
///   Z₁ = c·(π/2)·e^{−a/2}·[I_{−1/4}(a/2) + I_{1/4}(a/2)] · (π/b)^{(D−1)/2}   (I: modified Bessel functions).
class DoubleWellEnergy final : public PointwiseEnergy<DoubleWellEnergy>, public ClosedFormPartition {
 public:
  /// Throws ArgumentError for a dimension other than 2 or 3, or a parameter that is not positive and finite.
  explicit DoubleWellEnergy(DoubleWellParameters parameters = {});

  [[nodiscard]] int dimension() const override { return p_.dimension; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] double closedFormLogPartition(double temperature = 1.0) const override;
  [[nodiscard]] const DoubleWellParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  // u = x₁/c:  E = a(u² − 1)² + b Σ x_k²,  ∂E/∂x₁ = 4a·u(u² − 1)/c,  ∂E/∂x_k = 2b·x_k.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double u = x[0] / p_.separation, well = u * u - 1.0;
    double energy = p_.barrier * well * well;
    for (int k = 1; k < p_.dimension; ++k)
      energy += p_.stiffness * x[k] * x[k];
    if constexpr (WithGradient) {
      gradient[0] = 4.0 * p_.barrier * u * well / p_.separation;
      for (int k = 1; k < p_.dimension; ++k)
        gradient[k] = 2.0 * p_.stiffness * x[k];
    }
    return energy;
  }

 private:
  DoubleWellParameters p_;
};

/// log ∫_R exp(−a(u² − 1)²) du for a > 0, accurate for every a (an asymptotic series where e^{a/2}
/// overflows).
[[nodiscard]] double logQuarticWellIntegral(double a);

}  // namespace ebm
