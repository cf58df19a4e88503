#include "energy/analytic/funnel.h"

#include <numbers>

#include "core/errors.h"

namespace ebm {

FunnelEnergy::FunnelEnergy(FunnelParameters parameters) : p_(parameters) {
  if (p_.dimension != 2 && p_.dimension != 3) {
    throw ArgumentError("Neal's funnel must be 2D or 3D, not " + std::to_string(p_.dimension) + "D.");
  }
  if (!(p_.sigma > 0) || !std::isfinite(p_.sigma)) throw ArgumentError("The funnel's σ must be positive.");
  const double log2Pi = std::log(2 * std::numbers::pi);
  logNormalizer_ = 0.5 * (log2Pi + 2 * std::log(p_.sigma)) + 0.5 * (p_.dimension - 1) * log2Pi;
}

// With m = D − 1 funnel axes, each x_k integrates to √(2πT)·e^{x₁/2}; what is left of x₁ is a Gaussian
// integral ∫ exp(−x₁²/(2σ²T) + κx₁) dx₁ = √(2πσ²T)·exp(κ²σ²T/2) with κ = (m/2)(1 − 1/T). At T = 1 the terms
// cancel to log Z₁ = 0.
double FunnelEnergy::closedFormLogPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  if (temperature == 1.0) return 0.0;  // exactly, rather than the formula's last-bit rounding
  const double t = temperature, s2 = p_.sigma * p_.sigma, m = p_.dimension - 1;
  const double log2Pi = std::log(2 * std::numbers::pi);
  const double kappa = 0.5 * m * (1 - 1 / t);
  return -logNormalizer_ / t + 0.5 * m * (log2Pi + std::log(t)) + 0.5 * (log2Pi + std::log(s2 * t)) +
         0.5 * kappa * kappa * s2 * t;
}

}  // namespace ebm
