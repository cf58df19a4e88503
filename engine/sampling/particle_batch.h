// The vocabulary the step kernels share: a batch of particles whose energies and gradients are cached.
#pragma once

#include <cmath>

#include "core/types.h"

namespace ebm {

/// D×n positions with E and ∇E at exactly those positions. Kernels read the cache instead of re-evaluating,
/// and leave it valid for the positions they leave behind: every step costs one gradient evaluation (ULA,
/// MALA) or L of them (HMC), and the energies are always those of the current positions.
struct ParticleBatch {
  PointsRef positions;  ///< D×n
  VectorRef energies;   ///< n: E(x)
  PointsRef gradients;  ///< D×n: ∇E(x)

  [[nodiscard]] Index size() const { return positions.cols(); }
};

/// Work buffers a kernel needs besides the batch; sized once per batch width and reused every step.
struct SamplerScratch {
  Points proposal;           ///< D×n proposed positions
  Vector proposalEnergies;   ///< n
  Points proposalGradients;  ///< D×n
  Points momenta;            ///< D×n (HMC)
  Eigen::VectorXd cost;      ///< n: MALA's ‖ξ‖²/2, HMC's starting Hamiltonian H(x, p)

  /// Allocates for batches of up to `width` particles (a no-op when already that size).
  void reserve(Index dimension, Index width) {
    proposal.resize(dimension, width);
    proposalEnergies.resize(width);
    proposalGradients.resize(dimension, width);
    momenta.resize(dimension, width);
    cost.resize(width);
  }
};

/// The factor min(1, clip/‖g‖) that scales one particle's gradient down to norm `clip` (clip ≤ 0: off).
/// A non-finite gradient keeps factor 1, so the particle turns non-finite and is caught as diverged.
[[nodiscard]] inline float clipFactor(const float* gradient, Index dimension, float clip) {
  if (clip <= 0) return 1.0f;
  float squared = 0;
  for (Index r = 0; r < dimension; ++r)
    squared += gradient[r] * gradient[r];
  return squared > clip * clip && std::isfinite(squared) ? clip / std::sqrt(squared) : 1.0f;
}

}  // namespace ebm
