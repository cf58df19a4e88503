#include "sampling/sampler.h"

#include "sampling/hmc.h"
#include "sampling/mala.h"

namespace ebm {

Sampler::Sampler(SamplerSettings settings, const Box& box) : settings_(std::move(settings)), box_(box) {
  box_.validate();
  settings_.validate();
  if (settings_.kind == SamplerKind::Annealed) settings_.schedule.validate(box_.dimension);
}

StepPlan Sampler::planAt(Index step, const Energy& baseEnergy) const {
  StepPlan plan;
  plan.energy = &baseEnergy;
  plan.langevin.stepSize = settings_.stepSize;
  plan.langevin.temperature = settings_.temperature;
  plan.langevin.gradientClip = settings_.gradientClip;
  plan.langevin.walls = settings_.walls;
  plan.langevin.box = box_;
  plan.leapfrogSteps = settings_.leapfrogSteps;
  if (settings_.kind == SamplerKind::Annealed) {
    const auto position = settings_.schedule.at(step);
    const AnnealingStage& stage = settings_.schedule.stages[position.stage];
    if (stage.energy) plan.energy = stage.energy.get();
    plan.langevin.stepSize = stage.stepSize;
    plan.langevin.temperature = stage.temperature;
    plan.stage = int(position.stage);
    plan.restart = position.cycle > 0 && position.stage == 0 && position.stepInStage == 0;
  }
  return plan;
}

Index Sampler::advance(const StepPlan& plan, ParticleBatch batch, Random& random,
                       SamplerScratch& scratch) const {
  switch (settings_.kind) {
    case SamplerKind::Mala:
      return malaStep(*plan.energy, batch, plan.langevin, random, scratch);
    case SamplerKind::Hmc:
      return hmcStep(*plan.energy, batch, plan.langevin, plan.leapfrogSteps, random, scratch);
    case SamplerKind::Ula:
    case SamplerKind::Annealed:
      break;
  }
  return ulaStep(*plan.energy, batch, plan.langevin, random);
}

}  // namespace ebm
