// Hamiltonian Monte Carlo: L leapfrog steps of a fictitious particle with momentum, then a Metropolis test.
#pragma once

#include "core/random.h"
#include "energy/energy.h"
#include "sampling/langevin.h"
#include "sampling/particle_batch.h"

namespace ebm {

/// One HMC transition on every particle of the batch (its E and ∇E cached), in place. With the Hamiltonian
///   H(x, p) = E(x)/T + ‖p‖²/2,   p ~ N(0, I) drawn afresh,
/// `leapfrogSteps` L steps of size ε = settings.stepSize integrate Hamilton's equations:
///   p ← p − (ε/2)·clip(∇E(x))/T,  x ← x + ε·p,  p ← p − (ε/2)·clip(∇E(x))/T,
/// and the end point is accepted with probability min(1, exp(H_start − H_end)). Leapfrog is reversible and
/// volume-preserving for any force, so p_T is stationary exactly (clipping only lowers the acceptance).
/// Reflecting walls mirror x and reverse p along that axis (still reversible and volume-preserving: exact for
/// p_T restricted to the box); periodic walls wrap x (exact on the torus). Note ε is the leapfrog step here,
/// not the Langevin ε: the distance moved per transition is about ε·L.
/// Costs L gradient evaluations. Returns the number of accepted transitions; `scratch` must be reserved.
Index hmcStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, int leapfrogSteps,
              Random& random, SamplerScratch& scratch);

}  // namespace ebm
