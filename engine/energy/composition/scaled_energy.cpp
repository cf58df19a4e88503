#include "energy/composition/scaled_energy.h"

#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "energy/composition/combination_rules.h"

namespace ebm {

ScaledEnergy::ScaledEnergy(EnergyPtr base, double strength)
    : CompositeEnergy({std::move(base)}, "A scaled energy"), strength_(strength) {
  if (!(strength >= 0) || !std::isfinite(strength))
    throw ArgumentError("A rule's strength λ must be zero or positive and finite.");
}

std::string ScaledEnergy::describe() const {
  std::ostringstream text;
  text << strength_ << " × (" << terms()[0]->describe() << ")";
  return text.str();
}

void ScaledEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  combination::linear(termValues, {&strength_, 1}, n, out);
}

std::optional<std::vector<double>> ScaledEnergy::linearCoefficients() const {
  return std::vector<double>{strength_};
}

}  // namespace ebm
