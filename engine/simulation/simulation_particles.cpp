// A simulation's particles: the lesson's sampler settings turned into the engine's, and where particles
// start.
#include <cmath>

#include "io/lesson_energy.h"
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
  settings.gradientClip = s.gradientClip;
  using LessonWalls = decltype(s.walls);
  settings.walls = s.walls == LessonWalls::Reflecting ? Walls::Reflecting
                   : s.walls == LessonWalls::Periodic ? Walls::Periodic
                                                      : Walls::None;
  if (settings.kind == SamplerKind::Annealed && noiseAware() && s.annealFrom > lesson.noiseLevel) {
    // Annealed Langevin over noise levels (the diffusion lesson): from the data blurred at σ = annealFrom
    // down to the lesson's σ (at least 0.05), and round again, so a class watches noise become data over and
    // over.
    const Index perStage = std::max<Index>(1, s.annealSteps / kAnnealingStages);
    const double finest = std::max(lesson.noiseLevel, 0.05);
    std::vector<double> sigmas;
    sigmas.reserve(kAnnealingStages);
    for (int k = 0; k < kAnnealingStages; ++k) {
      sigmas.push_back(s.annealFrom * std::pow(finest / s.annealFrom, double(k) / (kAnnealingStages - 1)));
    }
    settings.schedule = AnnealingSchedule::noiseLevels(
        [this](double sigma) { return composeEnergy(lesson.composition, componentsAtNoise(sigma)); }, sigmas,
        perStage, s.stepSize, lesson.temperature);
    settings.schedule.restartWhenDone = true;
  } else if (settings.kind == SamplerKind::Annealed) {
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

// Rates are measured from here: counters since the temperature or the landscape changed.
void Simulation::State::markCrossings() {
  if (!particles) return;
  const ParticleCounters c = particles->counters();
  transitionsAtMark = c.transitions;
  stepsWatchedAtMark = c.particleStepsWatched;
  mixing.restart(c.steps);
}

// Pools the particles' energies once the sampler works on the lesson's own landscape (the last stage of an
// annealing schedule) and judges them against the Boltzmann prediction.
void Simulation::State::watchMixing(ParticleLayer& layer) {
  if (!histogramBins || !boltzmann) return;
  const SamplerSettings& sampler = particles->sampler();
  const bool lastStage = sampler.kind != SamplerKind::Annealed ||
                         particles->annealingStage() + 1 >= int(sampler.schedule.stages.size());
  if (lastStage) mixing.observe(layer.steps, particles->energies(), *histogramBins);
  layer.predictedMeanEnergy = binnedMean(*boltzmann);
  const auto distance = mixing.distance(*boltzmann);
  if (!distance) return;
  layer.mixingDistance = *distance;
  if (*distance > MixingWatch::kMixedDistance) {
    layer.mixingAdvice = notMixedAdvice(*distance, binnedMean(mixing.pooled()), layer.predictedMeanEnergy,
                                        lesson.sampler.startFromData, data.points.cols() > 0,
                                        lesson.sampler.method == SamplerSpec::Method::Annealed);
  }
}

void Simulation::State::resetParticles() {
  particles->setSeed(lesson.sampler.seed);
  if (lesson.sampler.startFromData && data.points.cols() > 0) {
    particles->resetFromData(data.points);
  } else {
    particles->resetUniform();
  }
  markCrossings();
  runawayReported = false;
  strandedReported = false;
  particlesMoved = true;
  changed = true;
}

}  // namespace ebm
