#include "energy/composition/negation_energy.h"

#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "energy/composition/combination_rules.h"

namespace ebm {

NegationEnergy::NegationEnergy(EnergyPtr base, EnergyPtr subtracted, double gamma)
    : CompositeEnergy({std::move(base), std::move(subtracted)}, "A negation"), gamma_(gamma) {
  if (!(gamma >= 0) || !std::isfinite(gamma)) {
    throw ArgumentError("A negation's γ must be zero or positive: E₁ − γE₂ with γ < 0 is a sum.");
  }
}

std::string NegationEnergy::describe() const {
  std::ostringstream text;
  text << "(" << terms()[0]->describe() << ") NOT " << gamma_ << "·(" << terms()[1]->describe() << ")";
  return text.str();
}

bool NegationEnergy::usesTerm(std::size_t k) const {
  return k == 0 || gamma_ != 0;
}

// E = E₁ − γ·E₂.
void NegationEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  const double coefficients[2] = {1.0, -gamma_};
  combination::linear(termValues, coefficients, n, out);
}

std::optional<std::vector<double>> NegationEnergy::linearCoefficients() const {
  return std::vector<double>{1.0, -gamma_};
}

NormalizabilityReport NegationEnergy::normalizableOn(const Lattice& lattice, double temperature) const {
  return checkNormalizability(*this, lattice, temperature);
}

}  // namespace ebm
