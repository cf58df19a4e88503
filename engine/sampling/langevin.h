// The unadjusted Langevin step, the kernel every sampler and every contrastive trainer is built on.
#pragma once

#include "core/random.h"
#include "energy/energy.h"

namespace ebm {

/// Settings of one Langevin step at temperature T.
struct LangevinSettings {
  double stepSize = 0.01;    ///< ε
  double temperature = 1.0;  ///< T > 0
  /// If > 0, each particle's gradient is scaled down to at most this norm before the move (0 = off).
  double gradientClip = 0.0;
};

/// One ULA step on every column of `x` (D×N), in place:
///   x ← x − (ε/2)·∇E(x)/T + √ε·ξ,   ξ ~ N(0, I),
/// whose stationary density approaches p_T ∝ exp(−E/T) as ε → 0. Single-threaded: callers spread chunks of
/// particles over the cores, each chunk with its own Random. `energies` (N) receives E(x) *before* the move
/// and `gradients` (D×N) is scratch the caller owns (no allocation here).
void langevinStep(const Energy& energy, PointsRef x, const LangevinSettings& settings, Random& random,
                  VectorRef energies, PointsRef gradients);

}  // namespace ebm
