// Standard normal noise in bulk for the Langevin and HMC kernels: the √ε·ξ of every step, fast.
#pragma once

#include "core/random.h"
#include "core/types.h"

namespace ebm {

/// Fills out[0 … count) with independent N(0, 1) draws from `random`, deterministically for a given Random
/// state. Marsaglia's polar method on float: a point (u, v) uniform in the unit disc (one 64-bit draw, kept
/// with probability π/4) gives the pair (u, v)·√(−2 ln s / s), s = u² + v²; candidates are gathered without
/// branches and the log and square root run 8–16 at a time through Eigen's vectorized float functions.
/// About ten times faster than Random::normal() per coordinate. No allocation (stack blocks).
void fillStandardNormal(Random& random, float* out, Index count);

}  // namespace ebm
