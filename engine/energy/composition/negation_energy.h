// The negation of an energy: E₁ − γE₂, "E₁ but NOT E₂", normalizable only while γ is small enough.
#pragma once

#include "core/lattice.h"
#include "energy/composition/composite_energy.h"
#include "energy/composition/normalizability.h"

namespace ebm {

/// E(x) = E₁(x) − γ·E₂(x), γ ≥ 0: the density ∝ p₁/p₂^γ, which removes probability where E₂ is low.
/// It stays a density only where E₁ grows faster than γE₂ in every direction; for Gaussians that means
/// Λ₁ − γΛ₂ positive definite. Otherwise exp(−E) is not integrable: the energy falls without bound, and on a
/// box the probability piles up against the faces. That is not an error of evaluation (E is still a
/// function), so construction never refuses it: normalizableOn() reports it, and a caller that needs a
/// density (quadrature, sampling) calls requireNormalizable() on the report.
class NegationEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError for γ negative or not finite, a null energy or mixed dimensions.
  NegationEnergy(EnergyPtr base, EnergyPtr subtracted, double gamma);

  [[nodiscard]] double gamma() const { return gamma_; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] bool usesTerm(std::size_t k) const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

  /// Whether exp(−E/T) is a density on the lattice's box: evaluates E on the lattice and checks it there
  /// (see checkNormalizability). To check a grid recombined from cached components, call
  /// checkNormalizability on that grid instead.
  [[nodiscard]] NormalizabilityReport normalizableOn(const Lattice& lattice, double temperature = 1.0) const;

 private:
  double gamma_;
};

}  // namespace ebm
