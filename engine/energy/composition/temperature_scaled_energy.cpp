#include "energy/composition/temperature_scaled_energy.h"

#include <sstream>

#include "energy/analytic/closed_form_partition.h"
#include "energy/composition/combination_rules.h"

namespace ebm {

TemperatureScaledEnergy::TemperatureScaledEnergy(EnergyPtr base, double temperature)
    : CompositeEnergy({std::move(base)}, "A temperature-scaled energy"), temperature_(temperature) {
  requirePositiveTemperature(temperature);
}

std::string TemperatureScaledEnergy::describe() const {
  std::ostringstream text;
  text << "(" << terms()[0]->describe() << ") at T = " << temperature_;
  return text.str();
}

// E = (1/T)·E₀; at T = 1 the coefficient is exactly 1 and the values pass through untouched.
void TemperatureScaledEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  const double coefficient = 1 / temperature_;
  combination::linear(termValues, {&coefficient, 1}, n, out);
}

std::optional<std::vector<double>> TemperatureScaledEnergy::linearCoefficients() const {
  return std::vector<double>{1 / temperature_};
}

}  // namespace ebm
