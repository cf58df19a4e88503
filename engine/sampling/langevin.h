// The unadjusted Langevin step, the kernel every sampler and every contrastive trainer is built on.
#pragma once

#include "core/box.h"
#include "core/random.h"
#include "energy/energy.h"
#include "sampling/particle_batch.h"
#include "sampling/walls.h"

namespace ebm {

/// Settings of one Langevin step at temperature T.
struct LangevinSettings {
  double stepSize = 0.01;    ///< ε
  double temperature = 1.0;  ///< T > 0
  /// If > 0, each particle's gradient is scaled down to at most this norm before the move (0 = off).
  double gradientClip = 0.0;
  /// What a particle that leaves `box` meets (None: nothing, the default; `box` is then unused).
  Walls walls = Walls::None;
  Box box{};
};

/// One ULA step on every column of `x` (D×N), in place:
///   x ← x − (ε/2)·∇E(x)/T + √ε·ξ,   ξ ~ N(0, I),
/// whose stationary density approaches p_T ∝ exp(−E/T) as ε → 0. Single-threaded: callers spread chunks of
/// particles over the cores, each chunk with its own Random. `energies` (N) receives E(x) *before* the move
/// and `gradients` (D×N) is scratch the caller owns (no allocation here).
void langevinStep(const Energy& energy, PointsRef x, const LangevinSettings& settings, Random& random,
                  VectorRef energies, PointsRef gradients);

/// The same ULA move on a batch whose E and ∇E are cached: moves with the cached gradient, applies the walls,
/// then evaluates E and ∇E at the new positions (one evaluation per step, and the batch's energies are those
/// of its current positions). Returns the number of moves made (every particle: ULA never rejects).
Index ulaStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, Random& random);

}  // namespace ebm
