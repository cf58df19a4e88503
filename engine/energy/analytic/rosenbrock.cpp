#include "energy/analytic/rosenbrock.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace ebm {

RosenbrockEnergy::RosenbrockEnergy(RosenbrockParameters parameters) : p_(parameters) {
  if (!std::isfinite(p_.a) || !(p_.b > 0) || !std::isfinite(p_.b)) {
    throw ArgumentError("The Rosenbrock banana needs a finite a and a positive b.");
  }
}

// ∫ exp(−(a−x₁)²/T) dx₁ = √(πT) and ∫ exp(−b(x₂−x₁²)²/T) dx₂ = √(πT/b), whatever x₁ is.
double RosenbrockEnergy::closedFormLogPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  return std::log(std::numbers::pi * temperature) - 0.5 * std::log(p_.b);
}

}  // namespace ebm
