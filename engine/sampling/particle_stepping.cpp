// ParticleSystem's hot loop: rounds of steps over fixed chunks on both cores, divergence handling, basin
// watching and trail recording.
#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/parallel.h"
#include "sampling/particle_chunk.h"
#include "sampling/particle_system.h"

namespace ebm {

Index ParticleSystem::step(Index steps) {
  if (steps < 0) throw ArgumentError("The number of steps cannot be negative.");
  stopRequested_.store(false, std::memory_order_relaxed);
  const ParticleCounters before = counters();
  Index done = 0;
  while (done < steps && !stopRequested_.load(std::memory_order_relaxed)) {
    roundFirstStep_ = stepCount_;
    roundSteps_ = std::min(kStepsPerRound, steps - done);
    parallelFor(Index(chunks_.size()), 1, [this](Index first, Index last) {
      for (Index c = first; c < last; ++c)
        advanceChunk(chunks_[std::size_t(c)]);
    });
    stepCount_ += roundSteps_;
    done += roundSteps_;
  }
  const ParticleCounters after = counters();
  lastCall_.lastProposals = after.proposals - before.proposals;
  lastCall_.lastAccepted = after.accepted - before.accepted;
  lastCall_.lastDiverged = after.diverged - before.diverged;
  return done;
}

// One round of steps on one chunk. For every step: resolve the plan (energy, ε, T), refresh the cache if the
// plan's energy changed, move, re-seed diverged particles, watch basins, record trails.
void ParticleSystem::advanceChunk(Chunk& chunk) {
  const Index w = chunk.end - chunk.begin;
  const ParticleBatch batch{positions_.middleCols(chunk.begin, w), energies_.segment(chunk.begin, w),
                            gradients_.middleCols(chunk.begin, w)};
  const bool rejects = sampler_->settings().hasAcceptanceTest();
  const Index K = settings_.trailLength, interval = settings_.trailInterval;
  for (Index s = 0; s < roundSteps_; ++s) {
    const Index step = roundFirstStep_ + s;
    const StepPlan plan = sampler_->planAt(step - samplerOrigin_, *energy_);
    if (plan.restart) {
      placeUniformly(chunk.random, chunk.begin, chunk.end);
      for (Index i = chunk.begin; i < chunk.end; ++i) {
        committed_[std::size_t(i)] = -1;
        fillTrail(i);
      }
      chunk.cachedFor = nullptr;
    }
    if (chunk.cachedFor != plan.energy) {
      plan.energy->evaluateWithGradient(batch.positions, batch.energies, batch.gradients);
      chunk.cachedFor = plan.energy;
    }
    const Index accepted = sampler_->advance(plan, batch, chunk.random, chunk.scratch);
    if (rejects) {
      chunk.proposals += w;
      chunk.accepted += accepted;
    }
    chunk.stage = plan.stage;
    chunk.temperature = plan.langevin.temperature;
    reseedDiverged(chunk, plan);
    if (basins_) watchBasins(chunk);
    const Index sinceOrigin = step + 1 - trailOrigin_;
    if (K > 0 && sinceOrigin % interval == 0) recordTrail(chunk, int((sinceOrigin / interval) % K));
  }
}

// A particle has diverged if ‖x − centre‖² > R² or x, E or ∇E is not finite. One float pass flags nothing in
// the usual case: a sum is finite only if every term is (a huge finite gradient overflowing counts too).
void ParticleSystem::reseedDiverged(Chunk& chunk, const StepPlan& plan) {
  const Index d = dimension();
  const Box& box = settings_.box;
  const float centre[3] = {float(0.5 * (box.lower[0] + box.upper[0])),
                           float(0.5 * (box.lower[1] + box.upper[1])),
                           float(0.5 * (box.lower[2] + box.upper[2]))};
  const float radiusSquared = float(escapeRadiusSquared_);
  Index diverged = 0;
  for (Index i = chunk.begin; i < chunk.end; ++i) {
    const float* x = &positions_(0, i);
    const float* g = &gradients_(0, i);
    float squared = 0, gradientSum = 0;
    for (Index r = 0; r < d; ++r) {
      squared += (x[r] - centre[r]) * (x[r] - centre[r]);
      gradientSum += g[r];
    }
    // NaN fails every comparison: !(squared <= R²) catches NaN and Inf positions too.
    if (squared <= radiusSquared && std::isfinite(energies_[i] + gradientSum)) continue;
    placeUniformly(chunk.reseeding, i, i + 1);
    committed_[std::size_t(i)] = -1;
    fillTrail(i);
    ++diverged;
  }
  if (diverged == 0) return;
  chunk.diverged += diverged;
  // Re-evaluate the whole chunk once: cheaper than one call per particle when many blow up at once.
  const Index w = chunk.end - chunk.begin;
  plan.energy->evaluateWithGradient(positions_.middleCols(chunk.begin, w), energies_.segment(chunk.begin, w),
                                    gradients_.middleCols(chunk.begin, w));
}

void ParticleSystem::watchBasins(Chunk& chunk) {
  const Basins& basins = *basins_;
  for (Index i = chunk.begin; i < chunk.end; ++i) {
    const int core = basins.coreAt(&positions_(0, i));
    const int from = commitToCore(committed_[std::size_t(i)], core);
    if (from >= 0) chunk.tally.add(from, core);
  }
  chunk.watched += chunk.end - chunk.begin;
}

void ParticleSystem::recordTrail(const Chunk& chunk, int slab) {
  const Index w = chunk.end - chunk.begin;
  trailRing_.middleCols(Index(slab) * particleCount() + chunk.begin, w) =
      positions_.middleCols(chunk.begin, w);
}

void ParticleSystem::fillTrail(Index particle) {
  for (Index slab = 0; slab < settings_.trailLength; ++slab)
    trailRing_.col(slab * particleCount() + particle) = positions_.col(particle);
}

}  // namespace ebm
