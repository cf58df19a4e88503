// A simulation's particles: the lesson's sampler settings turned into the engine's, and where particles
// start.
#include <cmath>

#include "simulation/simulation_state.h"

namespace ebm {
namespace {
constexpr int kAnnealingStages = 10;
}

SamplerSettings Simulation::State::samplerSettings() const {
  const auto& s = lesson.sampler;
  SamplerSettings settings;
  using Method = decltype(s.method);
  settings.kind = s.method == Method::Ula    ? SamplerKind::Ula
                  : s.method == Method::Mala ? SamplerKind::Mala
                  : s.method == Method::Hmc  ? SamplerKind::Hmc
                                             : SamplerKind::Annealed;
  settings.stepSize = s.stepSize;
  settings.temperature = lesson.temperature;
  settings.leapfrogSteps = s.leapfrogSteps;
  using LessonWalls = decltype(s.walls);
  settings.walls = s.walls == LessonWalls::Reflecting ? Walls::Reflecting
                   : s.walls == LessonWalls::Periodic ? Walls::Periodic
                                                      : Walls::None;
  if (settings.kind == SamplerKind::Annealed) {
    // Cool geometrically from annealFrom to the lesson's T over annealSteps, then keep sampling at T.
    const Index perStage = std::max<Index>(1, s.annealSteps / kAnnealingStages);
    settings.schedule =
        AnnealingSchedule::geometricTemperatures(std::max(s.annealFrom, lesson.temperature),
                                                 lesson.temperature, kAnnealingStages, perStage, s.stepSize);
  }
  return settings;
}

void Simulation::State::buildParticles() {
  ParticleSystemSettings settings;
  settings.particleCount = lesson.sampler.particles;
  settings.box = lesson.box;
  settings.seed = lesson.sampler.seed;
  settings.trailLength = lesson.sampler.trailLength;
  particles = std::make_unique<ParticleSystem>(energy, settings, samplerSettings());
  if (basins) particles->setBasins(basins);
  resetParticles();
}

void Simulation::State::resetParticles() {
  particles->setSeed(lesson.sampler.seed);
  if (lesson.sampler.startFromData && data.points.cols() > 0) {
    particles->resetFromData(data.points);
  } else {
    particles->resetUniform();
  }
  particlesMoved = true;
  changed = true;
}

}  // namespace ebm
