#include "energy/composition/sum_energy.h"

#include "energy/composition/combination_rules.h"

namespace ebm {

SumEnergy::SumEnergy(std::vector<EnergyPtr> terms)
    : CompositeEnergy(std::move(terms), "A sum of energies"), ones_(this->terms().size(), 1.0) {}

std::string SumEnergy::describe() const {
  std::string text = "Product of experts:";
  for (std::size_t k = 0; k < terms().size(); ++k)
    text += (k ? " + " : " ") + terms()[k]->describe();
  return text;
}

// E = E₁ + E₂ + … in this order, the same float additions as in grid recombination.
void SumEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  combination::linear(termValues, ones_, n, out);
}

std::optional<std::vector<double>> SumEnergy::linearCoefficients() const {
  return ones_;
}

}  // namespace ebm
