// A simulation's training run: the trainer built from the lesson, iterations within a time budget, the
// trained network shown as it learns, the held-out likelihood, and the run's end (finished, stopped,
// diverged).
#include <algorithm>
#include <cmath>
#include <functional>

#include "analysis/data_units_likelihood.h"
#include "core/errors.h"
#include "energy/activation.h"
#include "io/neural_energy_spec.h"
#include "simulation/simulation_state.h"
#include "training/classifier_trainer.h"
#include "training/dsm_trainer.h"
#include "training/nce_trainer.h"
#include "training/pcd_trainer.h"
#include "training/rbm_trainer.h"

namespace ebm {
namespace {

constexpr double kModelRefreshSeconds = 0.25;  // how often the drawn landscape follows the network
constexpr double kLikelihoodSeconds = 1.5;     // how often the held-out NLL is measured
constexpr std::size_t kMaxHistory = 4000;      // chart points kept; older halves are thinned
constexpr int kLikelihoodResolution2D = 160, kLikelihoodResolution3D = 40;

void thin(std::vector<double>& series) {
  std::vector<double> kept;
  kept.reserve(series.size() / 2 + 1);
  for (std::size_t i = 0; i < series.size(); i += 2)
    kept.push_back(series[i]);
  series = std::move(kept);
}

}  // namespace

// A classifier continues from the lesson's classifier when it has the same shape (so fine-tuning starts
// from the trained network, as Liu et al. fine-tune a pre-trained one); Reset gives it fresh weights.
std::unique_ptr<Trainer> Simulation::State::classifierTrainer(
    const std::function<void(TrainerOptions&)>& fill) {
  const TrainingSpec& t = lesson.training;
  if (trainLabels.size() != std::size_t(train.cols()) || data.labelCount() < 2) {
    throw DataError(
        "A classifier learns from labelled data: choose a labelled data set (three-blobs, moons, …) or "
        "import a point file with a label column.");
  }
  ClassifierOptions o;
  fill(o);
  o.classes = data.labelCount();
  o.margins = classifierMargins();
  o.outlierCount = t.outliers;
  o.region = lesson.ood;
  const Eigen::VectorXf* initial = nullptr;
  const auto* current = dynamic_cast<const ClassifierEnergy*>(specComponents[std::size_t(t.energy)].get());
  if (current && current->network().architecture() == o.classifierArchitecture()) {
    initial = &current->network().parameters();
    o.margins.temperature = current->temperature();
  }
  return std::make_unique<ClassifierTrainer>(o, train, trainLabels, initial);
}

EnergyMargins Simulation::State::classifierMargins() const {
  const TrainingSpec& t = lesson.training;
  EnergyMargins m;
  m.weight = t.energyWeight;
  m.marginIn = t.marginIn;
  m.marginOut = t.marginOut;
  if (const auto* c = dynamic_cast<const ClassifierEnergy*>(specComponents[std::size_t(t.energy)].get()))
    m.temperature = c->temperature();
  return m;
}

void Simulation::State::createTrainer() {
  const TrainingSpec& t = lesson.training;
  if (train.cols() == 0)
    throw ArgumentError("Training needs data: choose a data set, or draw points, in the Data panel first.");
  // What every method reads the same way: seed, batch, a cosine schedule over the run, weight averaging.
  auto common = [&](auto& o) {
    o.seed = t.seed;
    o.batchSize = t.batchSize;
    o.schedule.kind = ScheduleKind::kCosine;
    o.schedule.learningRate = t.learningRate;
    o.schedule.finalFraction = 0.05;
    o.scheduleIterations = t.iterations;
    o.averagingDecay = 0.99;
  };
  const std::function<void(TrainerOptions&)> fill = [&](TrainerOptions& o) {
    common(o);
    o.architecture.dimension = lesson.box.dimension;
    o.architecture.hiddenWidths = t.hiddenWidths;
    o.architecture.activation.kind = activationFromName(t.activation);
    o.box = lesson.box;
  };
  switch (t.method) {
    case TrainingSpec::Method::Pcd:
    case TrainingSpec::Method::Cd: {
      PcdOptions o;
      fill(o);
      o.contrastiveDivergence = t.method == TrainingSpec::Method::Cd;
      o.langevinSteps = t.langevinSteps;
      o.stepSize = t.langevinStepSize;
      o.noiseScale = t.langevinNoise * std::sqrt(t.langevinStepSize);
      o.regularization = t.regularization;
      trainer = std::make_unique<PcdTrainer>(o, train);
      break;
    }
    case TrainingSpec::Method::Dsm: {
      DsmOptions o;
      fill(o);
      o.batchSize = std::max(t.batchSize, 256);
      o.noiseLevel = t.noiseLevel;
      trainer = std::make_unique<DsmTrainer>(o, train);
      break;
    }
    case TrainingSpec::Method::Nce: {
      // The network, schedule and batch as for the other neural methods; ν = 4 noise points per data point
      // from the Gaussian fitted to the data (no lesson setting: it rarely needs changing).
      NceOptions o;
      fill(o);
      o.noiseRatio = 4;
      trainer = std::make_unique<NceTrainer>(o, train);
      break;
    }
    case TrainingSpec::Method::Rbm: {
      // The RBM has no network: hiddenUnits binary units replace hiddenWidths/activation, and the K of
      // langevinSteps is CD-k's number of block-Gibbs sweeps. Learning rate, batch, iterations and seed mean
      // what they mean for the networks; σ is learned per dimension.
      RbmOptions o;
      common(o);
      o.hiddenUnits = t.hiddenUnits;
      o.gibbsSteps = std::max(1, t.langevinSteps);
      trainer = std::make_unique<RbmTrainer>(o, train);
      break;
    }
    case TrainingSpec::Method::Classifier:
      trainer = classifierTrainer(fill);
      break;
  }
  replayBuffer = nullptr;
  training = TrainingFrame{};
  training.totalIterations = t.iterations;
  progress.emplace(t.iterations);
}

// Iterations until `seconds` are spent (or exactly maxIterations of them, when ≥ 0) or the run ends. A
// diverged iteration has already rolled the model back; the run stops with the guard's advice.
void Simulation::State::trainFor(double seconds, Index maxIterations) {
  if (!trainer || !trainingActive) return;
  const auto start = SteadyClock::now();
  for (Index done = 0; maxIterations < 0 || done < maxIterations; ++done) {
    if (maxIterations < 0 && std::chrono::duration<double>(SteadyClock::now() - start).count() >= seconds)
      break;
    if (training.iteration >= training.totalIterations) {
      endRun(TrainingFrame::State::Finished,
             "Finished " + std::to_string(training.iteration) + " iterations.");
      break;
    }
    try {
      const TrainingMetrics& m = trainer->step();
      ++training.iteration;
      progress->advance();
      training.iterations.push_back(double(training.iteration));
      training.loss.push_back(m.loss);
      training.dataEnergy.push_back(m.dataEnergy);
      training.negativeEnergy.push_back(m.negativeEnergy);
      training.heldOutNll.push_back(NAN);
      training.acceptanceRate.push_back(NAN);
      const auto* classifying = dynamic_cast<const ClassifierTrainer*>(trainer.get());
      training.accuracy.push_back(classifying ? classifying->batchAccuracy() : NAN);
      training.heldOutAccuracy.push_back(NAN);
    } catch (const NumericError& e) {
      endRun(TrainingFrame::State::Diverged, e.what());
      break;
    }
  }
  if (training.iterations.size() > kMaxHistory) {
    for (auto* series :
         {&training.iterations, &training.loss, &training.dataEnergy, &training.negativeEnergy,
          &training.heldOutNll, &training.acceptanceRate, &training.accuracy, &training.heldOutAccuracy}) {
      thin(*series);
    }
  }
  training.elapsedSeconds = progress->elapsedSeconds();
  training.etaSeconds = progress->etaSeconds();
  if (auto* pcd = dynamic_cast<PcdTrainer*>(trainer.get())) {
    negatives = pointLayer(pcd->negatives(), {});
    if (std::chrono::duration<double>(SteadyClock::now() - lastBufferCopy).count() >= 0.5 &&
        pcd->replayBuffer().cols() > 0) {
      lastBufferCopy = SteadyClock::now();
      auto buffer = std::make_shared<PointLayer>();
      buffer->positions = pcd->replayBuffer();
      replayBuffer = buffer;  // drawn flat on the map: no field values needed
    }
  }
  if (auto* rbm = dynamic_cast<RbmTrainer*>(trainer.get())) negatives = pointLayer(rbm->negatives(), {});
  if (auto* c = dynamic_cast<ClassifierTrainer*>(trainer.get()))
    negatives = pointLayer(c->outlierBatch(), {});
  if (auto* nce = dynamic_cast<NceTrainer*>(trainer.get())) {
    const Points& noise = nce->noiseSamples();
    negatives = pointLayer(noise.leftCols(std::min<Index>(noise.cols(), lesson.training.batchSize)), {});
  }
  const auto now = SteadyClock::now();
  if (std::chrono::duration<double>(now - lastModelRefresh).count() >= kModelRefreshSeconds)
    refreshTrainedModel();
  if (std::chrono::duration<double>(now - lastLikelihood).count() >= kLikelihoodSeconds) measureLikelihood();
  trainingLayer = std::make_shared<TrainingFrame>(training);
  changed = true;
}

// The drawn landscape follows the network: its snapshot replaces the trained leaf, whose grid is evaluated
// again (the other leaves stay cached).
void Simulation::State::refreshTrainedModel() {
  if (!trainer) return;
  lastModelRefresh = SteadyClock::now();
  const int k = lesson.training.energy;
  specComponents[std::size_t(k)] = trainer->snapshot();
  components[std::size_t(k)] = specComponents[std::size_t(k)];
  grids->clear();
  compose();
  refreshField(true);
  locateMinimum(false);
  refreshDetectors();
}

void Simulation::State::measureLikelihood() {
  lastLikelihood = SteadyClock::now();
  if (!trainer || heldOut.cols() == 0 || training.heldOutNll.empty()) return;
  if (const auto* c = dynamic_cast<const ClassifierTrainer*>(trainer.get());
      c && heldOutLabels.size() == std::size_t(heldOut.cols())) {
    const auto predicted = c->classifierSnapshot()->predict(heldOut).labels;
    Index correct = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
      correct += predicted[i] == heldOutLabels[i];
    training.heldOutAccuracy.back() = double(correct) / double(predicted.size());
  }
  try {
    const int resolution = lesson.box.dimension == 2 ? kLikelihoodResolution2D : kLikelihoodResolution3D;
    const auto report = negativeLogLikelihoodInDataUnits(
        *trainer->snapshot(), heldOut, Lattice::over(lesson.box, resolution), axes.standardization);
    training.heldOutNll.back() = report.meanNegativeLogLikelihood;
  } catch (const Error&) {
    // A model that cannot be normalized yet has no likelihood to chart; the divergence guards handle
    // blow-ups.
  }
}

void Simulation::State::endRun(TrainingFrame::State state, const std::string& message) {
  trainingActive = false;
  training.state = state;
  training.message = message;
  trainedSpecPending = true;  // the lesson keeps the weights when a run ends
  if (state == TrainingFrame::State::Diverged) messages.push_back("Training stopped: " + message);
  refreshTrainedModel();
  measureLikelihood();
  trainingLayer = std::make_shared<TrainingFrame>(training);
  changed = true;
}

}  // namespace ebm
