// The per-point arithmetic of the compositions, shared by the energies and by grid recombination.
#pragma once

#include <span>

#include "core/types.h"

namespace ebm::combination {

// Both CompositeEnergy::evaluate() and ComponentGrids (analysis/component_grids.h) call these same compiled
// functions, and every element goes through the same fixed-size SIMD block whatever its position, so a
// composition drawn from cached grids equals the composition evaluated point by point bit for bit.
// `terms[k]` points at n values of term k; a null pointer marks a term whose coefficient or weight is 0 (it
// is skipped, so an infinite value there cannot turn into 0·∞ = NaN). `out` may be one of the inputs.

/// out = Σₖ cₖ·termsₖ over the terms with cₖ ≠ 0, accumulated in order in float.
/// Sum (all cₖ = 1), blend (α, 1 − α), negation (1, −γ) and temperature (1/T) are all this rule.
/// A coefficient of exactly 1 leaves a value untouched, so blend at α = 1 and T = 1 are exact identities.
void linear(std::span<const float* const> terms, std::span<const double> coefficients, Index n, float* out);

/// out = −log Σₖ wₖ·exp(−termsₖ) over the terms with wₖ > 0, as a log-sum-exp around m = minₖ termsₖ:
///   out = m − log Σₖ wₖ·exp(m − termsₖ),
/// so nothing overflows and the sum is at least the smallest weight. Where every term is +∞, out is +∞.
void logSumExp(std::span<const float* const> terms, std::span<const double> weights, Index n, float* out);

}  // namespace ebm::combination
