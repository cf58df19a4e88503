#include "contrastive/contrastive_experiment.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "contrastive/info_nce.h"
#include "core/errors.h"
#include "core/json_read.h"
#include "core/json_section.h"
#include "core/localized_text.h"
#include "data/data_set_registry.h"
#include "energy/activation.h"

namespace ebm {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kLandscapeNodes = 97;
constexpr double kPublishSeconds = 0.1;  // a live run refreshes the views ten times a second

double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The bucket of a direction's angle around the circle (for the sphere: its longitude), 0 … buckets − 1.
int angleBucket(float x, float y, int buckets) {
  const double turn = (std::atan2(double(y), double(x)) + std::numbers::pi) / (2 * std::numbers::pi);
  return std::clamp(int(turn * buckets), 0, buckets - 1);
}

std::vector<int> widthsAt(JsonSection& section, const std::string& key, std::vector<int> fallback) {
  if (!section.has(key)) return fallback;
  const auto widths = json_read::vector(section.at(key), section.path(key));
  if (widths.size() < 1 || widths.size() > 4)
    throw LessonError("`" + section.path(key) + "` must list 1 to 4 layer widths.");
  std::vector<int> out;
  for (Index i = 0; i < widths.size(); ++i) {
    if (widths[i] != std::floor(widths[i]) || widths[i] < 1 || widths[i] > 256) {
      throw LessonError("`" + section.path(key) + "[" + std::to_string(i) +
                        "]` must be a whole number from 1 to 256.");
    }
    out.push_back(int(widths[i]));
  }
  return out;
}

}  // namespace

std::vector<ExperimentParameter> ContrastiveExperiment::parameters() {
  return {
      {"contrastive.viewNoise", EBM_TRANSLATE_NOOP("ebm", "View noise σ"),
       EBM_TRANSLATE_NOOP(
           "ebm",
           "The augmentation: each view of a point is x + σξ. Views of one point are the positive pair"),
       0, 2, false, false, "viewNoise", 0.3},
      {"contrastive.anchorX", EBM_TRANSLATE_NOOP("ebm", "Anchor x"),
       EBM_TRANSLATE_NOOP("ebm", "The point x whose energy E(x, y) = −g(x)·g(y)/τ the landscape draws"), -100,
       100, false, false, "anchorX", 0},
      {"contrastive.anchorY", EBM_TRANSLATE_NOOP("ebm", "Anchor y"),
       EBM_TRANSLATE_NOOP("ebm", "The point x whose energy E(x, y) = −g(x)·g(y)/τ the landscape draws"), -100,
       100, false, false, "anchorY", 0},
  };
}

ContrastiveExperiment::ContrastiveExperiment(const ExperimentContext& context) {
  read(context);
  restart(trainOnOpen_);
}

