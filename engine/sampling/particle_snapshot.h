// A copy of a particle system's state that the GUI can own and draw: positions, energies, basins, trails and
// counters, taken between steps.
#pragma once

#include <cstdint>
#include <vector>

#include "core/types.h"
#include "sampling/sampler_settings.h"

namespace ebm {

/// Running totals of a particle system. "Since the last reset" means since resetUniform(), resetTo(),
/// resetFromData() or a change of particle count.
struct ParticleCounters {
  Index steps = 0;      ///< steps since the last reset
  Index proposals = 0;  ///< Metropolis tests since the last reset (MALA and HMC; one per particle per step)
  Index accepted = 0;   ///< … of which accepted
  Index lastProposals = 0;  ///< Metropolis tests in the last step() call
  Index lastAccepted = 0;   ///< … of which accepted
  /// Particles re-seeded uniformly in the box since the last reset because their position, energy or gradient
  /// turned NaN/Inf or they escaped beyond the escape radius.
  Index diverged = 0;
  Index lastDiverged = 0;  ///< … in the last step() call
  /// Committed jumps between basins (sampling/basin_transitions.h) since basins were set or the last reset.
  Index transitions = 0;
  /// Particle-steps watched for transitions over the same period (the denominator of a rate).
  Index particleStepsWatched = 0;

  /// Accepted / proposed in the last step() call; 1 for samplers that never reject (ULA, annealed).
  [[nodiscard]] double acceptanceRate() const {
    return lastProposals > 0 ? double(lastAccepted) / double(lastProposals) : 1.0;
  }
  /// Accepted / proposed since the last reset; 1 for samplers that never reject.
  [[nodiscard]] double totalAcceptanceRate() const {
    return proposals > 0 ? double(accepted) / double(proposals) : 1.0;
  }
  /// Transitions per particle per step: the barrier-crossing rate the rates-versus-temperature lesson plots.
  [[nodiscard]] double transitionsPerParticleStep() const {
    return particleStepsWatched > 0 ? double(transitions) / double(particleStepsWatched) : 0.0;
  }
};

/// Everything the GUI draws of a particle system at one moment, owned by value (no pointers into the engine).
struct ParticleSnapshot {
  int dimension = 2;
  Points positions;  ///< D×N
  Vector energies;   ///< N: E at each position (the annealing stage's energy while annealing)
  /// N committed basins (−1: not yet in any basin's core); empty when the system has no basins.
  std::vector<std::int32_t> basins;
  /// D×(trailCount·N), oldest first: block k (columns k·N … k·N + N − 1) holds every particle's position at
  /// the k-th oldest recording kept; the last block is the newest. Particle i's trajectory is columns
  /// i, N + i, 2N + i, … A periodic wrap or a re-seeded particle makes one long segment: draw segments longer
  /// than half the box with care (or not at all). Empty when trails are off or not requested.
  Points trails;
  int trailCount = 0;
  ParticleCounters counters;
  double meanEnergy = 0;
  double temperature = 1;  ///< of the last step (the stage's while annealing)
  SamplerKind sampler = SamplerKind::Ula;
  int annealingStage = 0;  ///< the stage of the last step (0 for the other samplers)
  int basinCount = 0;      ///< 0 without basins
  /// Row-major from × to transition counts (basinCount² entries); empty without basins or above
  /// TransitionTally::kMaxMatrixBasins basins.
  std::vector<Index> transitionMatrix;

  [[nodiscard]] Index particleCount() const { return positions.cols(); }
  /// Particle `particle`'s position in trail block `block` (0 = oldest kept, trailCount − 1 = newest).
  [[nodiscard]] auto trailPoint(Index particle, int block) const {
    return trails.col(Index(block) * particleCount() + particle);
  }
};

}  // namespace ebm
