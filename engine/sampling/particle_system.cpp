#include "sampling/particle_system.h"

#include "sampling/particle_chunk.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/errors.h"
#include "core/parallel.h"

namespace ebm {
namespace {

// Random streams: chunk c steps with stream c and re-seeds diverged particles with stream kReseedStreams + c
// (so a re-seed never shifts the noise of the chunk's other particles); data resampling has its own stream.
constexpr std::uint64_t kReseedStreams = 1ULL << 40;
constexpr std::uint64_t kDataStream = 1ULL << 41;

bool allFinite(const float* values, Index count) {
  for (Index r = 0; r < count; ++r) {
    if (!std::isfinite(values[r])) return false;
  }
  return true;
}

}  // namespace

void ParticleSystemSettings::validate() const {
  if (particleCount < 1 || particleCount > kMaxParticles) {
    throw ArgumentError("The number of particles must be between 1 and " + std::to_string(kMaxParticles) +
                        ", not " + std::to_string(particleCount) + ".");
  }
  box.validate();
  if (trailLength < 0 || trailLength > kMaxTrailLength) {
    throw ArgumentError("The trail length must be between 0 (off) and " + std::to_string(kMaxTrailLength) +
                        " positions, not " + std::to_string(trailLength) + ".");
  }
  if (trailInterval < 1)
    throw ArgumentError("Trails must record a position at least every step (interval ≥ 1).");
  if (!(escapeRadius >= 0) || !std::isfinite(escapeRadius))
    throw ArgumentError("The escape radius must be zero (automatic) or positive.");
}

double ParticleSystemSettings::effectiveEscapeRadius() const {
  if (escapeRadius > 0) return escapeRadius;
  double squared = 0;
  for (int axis = 0; axis < box.dimension; ++axis)
    squared += 0.25 * box.width(axis) * box.width(axis);
  return 100.0 * std::sqrt(squared);
}

ParticleSystem::ParticleSystem(EnergyPtr energy, const ParticleSystemSettings& settings,
                               const SamplerSettings& sampler)
    : settings_(settings) {
  settings_.validate();
  if (!energy) throw ArgumentError("The particles need an energy to move on.");
  if (energy->dimension() != settings_.box.dimension) {
    throw ArgumentError("The energy is " + std::to_string(energy->dimension()) +
                        "D but the particles' box is " + std::to_string(settings_.box.dimension) + "D.");
  }
  energy_ = std::move(energy);
  sampler_ = std::make_unique<Sampler>(sampler, settings_.box);
  const double radius = settings_.effectiveEscapeRadius();
  escapeRadiusSquared_ = radius * radius;
  allocate(settings_.particleCount);
  resetUniform();
}

ParticleSystem::~ParticleSystem() = default;

void ParticleSystem::allocate(Index count) {
  const Index d = dimension();
  settings_.particleCount = count;
  positions_.resize(d, count);
  energies_.resize(count);
  gradients_.resize(d, count);
  committed_.assign(std::size_t(count), -1);
  trailRing_.resize(d, count * settings_.trailLength);
  chunks_.clear();
  const Index chunkCount = (count + kParticlesPerChunk - 1) / kParticlesPerChunk;
  chunks_.resize(std::size_t(chunkCount));
  for (Index c = 0; c < chunkCount; ++c) {
    Chunk& chunk = chunks_[std::size_t(c)];
    chunk.begin = c * kParticlesPerChunk;
    chunk.end = std::min(count, chunk.begin + kParticlesPerChunk);
    chunk.stream = std::uint64_t(c);
    chunk.scratch.reserve(d, chunk.end - chunk.begin);
  }
}

void ParticleSystem::startOver() {
  for (Chunk& chunk : chunks_) {
    chunk.random = Random(settings_.seed, chunk.stream);
    chunk.reseeding = Random(settings_.seed, kReseedStreams + chunk.stream);
    chunk.proposals = chunk.accepted = chunk.diverged = chunk.watched = 0;
    chunk.tally.clear(basins_ ? basins_->count() : 0);
    chunk.cachedFor = nullptr;
  }
  std::fill(committed_.begin(), committed_.end(), -1);
  stepCount_ = samplerOrigin_ = 0;
  lastCall_ = ParticleCounters{};
  refreshCaches();
  restartTrails();
}

void ParticleSystem::placeUniformly(Random& random, Index first, Index last) {
  const Box& box = settings_.box;
  for (Index i = first; i < last; ++i) {
    for (int axis = 0; axis < box.dimension; ++axis)
      positions_(axis, i) = float(random.uniform(box.lower[axis], box.upper[axis]));
  }
}

void ParticleSystem::resetUniform() {
  for (Chunk& chunk : chunks_)
    chunk.random = Random(settings_.seed, chunk.stream);
  parallelFor(Index(chunks_.size()), 1, [this](Index first, Index last) {
    for (Index c = first; c < last; ++c) {
      Chunk& chunk = chunks_[std::size_t(c)];
      placeUniformly(chunk.random, chunk.begin, chunk.end);
    }
  });
  // startOver() reseeds again, so the trajectory after a reset depends only on the seed, as after resetTo().
  startOver();
}

void ParticleSystem::resetTo(ConstPointsRef points) {
  if (points.rows() != dimension()) {
    throw ArgumentError("The starting points are " + std::to_string(points.rows()) +
                        "D but the particles are " + std::to_string(dimension()) + "D.");
  }
  if (points.cols() < 1 || points.cols() > ParticleSystemSettings::kMaxParticles)
    throw ArgumentError("Give between 1 and " + std::to_string(ParticleSystemSettings::kMaxParticles) +
                        " starting points.");
  for (Index i = 0; i < points.cols(); ++i) {
    if (!allFinite(points.col(i).data(), points.rows()))
      throw DataError("Starting point " + std::to_string(i + 1) + " is not finite (NaN or infinite).");
  }
  if (points.cols() != particleCount()) allocate(points.cols());
  positions_ = points;
  startOver();
}

void ParticleSystem::resetFromData(ConstPointsRef data) {
  if (data.rows() != dimension()) {
    throw ArgumentError("The data is " + std::to_string(data.rows()) + "D but the particles are " +
                        std::to_string(dimension()) + "D.");
  }
  if (data.cols() < 1) throw ArgumentError("There are no data points to start the particles from.");
  for (Index j = 0; j < data.cols(); ++j) {
    if (!allFinite(data.col(j).data(), data.rows()))
      throw DataError("Data point " + std::to_string(j + 1) + " is not finite (NaN or infinite).");
  }
  Random random(settings_.seed, kDataStream);
  for (Index i = 0; i < particleCount(); ++i)
    positions_.col(i) = data.col(Index(random.below(std::uint64_t(data.cols()))));
  startOver();
}

void ParticleSystem::setParticleCount(Index count) {
  ParticleSystemSettings changed = settings_;
  changed.particleCount = count;
  changed.validate();
  allocate(count);
  resetUniform();
}

void ParticleSystem::setSeed(std::uint64_t seed) {
  settings_.seed = seed;
}

void ParticleSystem::setEnergy(EnergyPtr energy) {
  if (!energy) throw ArgumentError("The particles need an energy to move on.");
  if (energy->dimension() != dimension()) {
    throw ArgumentError("The energy is " + std::to_string(energy->dimension()) + "D but the particles are " +
                        std::to_string(dimension()) + "D.");
  }
  energy_ = std::move(energy);
  for (Chunk& chunk : chunks_)
    chunk.cachedFor = nullptr;
  refreshCaches();
}

void ParticleSystem::setSampler(const SamplerSettings& sampler) {
  sampler_ = std::make_unique<Sampler>(sampler, settings_.box);
  samplerOrigin_ = stepCount_;
  for (Chunk& chunk : chunks_)
    chunk.cachedFor = nullptr;
  refreshCaches();
}

void ParticleSystem::setTemperature(double temperature) {
  SamplerSettings changed = sampler_->settings();
  changed.temperature = temperature;
  sampler_ = std::make_unique<Sampler>(changed, settings_.box);
}

void ParticleSystem::setStepSize(double stepSize) {
  SamplerSettings changed = sampler_->settings();
  changed.stepSize = stepSize;
  sampler_ = std::make_unique<Sampler>(changed, settings_.box);
}

void ParticleSystem::setBasins(std::shared_ptr<const Basins> basins) {
  if (basins && basins->lattice().dimension() != dimension()) {
    throw ArgumentError("The basins were found on a " + std::to_string(basins->lattice().dimension()) +
                        "D grid but the particles are " + std::to_string(dimension()) + "D.");
  }
  basins_ = std::move(basins);
  std::fill(committed_.begin(), committed_.end(), -1);
  for (Chunk& chunk : chunks_) {
    chunk.tally.clear(basins_ ? basins_->count() : 0);
    chunk.watched = 0;
  }
}

void ParticleSystem::setTrails(int length, int interval) {
  ParticleSystemSettings changed = settings_;
  changed.trailLength = length;
  changed.trailInterval = interval;
  changed.validate();
  settings_ = changed;
  trailRing_.resize(dimension(), particleCount() * length);
  restartTrails();
}

void ParticleSystem::refreshCaches() {
  parallelFor(Index(chunks_.size()), 1, [this](Index first, Index last) {
    for (Index c = first; c < last; ++c) {
      Chunk& chunk = chunks_[std::size_t(c)];
      const StepPlan plan = sampler_->planAt(scheduleStep(), *energy_);
      const Index w = chunk.end - chunk.begin;
      plan.energy->evaluateWithGradient(positions_.middleCols(chunk.begin, w),
                                        energies_.segment(chunk.begin, w),
                                        gradients_.middleCols(chunk.begin, w));
      chunk.cachedFor = plan.energy;
      chunk.stage = plan.stage;
      chunk.temperature = plan.langevin.temperature;
    }
  });
}

void ParticleSystem::restartTrails() {
  trailOrigin_ = stepCount_;
  if (settings_.trailLength == 0) return;
  for (const Chunk& chunk : chunks_)
    recordTrail(chunk, 0);
}

double ParticleSystem::meanEnergy() const {
  double sum = 0;
  for (Index i = 0; i < energies_.size(); ++i)
    sum += energies_[i];
  return sum / double(energies_.size());
}

ParticleCounters ParticleSystem::counters() const {
  ParticleCounters counters = lastCall_;
  counters.steps = stepCount_;
  counters.proposals = counters.accepted = counters.diverged = 0;
  counters.transitions = counters.particleStepsWatched = 0;
  for (const Chunk& chunk : chunks_) {
    counters.proposals += chunk.proposals;
    counters.accepted += chunk.accepted;
    counters.diverged += chunk.diverged;
    counters.transitions += chunk.tally.total();
    counters.particleStepsWatched += chunk.watched;
  }
  return counters;
}

TransitionTally ParticleSystem::transitions() const {
  TransitionTally tally;
  tally.clear(basins_ ? basins_->count() : 0);
  for (const Chunk& chunk : chunks_)
    tally.merge(chunk.tally);
  return tally;
}

int ParticleSystem::annealingStage() const {
  return sampler_->planAt(scheduleStep(), *energy_).stage;
}

int ParticleSystem::trailCount() const {
  if (settings_.trailLength == 0) return 0;
  const Index recordings = 1 + (stepCount_ - trailOrigin_) / settings_.trailInterval;
  return int(std::min<Index>(recordings, settings_.trailLength));
}

void ParticleSystem::copyTrails(Points& out) const {
  const Index n = particleCount(), K = settings_.trailLength;
  const int count = trailCount();
  if (out.rows() != dimension() || out.cols() != n * count) out.resize(dimension(), n * count);
  const Index newest = (stepCount_ - trailOrigin_) / settings_.trailInterval;
  for (int block = 0; block < count; ++block) {
    const Index slab = (newest - (count - 1) + block) % K;
    out.middleCols(block * n, n) = trailRing_.middleCols(slab * n, n);
  }
}

void ParticleSystem::snapshot(ParticleSnapshot& out, bool withTrails) const {
  out.dimension = dimension();
  out.positions = positions_;
  out.energies = energies_;
  if (basins_) {
    out.basins = committed_;
  } else {
    out.basins.clear();
  }
  if (withTrails && settings_.trailLength > 0) {
    copyTrails(out.trails);
    out.trailCount = trailCount();
  } else {
    out.trails.resize(dimension(), 0);
    out.trailCount = 0;
  }
  out.counters = counters();
  out.meanEnergy = meanEnergy();
  out.sampler = sampler_->kind();
  out.temperature = chunks_.front().temperature;
  out.annealingStage = chunks_.front().stage;
  out.basinCount = basins_ ? basins_->count() : 0;
  out.transitionMatrix.assign(chunks_.front().tally.matrix().size(), 0);  // keeps its capacity
  for (const Chunk& chunk : chunks_) {
    for (std::size_t k = 0; k < out.transitionMatrix.size(); ++k)
      out.transitionMatrix[k] += chunk.tally.matrix()[k];
  }
}

ParticleSnapshot ParticleSystem::snapshot(bool withTrails) const {
  ParticleSnapshot out;
  snapshot(out, withTrails);
  return out;
}

}  // namespace ebm