void ContrastiveExperiment::read(const ExperimentContext& context) {
  JsonSection section(context.settings, context.path);
  (void)section.text("kind", kKind);
  if (context.box.dimension != 2) throw LessonError("The contrastive lesson needs a 2D `box`.");
  box_ = context.box;
  {
    JsonSection data(section.at("data"), section.path("data"));
    const std::string name = data.text("name", "8gaussians");
    DataSetRecipe recipe;
    recipe.n = data.integer("points", 2000, 16, 100000);
    if (data.has("noise")) recipe.noise = data.number("noise", 0, 0, 10);
    recipe.seed = data.seed("seed", 1);
    try {
      if (dataSetInfo(name).dimension != 2)
        throw LessonError("`" + data.path("name") + "` must be a 2D data set; \"" + name + "\" is 3D.");
      DataSet set = generateDataSet(name, recipe);
      data_ = std::move(set.points);
      labels_ = std::move(set.labels);
    } catch (const ArgumentError& e) {
      throw LessonError("`" + data.path("name") + "`: " + e.what());
    }
  }
  ContrastiveSettings t;
  t.architecture.inputs = 2;
  t.architecture.embedding = section.integer("embedding", 2, 2, 3);
  t.architecture.hiddenWidths = widthsAt(section, "hiddenWidths", {64, 64});
  try {
    t.architecture.activation.kind = activationFromName(section.text("activation", "tanh"));
  } catch (const ArgumentError& e) {
    throw LessonError("`" + section.path("activation") + "`: " + e.what());
  }
  t.batchSize = section.integer("batchSize", 256, 2, 4096);
  t.learningRate = section.number("learningRate", 3e-3, 1e-6, 0.5);
  t.iterations = section.integer("iterations", 1500, 1, 1000000);
  t.viewNoise = section.number("viewNoise", 0.3, 0, 2);
  t.seed = section.seed("seed", 7);
  t.evaluationPairs = section.integer("evaluationPairs", 512, 2, 2048);
  t.temperature = context.temperature;
  training_ = t;
  iterationsPerFrame_ = section.integer("iterationsPerFrame", 8, 1, 1000);
  trainOnOpen_ = section.flag("trainOnOpen", false);
  shownPoints_ = section.integer("shownPoints", 1000, 1, 100000);
  markers_ = section.integer("markers", 160, 0, 10000);
  anchor_[0] = std::clamp(section.number("anchorX", 0, -100, 100), box_.lower[0], box_.upper[0]);
  anchor_[1] = std::clamp(section.number("anchorY", 0, -100, 100), box_.lower[1], box_.upper[1]);
  playing_ = context.playing;
}

void ContrastiveExperiment::update(const ExperimentContext& context) {
  const bool running = state_ == TrainingFrame::State::Running;
  read(context);
  restart(running);
}

void ContrastiveExperiment::restart(bool running) {
  trainer_ = std::make_unique<ContrastiveTrainer>(data_, training_);
  state_ = running ? TrainingFrame::State::Running : TrainingFrame::State::Idle;
  message_.clear();
  runSeconds_ = 0;
  publish();
}

void ContrastiveExperiment::setParameter(const std::string& name, double value) {
  if (name == "temperature") {
    training_.temperature = value;
    trainer_->setTemperature(value);
  } else if (name == "playing") {
    playing_ = value != 0;
    return;
  } else if (name == "contrastive.viewNoise") {
    training_.viewNoise = value;
    trainer_->setViewNoise(value);
  } else if (name == "contrastive.anchorX" || name == "contrastive.anchorY") {
    const int axis = name == "contrastive.anchorX" ? 0 : 1;
    anchor_[axis] = std::clamp(value, box_.lower[axis], box_.upper[axis]);
  } else {
    return;
  }
  publish();
}

void ContrastiveExperiment::command(const std::string& name, const nlohmann::json& /*arguments*/) {
  using State = TrainingFrame::State;
  if (name == "train") {
    if (state_ == State::Finished || state_ == State::Stopped || state_ == State::Diverged) restart(true);
    state_ = State::Running;
  } else if (name == "pause") {
    if (state_ == State::Running) state_ = State::Paused;
  } else if (name == "stop") {
    if (state_ == State::Running || state_ == State::Paused) {
      state_ = State::Stopped;
      message_ = "Stopped after " + std::to_string(trainer_->iteration()) + " steps; the encoder is kept.";
    }
  } else if (name == "reset") {
    restart(false);
    return;
  } else {
    throw ArgumentError("The contrastive lesson has no command \"" + name + "\".");
  }
  publish();
}

// Steps until `steps` are done or `budgetSeconds` have passed (whichever comes first; a negative budget:
// no time limit).
void ContrastiveExperiment::train(int steps, double budgetSeconds) {
  const auto start = Clock::now();
  try {
    for (int i = 0; i < steps && !trainer_->finished(); ++i) {
      trainer_->step();
      if (budgetSeconds >= 0 && secondsSince(start) >= budgetSeconds) break;
    }
  } catch (const NumericError& e) {
    state_ = TrainingFrame::State::Diverged;
    message_ = e.what();
  }
  runSeconds_ += secondsSince(start);
  if (state_ == TrainingFrame::State::Running && trainer_->finished()) {
    state_ = TrainingFrame::State::Finished;
    message_ = "Finished " + std::to_string(trainer_->iteration()) + " steps in " +
               std::to_string(int(std::lround(runSeconds_))) + " s.";
  }
}

