#include "energy/composition/blend_energy.h"

#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "energy/composition/combination_rules.h"

namespace ebm {

void requireUnitInterval(double value, const std::string& what) {
  if (!(value >= 0 && value <= 1)) {
    std::ostringstream text;
    text << what << " must lie between 0 and 1, not " << value << ".";
    throw ArgumentError(text.str());
  }
}

BlendEnergy::BlendEnergy(EnergyPtr first, EnergyPtr second, double alpha)
    : CompositeEnergy({std::move(first), std::move(second)}, "A blend"), alpha_(alpha) {
  requireUnitInterval(alpha, "A blend's α");
}

std::string BlendEnergy::describe() const {
  std::ostringstream text;
  text << "Blend " << alpha_ << "·(" << terms()[0]->describe() << ") + " << 1 - alpha_ << "·("
       << terms()[1]->describe() << ")";
  return text.str();
}

bool BlendEnergy::usesTerm(std::size_t k) const {
  return k == 0 ? alpha_ != 0 : alpha_ != 1;
}

// E = α·E₁ + (1 − α)·E₂.
void BlendEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  const double coefficients[2] = {alpha_, 1 - alpha_};
  combination::linear(termValues, coefficients, n, out);
}

std::optional<std::vector<double>> BlendEnergy::linearCoefficients() const {
  return std::vector<double>{alpha_, 1 - alpha_};
}

}  // namespace ebm
