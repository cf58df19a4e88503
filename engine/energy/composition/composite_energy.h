// The base of energies built from energies: E(x) = rule(E₁(x), …, E_K(x)), gradients by the chain rule.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "energy/energy.h"

namespace ebm {

/// An energy composed point by point from other energies (its terms): E(x) = rule(E₁(x), …, E_K(x)), and
/// ∇E = Σₖ ∂rule/∂Eₖ · ∇Eₖ. Sum, blend, mixture, negation, temperature scaling and conditional interpolation
/// are all of this form; a composite's terms may be composites themselves.
///
/// The rule is one virtual call over a whole batch, combine(), which is also what analysis/component_grids.h
/// calls to recombine cached grids of the terms after a slider move: that is why grid and pointwise agree
/// exactly. Immutable and thread-safe like every Energy; a parameter change makes a new composite that shares
/// the same terms.
class CompositeEnergy : public Energy {
 public:
  [[nodiscard]] int dimension() const final { return dimension_; }
  [[nodiscard]] const std::vector<EnergyPtr>& terms() const { return terms_; }

  /// Evaluates each used term on the batch, then combine(). Throws ArgumentError for a batch of the wrong
  /// shape.
  void evaluate(ConstPointsRef points, VectorRef energies) const final;
  /// The same with each term's gradient, combined by the chain rule.
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const final;

  /// Whether term k matters at the current parameters (a blend at α = 1 ignores its second term). An unused
  /// term is not evaluated, and combine() receives a null pointer for it.
  [[nodiscard]] virtual bool usesTerm(std::size_t k) const;

  /// The rule over n points: out[i] = rule(termValues[0][i], …, termValues[K−1][i]), with a null pointer for
  /// every unused term. `out` may alias one of the term values.
  virtual void combine(std::span<const float* const> termValues, Index n, float* out) const = 0;

  /// The coefficients cₖ when the rule is linear, E = Σₖ cₖ·Eₖ; nullopt otherwise. Exact log Z of Gaussian
  /// compositions (composition/exact_partition.h) relies on it.
  [[nodiscard]] virtual std::optional<std::vector<double>> linearCoefficients() const { return std::nullopt; }

 protected:
  /// Throws ArgumentError for no terms, a null term, or terms of different dimensions. `what` names the
  /// composition in those messages ("A blend").
  CompositeEnergy(std::vector<EnergyPtr> terms, const std::string& what);

  /// gradients = Σₖ ∂rule/∂Eₖ · termGradients[k] over the used terms (null for unused ones), given the term
  /// values and the combined energies. The default applies linearCoefficients(); a nonlinear rule overrides
  /// it.
  virtual void combineGradients(std::span<const float* const> termValues, const float* combined,
                                std::span<const Points* const> termGradients, PointsRef gradients) const;

 private:
  std::vector<EnergyPtr> terms_;
  int dimension_ = 2;
};

}  // namespace ebm