bool ContrastiveExperiment::advance(double budgetSeconds) {
  if (state_ != TrainingFrame::State::Running || !playing_) return false;
  train(1 << 30, budgetSeconds);
  if (state_ != TrainingFrame::State::Running || secondsSince(lastPublished_) >= kPublishSeconds) publish();
  return state_ == TrainingFrame::State::Running;
}

void ContrastiveExperiment::advanceFrame() {
  if (state_ != TrainingFrame::State::Running || !playing_) return;
  train(iterationsPerFrame_, -1);
  publish();
}

// The frame: the data as the encoder sees it, E(x, ·) for the anchor x over the box, the run's histories.
void ContrastiveExperiment::publish() {
  auto frame = std::make_shared<ContrastiveFrame>();
  frame->kind = kKind;
  const Encoder& encoder = trainer_->encoder();
  const int k = encoder.architecture().embedding;
  frame->embeddingDimension = k;
  frame->box = box_;
  const Index shown = std::min<Index>(shownPoints_, data_.cols());
  frame->points = data_.leftCols(shown);
  frame->embeddings = encoder.encode(frame->points);
  for (Index i = 0; i < shown; ++i)
    frame->buckets.push_back(angleBucket(frame->embeddings(0, i), frame->embeddings(1, i), kAngleBuckets));
  if (!labels_.empty()) frame->clusters.assign(labels_.begin(), labels_.begin() + shown);
  frame->anchor[0] = anchor_[0];
  frame->anchor[1] = anchor_[1];
  Points anchor(2, 1);
  anchor << float(anchor_[0]), float(anchor_[1]);
  frame->anchorEmbedding = encoder.encode(anchor).col(0);
  frame->temperature = training_.temperature;
  frame->viewNoise = training_.viewNoise;
  frame->batchSize = int(std::min<Index>(training_.batchSize, data_.cols()));

  // E(x, y) = −g(x)·g(y)/τ: lowest where the encoder sends y next to the anchor on the circle.
  auto grid = std::make_shared<EnergyGrid>();
  grid->lattice = Lattice::over(box_, kLandscapeNodes);
  const Points g = encoder.encode(grid->lattice.allNodes());
  grid->values = -(frame->anchorEmbedding.transpose() * g).transpose() / float(training_.temperature);
  frame->landscape = grid;
  const Index markers = std::min<Index>(markers_, shown);
  frame->markers = frame->points.leftCols(markers);
  for (Index i = 0; i < markers; ++i)
    frame->markerLabels.push_back(bucketLabel(frame->buckets[std::size_t(i)]));
  frame->path = anchor;

  const ContrastiveHistory& h = trainer_->history();
  TrainingFrame& t = frame->training;
  t.state = state_;
  t.iteration = trainer_->iteration();
  t.totalIterations = training_.iterations;
  t.elapsedSeconds = runSeconds_;
  t.etaSeconds = t.iteration > 0 && state_ == TrainingFrame::State::Running
                     ? runSeconds_ / double(t.iteration) * double(t.totalIterations - t.iteration)
                     : -1;
  t.iterations = h.steps;
  t.loss = h.loss;
  t.message = message_;
  frame->evaluatedAt = h.evaluatedAt;
  frame->evaluationLoss = h.evaluationLoss;
  frame->alignment = h.alignment;
  frame->uniformity = h.uniformity;
  frame->pickRate = h.pickRate;
  frame->evaluationPairs = training_.evaluationPairs;
  frame->uniformCircleUniformity = uniformSphereUniformity(k);
  frame_ = frame;
  changed_ = true;
  lastPublished_ = Clock::now();
}

std::shared_ptr<const ExperimentFrame> ContrastiveExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
