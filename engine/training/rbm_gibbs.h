// Block Gibbs sampling of a Gaussian–Bernoulli RBM: the chains that give CD-k its negatives.
#pragma once

#include "core/random.h"
#include "energy/rbm_energy.h"

namespace ebm {

/// Work buffers of gibbsSweeps(), reused from call to call (they only grow).
struct GibbsScratch {
  Points hidden, noise;
};

/// `sweeps` block-Gibbs sweeps on every column of `visible` (D × N), in place. One sweep draws all hidden
/// units given the visible ones, then all visible units given the hidden ones:
///   h_j ~ Bernoulli(sigmoid(c_j + Σ_d W_dj x_d/σ_d²)),   x ~ N(b + W·h, diag σ²).
/// Both conditionals are exact, so the chain leaves p(x) ∝ exp(−F(x)) invariant for any number of sweeps.
/// Single-threaded and deterministic for a given Random state.
void gibbsSweeps(const RbmEnergy& rbm, PointsRef visible, int sweeps, Random& random, GibbsScratch& scratch);

}  // namespace ebm
