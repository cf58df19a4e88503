// The public face of a running lesson: building it, adopting edits and slider moves, and advancing it.
#include "simulation/simulation.h"

#include <algorithm>

#include "core/errors.h"
#include "io/lesson_parameters.h"
#include "io/trained_energy_spec.h"
#include "simulation/simulation_state.h"
#include "training/classifier_trainer.h"

namespace ebm {
Simulation::Simulation(const Lesson& lesson) : s_(std::make_unique<State>()) {
  s_->lesson = lesson;
  s_->buildExperiment();
  if (!s_->hasDensity()) return;
  s_->buildData();
  s_->buildComponents();
  s_->compose();
  s_->rebuildLattice();
  s_->refreshField(true);
  s_->buildParticles();
  s_->refreshField(true);  // now with basins for the particles
  s_->locateMinimum(false);
  s_->refreshDetectors();
}

Simulation::~Simulation() = default;

const Lesson& Simulation::lesson() const {
  return s_->lesson;
}

void Simulation::setParameter(const std::string& name, double value) {
  State& s = *s_;
  ebm::setParameter(s.lesson, name, value);
  const double v = parameterValue(s.lesson, name);
  const ParameterEffect effect = parameterInfo(name).effect;
  if (s.experiment && (effect == ParameterEffect::Temperature || effect == ParameterEffect::Playing ||
                       effect == ParameterEffect::Experiment)) {
    s.experiment->setParameter(name, v);
    s.takeExperimentFrame(false);
  }
  if (!s.hasDensity()) {
    s.changed = true;
    return;
  }
  auto* classifier = dynamic_cast<ClassifierTrainer*>(s.trainer.get());
  switch (effect) {
    case ParameterEffect::Temperature:
      if (s.lesson.sampler.method == SamplerSpec::Method::Annealed) {
        s.particles->setSampler(s.samplerSettings());
      } else {
        s.particles->setTemperature(v);
      }
      s.refreshField(false);
      s.markCrossings();
      break;
    case ParameterEffect::NoiseLevel:
      s.applyNoiseLevel();
      s.compose();
      s.refreshField(true);
      s.locateMinimum(true);
      if (s.lesson.sampler.method == SamplerSpec::Method::Annealed)
        s.particles->setSampler(s.samplerSettings());
      break;
    case ParameterEffect::Composition:
      s.compose();
      s.refreshField(true);
      s.locateMinimum(true);
      s.refreshDetectors();
      break;
    case ParameterEffect::Threshold:
      s.refreshAnomalies();
      break;
    case ParameterEffect::ParticleCount:
      s.particles->setParticleCount(Index(v));
      s.resetParticles();
      break;
    case ParameterEffect::StepSize:
      s.particles->setStepSize(v);
      s.runawayReported = false;
      break;
    // The fine-tuning sliders act on a run in progress: the class watches the energy respond.
    case ParameterEffect::ClassifierMargins:
      if (classifier) classifier->setMargins(s.classifierMargins());
      break;
    case ParameterEffect::ClassifierOutliers:
      if (classifier) classifier->setOutlierCount(Index(v));
      break;
    case ParameterEffect::Playing:
    case ParameterEffect::Camera:
    case ParameterEffect::Experiment:
      break;
  }
  s.changed = true;
}

// Each kind of edit redoes only what depends on it; on a throw the old state stays (the new lesson is adopted
// only after everything it needs was built).
void Simulation::update(const Lesson& lesson, LessonChange change) {
  State& s = *s_;
  const Lesson previous = s.lesson;
  if (change == LessonChange::Everything || s.hasDensity() != !lesson.energies.empty()) {
    auto fresh = std::make_unique<Simulation>(lesson);
    s_.swap(fresh->s_);
    return;
  }
  if (change == LessonChange::Experiment) {
    try {
      s.lesson = lesson;
      s.updateExperiment(previous.experimentKind());
    } catch (...) {
      s.lesson = previous;
      throw;
    }
    s.takeExperimentFrame(true);
    s.changed = true;
    return;
  }
  if (!s.hasDensity()) {
    // Every number that differs goes through setParameter, which knows what depends on it (an experiment
    // lesson has nothing else to redo). A lesson parameter alone reaches the simulation by setParameter.
    for (const ParameterInfo& p : lessonParameters()) {
      if (p.view || !lessonHasParameter(lesson, p) || p.get(previous) == p.get(lesson)) continue;
      setParameter(p.name, p.get(lesson));
    }
    s_->lesson = lesson;
    s_->changed = true;
    return;
  }
  try {
    s.lesson = lesson;
    switch (change) {
      case LessonChange::Data:
        if (previous.box != lesson.box) {
          // An import fits the box to its points: every grid, the particles and the trainer start afresh.
          auto fresh = std::make_unique<Simulation>(lesson);
          s_.swap(fresh->s_);
          break;
        }
        s.buildData();
        s.refreshField(true);
        break;
      case LessonChange::Energies:
        s.buildComponents();
        s.compose();
        s.refreshField(true);
        // An experiment may read an energy's spec (the attention lesson's β): it follows the edit.
        if (s.experiment) {
          s.experiment->update(s.experimentContext());
          s.takeExperimentFrame(true);
        }
        break;
      case LessonChange::Sampler:
        s.particles->setSampler(s.samplerSettings());
        s.mixing.restart(s.particles->counters().steps);
        if (lesson.sampler.trailLength != previous.sampler.trailLength)
          s.particles->setTrails(lesson.sampler.trailLength);
        if (lesson.sampler.seed != previous.sampler.seed ||
            lesson.sampler.startFromData != previous.sampler.startFromData) {
          s.resetParticles();
        }
        break;
      case LessonChange::Training:
        break;
      case LessonChange::View:
        if (lesson.view.gridResolution != previous.view.gridResolution) s.rebuildLattice();
        s.refreshField(true);
        break;
      case LessonChange::Everything:
      case LessonChange::Experiment:
        break;  // handled above
    }
  } catch (...) {
    s.lesson = previous;
    throw;
  }
  if (change == LessonChange::Data || change == LessonChange::Energies || change == LessonChange::View) {
    s_->locateMinimum(false);
    s_->refreshDetectors();
  }
  s_->runawayReported = false;
  s_->changed = true;
}

void Simulation::command(const std::string& name, const nlohmann::json& arguments) {
  State& s = *s_;
  if (!s.experiment) throw ArgumentError("This lesson has no experiment to send \"" + name + "\" to.");
  s.experiment->command(name, arguments);
  s.takeExperimentFrame(false);
}

void Simulation::resetParticles() {
  if (!s_->hasDensity()) return;
  s_->resetParticles();
}

void Simulation::stepParticles() {
  State& s = *s_;
  if (!s.hasDensity()) return;
  s.particles->step(s.lesson.sampler.stepsPerFrame);
  s.watchParticles();
  s.particlesMoved = true;
  s.changed = true;
}

void Simulation::startTraining() {
  State& s = *s_;
  if (s.trainingActive || !s.hasDensity()) return;
  if (!s.trainer || s.training.state == TrainingFrame::State::Finished ||
      s.training.state == TrainingFrame::State::Stopped ||
      s.training.state == TrainingFrame::State::Diverged) {
    s.createTrainer();
  }
  s.trainingActive = true;
  s.training.state = TrainingFrame::State::Running;
  s.training.message.clear();
  s.trainingLayer = std::make_shared<TrainingFrame>(s.training);
  s.changed = true;
}

void Simulation::pauseTraining() {
  State& s = *s_;
  if (!s.trainingActive) return;
  s.trainingActive = false;
  s.training.state = TrainingFrame::State::Paused;
  s.refreshTrainedModel();
  s.trainedSpecPending = true;
  s.trainingLayer = std::make_shared<TrainingFrame>(s.training);
  s.changed = true;
}

void Simulation::stopTraining() {
  State& s = *s_;
  if (!s.trainer) return;
  s.endRun(TrainingFrame::State::Stopped, "Stopped after " + std::to_string(s.training.iteration) +
                                              " iterations; the weights learned so far are kept.");
}

void Simulation::resetTraining() {
  State& s = *s_;
  if (!s.hasDensity()) return;
  s.trainingActive = false;
  s.trainer.reset();
  s.training = TrainingFrame{};
  s.negatives = nullptr;
  s.replayBuffer = nullptr;
  s.trainingLayer = std::make_shared<TrainingFrame>(s.training);
  // The trained energy becomes a fresh, untrained network of the panel's architecture.
  const auto& t = s.lesson.training;
  auto& spec = s.lesson.energies[std::size_t(t.energy)].spec;
  if (t.method == TrainingSpec::Method::Classifier) {
    spec = {{"type", "classifier"},
            {"dimension", s.lesson.box.dimension},
            {"classes", std::max(2, s.data.labelCount())},
            {"hiddenWidths", t.hiddenWidths},
            {"activation", t.activation},
            {"temperature", s.classifierMargins().temperature},
            {"seed", t.seed}};
  } else {
    spec = untrainedEnergySpec(s.lesson);
  }
  s.buildComponents();
  s.compose();
  s.refreshField(true);
  s.trainedSpecPending = true;
}

bool Simulation::training() const {
  return s_->trainingActive;
}

std::optional<std::pair<int, nlohmann::json>> Simulation::takeTrainedSpec() {
  State& s = *s_;
  if (!s.trainedSpecPending) return std::nullopt;
  s.trainedSpecPending = false;
  const int k = s.lesson.training.energy;
  try {
    if (auto spec = trainedEnergySpec(*s.specComponents[std::size_t(k)]))
      s.lesson.energies[std::size_t(k)].spec = std::move(*spec);
  } catch (const Error&) {
    return std::nullopt;  // non-finite weights are never written into a lesson
  }
  return std::make_pair(k, s.lesson.energies[std::size_t(k)].spec);
}

bool Simulation::advance(double budgetSeconds) {
  State& s = *s_;
  bool moving = false;
  if (s.experiment) {
    moving = s.experiment->advance(s.hasDensity() ? budgetSeconds / 2 : budgetSeconds);
    s.takeExperimentFrame(false);
    if (!s.hasDensity()) return moving;
  }
  const bool playing = s.lesson.sampler.playing;
  if (s.trainingActive) s.trainFor(playing ? budgetSeconds * 0.7 : budgetSeconds);
  if (playing) {
    s.particles->step(s.lesson.sampler.stepsPerFrame);
    s.watchParticles();
    s.particlesMoved = true;
    s.changed = true;
  }
  return moving || playing || s.trainingActive;
}

void Simulation::advanceFrame(int trainingIterations) {
  State& s = *s_;
  if (s.experiment) {
    s.experiment->advanceFrame();
    s.takeExperimentFrame(false);
  }
  if (!s.hasDensity()) return;
  if (trainingIterations > 0) s.trainFor(0.0, trainingIterations);
  if (s.lesson.sampler.playing) {
    s.particles->step(s.lesson.sampler.stepsPerFrame);
    s.watchParticles();
    s.particlesMoved = true;
  }
  s.changed = true;
}

FramePtr Simulation::takeFrame() {
  s_->takeExperimentFrame(false);
  if (!s_->changed) return nullptr;
  return s_->makeFrame();
}

FramePtr Simulation::currentFrame() {
  s_->takeExperimentFrame(false);
  return s_->makeFrame();
}

}  // namespace ebm
