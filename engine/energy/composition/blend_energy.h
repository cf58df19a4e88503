// The blend of two energies: αE₁ + (1 − α)E₂, interpolation between two landscapes.
#pragma once

#include "energy/composition/composite_energy.h"

namespace ebm {

/// E(x) = α·E₁(x) + (1 − α)·E₂(x) for α ∈ [0, 1]: the geometric interpolation of the densities,
/// p ∝ p₁^α·p₂^{1−α}. At α = 1 it is E₁ and at α = 0 it is E₂, exactly (the unused term is not evaluated).
/// Blending two Gaussian energies blends their precision matrices (composition/gaussian_algebra.h).
class BlendEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError for α outside [0, 1], a null energy or mixed dimensions.
  BlendEnergy(EnergyPtr first, EnergyPtr second, double alpha);

  [[nodiscard]] double alpha() const { return alpha_; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] bool usesTerm(std::size_t k) const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

 private:
  double alpha_;
};

/// Throws ArgumentError naming `what` unless 0 ≤ value ≤ 1.
void requireUnitInterval(double value, const std::string& what);

}  // namespace ebm
