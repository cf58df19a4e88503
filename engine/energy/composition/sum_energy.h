// The sum of energies: a product of experts, the "AND" of composition.
#pragma once

#include "energy/composition/composite_energy.h"

namespace ebm {

/// E(x) = Σₖ Eₖ(x): the density ∝ Πₖ exp(−Eₖ), a product of experts. A point is likely only where every
/// expert finds it likely ("AND"). The sum of Gaussians is a Gaussian with the precisions added.
class SumEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError for no terms, a null term or mixed dimensions.
  explicit SumEnergy(std::vector<EnergyPtr> terms);

  [[nodiscard]] std::string describe() const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

 private:
  std::vector<double> ones_;  // the coefficients, kept so that combine() allocates nothing
};

}  // namespace ebm
