// Neal's funnel: a density whose scale changes by orders of magnitude, where fixed-step samplers fail.
#pragma once

#include <cmath>

#include "energy/analytic/closed_form_partition.h"
#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Parameters of Neal's funnel.
struct FunnelParameters {
  int dimension = 2;   ///< 2 or 3: x₁ is the log-variance, x₂ (and x₃) the funnel's width
  double sigma = 3.0;  ///< σ > 0: x₁ ~ N(0, σ²); Neal (2003) takes 3
};

/// Neal's funnel (R. M. Neal, "Slice sampling", Ann. Statist. 31, 2003) as an energy:
/// x₁ ~ N(0, σ²) and, given x₁, each further coordinate x_k ~ N(0, e^{x₁}). With its log-normalizer,
///   E(x) = x₁²/(2σ²) + ½ log(2πσ²) + Σ_{k≥2} [x_k²·e^{−x₁}/2 + ½(log 2π + x₁)],
/// so exp(−E) is a normalized density: log Z₁ = 0 exactly. The neck (x₁ ≪ 0) is narrower than any grid
/// resolves (width e^{x₁/2}), so quadrature misses some mass there; the closed form is the reference.
class FunnelEnergy final : public PointwiseEnergy<FunnelEnergy>, public ClosedFormPartition {
 public:
  /// Throws ArgumentError for a dimension other than 2 or 3, or σ not positive and finite.
  explicit FunnelEnergy(FunnelParameters parameters = {});

  [[nodiscard]] int dimension() const override { return p_.dimension; }
  [[nodiscard]] std::string describe() const override { return "Neal's funnel"; }
  /// 0 at T = 1 (normalized); other temperatures in closed form too.
  [[nodiscard]] double closedFormLogPartition(double temperature = 1.0) const override;
  [[nodiscard]] const FunnelParameters& parameters() const { return p_; }

  /// E at one point, in double; with WithGradient also ∇E into `gradient`.
  // ∂E/∂x₁ = x₁/σ² + Σ_k (½ − x_k² e^{−x₁}/2),   ∂E/∂x_k = x_k e^{−x₁}.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    const double precision = std::exp(-x[0]);  // 1 / variance of x_k given x₁
    double energy = 0.5 * x[0] * x[0] / (p_.sigma * p_.sigma) + logNormalizer_;
    double g0 = x[0] / (p_.sigma * p_.sigma);
    for (int k = 1; k < p_.dimension; ++k) {
      const double half = 0.5 * x[k] * x[k] * precision;
      energy += half + 0.5 * x[0];
      g0 += 0.5 - half;
      if constexpr (WithGradient) gradient[k] = x[k] * precision;
    }
    if constexpr (WithGradient) gradient[0] = g0;
    return energy;
  }

 private:
  FunnelParameters p_;
  double logNormalizer_ = 0;  // ½ log(2πσ²) + (D−1)·½ log 2π
};

}  // namespace ebm
