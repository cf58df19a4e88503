// An energy times a strength λ ≥ 0: how hard a rule (a constraint energy) pushes when it is added to a
// landscape.
#pragma once

#include "energy/composition/composite_energy.h"

namespace ebm {

/// E(x) = λ·E₀(x), λ ≥ 0. A lesson's λ slider multiplies each of its rules this way; as a composite over the
/// rule's cached grid, a slider step is one pass over the grid.
class ScaledEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError unless λ is zero or positive and finite, or for a null energy.
  ScaledEnergy(EnergyPtr base, double strength);

  [[nodiscard]] double strength() const { return strength_; }
  [[nodiscard]] std::string describe() const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

 private:
  double strength_;
};

}  // namespace ebm
