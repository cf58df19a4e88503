// The mixture of energies: −log Σ wₖ exp(−Eₖ), the "OR" of composition.
#pragma once

#include "energy/composition/composite_energy.h"

namespace ebm {

/// E(x) = −log Σₖ wₖ·exp(−Eₖ(x)) with weights wₖ ≥ 0 normalized to sum to 1: the density is the mixture
/// Σₖ wₖ·pₖ when each exp(−Eₖ) is normalized, so a point is likely where any term finds it likely ("OR").
/// Computed as a log-sum-exp around the lowest term, so it never overflows. Bounds, for every point:
///   minₖ Eₖ ≤ E ≤ minₖ (Eₖ − log wₖ)   (with equal weights, E ≤ min Eₖ + log K).
/// Gradient: ∇E = Σₖ rₖ∇Eₖ with the responsibilities rₖ = wₖ·exp(E − Eₖ), which sum to 1.
/// At T = 1 its log Z is log Σₖ wₖ·Z_k; at other temperatures it has no closed form.
class MixtureEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError for a weight count that differs from the term count, a negative or non-finite
  /// weight, weights that are all 0, a null energy or mixed dimensions.
  MixtureEnergy(std::vector<EnergyPtr> terms, std::vector<double> weights);
  /// The two-term mixture −log(w·exp(−E₁) + (1 − w)·exp(−E₂)), w ∈ [0, 1].
  MixtureEnergy(EnergyPtr first, EnergyPtr second, double weight);

  /// The weights, normalized to sum to 1.
  [[nodiscard]] const std::vector<double>& weights() const { return weights_; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] bool usesTerm(std::size_t k) const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;

 protected:
  void combineGradients(std::span<const float* const> termValues, const float* combined,
                        std::span<const Points* const> termGradients, PointsRef gradients) const override;

 private:
  std::vector<double> weights_;
};

}  // namespace ebm
