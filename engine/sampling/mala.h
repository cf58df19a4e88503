// The Metropolis-adjusted Langevin algorithm: a Langevin proposal corrected to sample p_T exactly.
#pragma once

#include "core/random.h"
#include "energy/energy.h"
#include "sampling/langevin.h"
#include "sampling/particle_batch.h"

namespace ebm {

/// One MALA step on every particle of the batch (its E and ∇E cached), in place. The proposal is the ULA move
///   y = x − (ε/2)·clip(∇E(x))/T + √ε·ξ,
/// accepted with probability min(1, α),
///   log α = −(E(y) − E(x))/T + log q(x | y) − log q(y | x),  q(b | a) ∝ exp(−‖b − a − drift(a)‖²/(2ε)),
/// so p_T ∝ exp(−E/T) is stationary for any ε (clipping only changes the proposal, which the ratio accounts
/// for). Walls: with reflecting walls a proposal outside the box is rejected (exact for p_T restricted to the
/// box); with periodic walls the proposal is wrapped and both q's are the wrapped Gaussian on the torus,
/// Π_axes Σ_k φ_ε(d + k·W) (every image of the move counts; exact for any ε).
/// Returns the number of accepted proposals; `scratch` must be reserved for the batch's width.
Index malaStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, Random& random,
               SamplerScratch& scratch);

}  // namespace ebm
