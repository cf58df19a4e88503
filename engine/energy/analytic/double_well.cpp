#include "energy/analytic/double_well.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace ebm {
namespace {

// e^{−x}·I_ν(x) for x ≥ 0: directly while I_ν(x) fits a double, else Hankel's asymptotic series
// e^{−x} I_ν(x) ≈ (2πx)^{−1/2} Σ_k (−1)^k a_k(ν)/x^k, a_k = Π_{j≤k}(4ν² − (2j−1)²)/(k!·8^k); at x > 300 three
// terms leave a relative error below 1e-9.
double scaledBesselI(double nu, double x) {
  if (x < 300) return std::exp(-x) * std::cyl_bessel_i(nu, x);
  const double mu = 4 * nu * nu;
  double term = 1, sum = 1;
  for (int k = 1; k <= 4; ++k) {
    term *= -(mu - (2 * k - 1) * (2 * k - 1)) / (k * 8 * x);
    sum += term;
  }
  return sum / std::sqrt(2 * std::numbers::pi * x);
}

}  // namespace

DoubleWellEnergy::DoubleWellEnergy(DoubleWellParameters parameters) : p_(parameters) {
  if (p_.dimension != 2 && p_.dimension != 3) {
    throw ArgumentError("A double well must be 2D or 3D, not " + std::to_string(p_.dimension) + "D.");
  }
  for (double value : {p_.barrier, p_.separation, p_.stiffness}) {
    if (!(value > 0) || !std::isfinite(value)) {
      throw ArgumentError("A double well needs a positive barrier height, well separation and stiffness.");
    }
  }
}

std::string DoubleWellEnergy::describe() const {
  return std::to_string(p_.dimension) + "D double well";
}

// ∫ exp(−a(u²−1)²) du = (π/2)·e^{−a/2}·[I_{−1/4}(a/2) + I_{1/4}(a/2)], and I_{−ν} = I_ν + (2/π) sin(νπ) K_ν
// because libstdc++ takes no negative order. The K term is below 1e-300 of the sum once a/2 > 350.
double logQuarticWellIntegral(double a) {
  const double x = a / 2;
  double bracket = 2 * scaledBesselI(0.25, x);
  if (x < 350) bracket += std::numbers::sqrt2 / std::numbers::pi * std::exp(-x) * std::cyl_bessel_k(0.25, x);
  return std::log(std::numbers::pi / 2 * bracket);
}

// E/T has barrier a/T and stiffness b/T; the x₁ integral scales with c, each other axis gives √(πT/b).
double DoubleWellEnergy::closedFormLogPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  return std::log(p_.separation) + logQuarticWellIntegral(p_.barrier / temperature) +
         0.5 * (p_.dimension - 1) * std::log(std::numbers::pi * temperature / p_.stiffness);
}

}  // namespace ebm
