// A softmax with temperature is a Boltzmann distribution over a finite set of choices: p_i ∝ exp(−E_i/τ).
// The numbers a class reads off it — the probabilities, their entropy, the surprise of each choice — and
// draws from it.
#pragma once

#include <cstdint>
#include <vector>

namespace ebm {

class Random;

/// p_i = exp(−E_i/τ) / Σ_j exp(−E_j/τ), computed from E − min E so no exponent overflows. τ → 0 puts all
/// the mass on the lowest energies (shared equally among ties), τ → ∞ gives the uniform distribution.
/// Throws ArgumentError for an empty list, a non-finite energy or τ ≤ 0.
[[nodiscard]] std::vector<double> boltzmannChoice(const std::vector<double>& energies, double temperature);

/// The entropy H = −Σ p_i log p_i in nats (0 log 0 = 0).
[[nodiscard]] double entropyNats(const std::vector<double>& probabilities);

/// The surprise (energy at T = 1) of each outcome of a categorical distribution seen `counts` times:
/// u_i = −log p_i with p_i = count_i / Σ counts, in nats; +∞ for a count of 0. Throws ArgumentError for a
/// negative count or no counts at all.
[[nodiscard]] std::vector<double> surpriseFromCounts(const std::vector<double>& counts);

/// `draws` independent choices from `probabilities` (inverse transform sampling); how often each came up.
[[nodiscard]] std::vector<int> drawChoices(const std::vector<double>& probabilities, int draws,
                                           Random& random);

}  // namespace ebm
