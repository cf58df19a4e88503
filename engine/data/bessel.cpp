#include "data/bessel.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace ebm {
namespace {

// Below this argument the power series converges quickly and exactly (all terms positive, no cancellation);
// above it twelve terms of the asymptotic series are accurate to ~1e-14 (their smallest term is ~1e-16).
constexpr double kBesselSeriesLimit = 30.0;
constexpr int kAsymptoticTerms = 12;

// I₀(z) = Σₖ (z²/4)ᵏ/(k!)²,  I₁(z)/z = ½ Σₖ (z²/4)ᵏ/(k!(k+1)!).
ScaledBesselI0 series(double z) {
  const double q = 0.25 * z * z;
  double t = 1.0, u = 1.0, sumT = 1.0, sumU = 1.0;
  for (int k = 1; k < 200; ++k) {
    t *= q / (double(k) * k);
    u *= q / (double(k) * (k + 1));
    sumT += t;
    sumU += u;
    if (t < 1e-17 * sumT) break;
  }
  return {std::log(sumT) - z, 0.5 * sumU / sumT};
}

// Iᵥ(z) ≈ eᶻ/√(2πz) · Σₖ cₖ(ν) z⁻ᵏ with c₀ = 1, cₖ = −cₖ₋₁·(4ν² − (2k−1)²)/(8k)  (Abramowitz & Stegun 9.7.1).
double hankelSum(double z, double nu) {
  double c = 1.0, sum = 1.0, zPower = 1.0;
  for (int k = 1; k <= kAsymptoticTerms; ++k) {
    const double odd = 2.0 * k - 1.0;
    c *= -(4.0 * nu * nu - odd * odd) / (8.0 * k);
    zPower /= z;
    sum += c * zPower;
  }
  return sum;
}

ScaledBesselI0 asymptotic(double z) {
  const double s0 = hankelSum(z, 0.0), s1 = hankelSum(z, 1.0);
  return {std::log(s0) - 0.5 * std::log(2.0 * std::numbers::pi * z), s1 / (s0 * z)};
}

}  // namespace

ScaledBesselI0 scaledBesselI0(double z) {
  if (!(z >= 0) || !std::isfinite(z)) throw ArgumentError("The Bessel function I0 needs a finite z >= 0.");
  return z < kBesselSeriesLimit ? series(z) : asymptotic(z);
}

}  // namespace ebm
