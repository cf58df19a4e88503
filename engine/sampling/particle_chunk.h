// The per-chunk state of a ParticleSystem, shared by its two implementation files (not a public header).
#pragma once

#include <cstdint>

#include "core/random.h"
#include "sampling/basin_transitions.h"
#include "sampling/particle_batch.h"
#include "sampling/particle_system.h"

namespace ebm {

struct ParticleSystem::Chunk {
  Index begin = 0, end = 0;
  std::uint64_t stream = 0;
  Random random;     // the sampler's noise and Metropolis tests
  Random reseeding;  // uniform positions for particles that diverged
  SamplerScratch scratch;
  const Energy* cachedFor = nullptr;  // the energy whose E and ∇E the chunk's cache holds
  Index proposals = 0, accepted = 0, diverged = 0, watched = 0;  // since the last reset
  TransitionTally tally;
  int stage = 0;
  double temperature = 1;
};

}  // namespace ebm
