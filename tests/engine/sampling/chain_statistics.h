// Effective sample sizes of MCMC output, so that statistical tests derive their tolerances from the chains'
// autocorrelation instead of guessing them.
#pragma once

#include <functional>
#include <vector>

#include "sampling/particle_system.h"

namespace ebm::testing {

/// One scalar per chain per step: values[c·length + t].
struct ChainSeries {
  Index chains = 0;
  Index length = 0;
  std::vector<double> values;
};

/// The mean of a series with a standard error that accounts for autocorrelation.
struct MeanEstimate {
  double mean = 0;
  double variance = 0;             ///< of a single sample (γ₀)
  double autocorrelationTime = 1;  ///< τ: samples per independent sample
  double effectiveSampleSize = 0;  ///< m·n/τ
  double standardError = 0;        ///< √(γ₀/ESS)
};

/// τ by Geyer's initial monotone positive sequence on autocovariances pooled over chains (Geyer 1992):
///   γ_t = (1/mn) Σ_c Σ_s (x_{c,s} − x̄)(x_{c,s+t} − x̄),  ρ_t = γ_t/γ₀,
///   Γ_k = ρ_{2k} + ρ_{2k+1}, summed while positive and forced non-increasing,  τ = −1 + 2 Σ Γ_k.
[[nodiscard]] MeanEstimate estimateMean(const ChainSeries& series);

/// The number of standard errors a statistical test allows: 4.5 (two-sided p ≈ 7·10⁻⁶ per check).
inline constexpr double kStandardErrors = 4.5;

/// Steps `system` `steps` times and records every function of every particle's position after each step
/// (chain = particle).
[[nodiscard]] std::vector<ChainSeries> recordChains(
    ParticleSystem& system, Index steps, const std::vector<std::function<double(const float* x)>>& functions);

}  // namespace ebm::testing
