// Rosenbrock's banana: a curved, narrow valley where plain Langevin steps crawl.
#pragma once

#include "energy/analytic/closed_form_partition.h"
#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of E(x) = (a − x₁)² + b·(x₂ − x₁²)².
struct RosenbrockParameters {
  double a = 1.0;    ///< the minimum sits at (a, a²)
  double b = 100.0;  ///< > 0: how steep the valley's walls are (100 is the optimization textbook's value)
};

/// Rosenbrock's function as an energy, E(x) = (a − x₁)² + b·(x₂ − x₁²)², 2D.
/// As a density it is a "banana": x₁ ~ N(a, ½) and x₂ | x₁ ~ N(x₁², 1/(2b)), so it is normalizable with
///   Z_T = π·T/√b   (not a normalized density: log Z₁ = log π − ½ log b).
/// For a banana that is drawable at T = 1 over [−1.5, 3.5] × [−1, 10], take b ≈ 5.
class RosenbrockEnergy final : public PointwiseEnergy<RosenbrockEnergy>, public ClosedFormPartition {
 public:
  /// Throws ArgumentError unless a is finite and b is positive and finite.
  explicit RosenbrockEnergy(RosenbrockParameters parameters = {});

  [[nodiscard]] int dimension() const override { return 2; }
  [[nodiscard]] std::string describe() const override { return "Rosenbrock banana"; }
  [[nodiscard]] double closedFormLogPartition(double temperature = 1.0) const override;
  [[nodiscard]] const RosenbrockParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  // With v = x₂ − x₁²:  ∂E/∂x₁ = −2(a − x₁) − 4b·x₁·v,  ∂E/∂x₂ = 2b·v.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double u = p_.a - x[0], v = x[1] - x[0] * x[0];
    if constexpr (WithGradient) {
      gradient[0] = -2 * u - 4 * p_.b * x[0] * v;
      gradient[1] = 2 * p_.b * v;
    }
    return u * u + p_.b * v * v;
  }

 private:
  RosenbrockParameters p_;
};

}  // namespace ebm
