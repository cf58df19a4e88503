// One interface over ULA, MALA, HMC and annealed Langevin: what a step of a batch of particles does.
#pragma once

#include "core/box.h"
#include "core/random.h"
#include "energy/energy.h"
#include "sampling/langevin.h"
#include "sampling/particle_batch.h"
#include "sampling/sampler_settings.h"

namespace ebm {

/// What one step of one batch needs, resolved from the settings (and the annealing stage) at a step number.
struct StepPlan {
  const Energy* energy = nullptr;  ///< the energy sampled in this step
  LangevinSettings langevin;       ///< ε, T, clipping, walls and box of this step
  int leapfrogSteps = 0;           ///< HMC only
  int stage = 0;                   ///< the annealing stage (0 for the other samplers)
  bool restart = false;            ///< annealing with restartWhenDone: re-seed the particles before this step
};

/// A validated sampler. Immutable and stateless apart from its settings, so one object serves every chunk of
/// particles on every thread; each chunk brings its own Random and scratch.
class Sampler {
 public:
  /// Throws ArgumentError if the settings are invalid (SamplerSettings::validate()) or a stage's energy does
  /// not match the box's dimension.
  Sampler(SamplerSettings settings, const Box& box);

  [[nodiscard]] const SamplerSettings& settings() const { return settings_; }
  [[nodiscard]] SamplerKind kind() const { return settings_.kind; }
  [[nodiscard]] const Box& box() const { return box_; }

  /// The energy and parameters of step number `step` (counted from the last reset). `baseEnergy` is the
  /// energy the particles live on; an annealing stage may name another (a noise level).
  [[nodiscard]] StepPlan planAt(Index step, const Energy& baseEnergy) const;

  /// One step of the batch with the plan's energy (whose E and ∇E the batch caches). Returns the number of
  /// accepted moves (the batch size for ULA and annealed Langevin). `scratch` must be reserved for the batch.
  Index advance(const StepPlan& plan, ParticleBatch batch, Random& random, SamplerScratch& scratch) const;

 private:
  SamplerSettings settings_;
  Box box_;
};

}  // namespace ebm
