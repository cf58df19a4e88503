#include "hopfield/hopfield_experiment.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.h"
#include "core/localized_text.h"
#include "hopfield/hopfield_landscape.h"

namespace ebm {
namespace {

using Clock = std::chrono::steady_clock;
using namespace hopfield;
constexpr double kFrameSeconds = 1.0 / 30;  // live pace: one frame's updates every 1/30 s
constexpr std::size_t kHistoryPoints = 2000;
constexpr int kLandscapeNodes = 49;
constexpr std::size_t kShownUpdates = 32;
constexpr Index kWarmSweeps =
    200;  // at T > 0 there is no fixed point: the recall stops after this many sweeps

}  // namespace

std::vector<ExperimentParameter> HopfieldExperiment::parameters() {
  return {
      {"hopfield.noise", EBM_TRANSLATE_NOOP("ebm", "Cue noise"),
       EBM_TRANSLATE_NOOP("ebm", "The fraction of the memory's pixels flipped to make the cue"), 0, 0.5,
       false, false, "noise", 0.2},
      {"hopfield.temperature", EBM_TRANSLATE_NOOP("ebm", "Temperature T"),
       EBM_TRANSLATE_NOOP(
           "ebm",
           "T = 0: each unit aligns with its field hᵢ, so E never rises; T > 0: it takes +1 with probability "
           "1/(1 + e^{−2hᵢ/T}) (Glauber)"),
       0, 1.5, false, false, "temperature", 0},
      {"hopfield.pace", EBM_TRANSLATE_NOOP("ebm", "Pace (updates per frame)"),
       EBM_TRANSLATE_NOOP(
           "ebm", "How many units are updated per frame for the class to watch; 256 updates make one sweep"),
       1, kMaxUpdatesPerFrame, true, true, "updatesPerFrame", 8},
  };
}

HopfieldExperiment::HopfieldExperiment(const ExperimentContext& context) {
  update(context);
}

void HopfieldExperiment::update(const ExperimentContext& context) {
  settings_ = readHopfieldSettings(context.settings, context.path);
  playing_ = context.playing;
  random_ = Random(settings_.seed, 3);
  storedPatterns(settings_, patterns_, names_);
  sharedPatterns_ = std::make_shared<const Patterns>(patterns_);
  couplings_ = std::make_shared<const Couplings>(storePatterns(patterns_, settings_.rule));
  system_ = std::make_unique<HopfieldSystem>(couplings_, patterns_.col(0));
  landscape_ =
      overlapLandscape(*couplings_, patterns_.col(patternIndex(settings_.axes[0])),
                       patterns_.col(patternIndex(settings_.axes[1])), kLandscapeNodes, settings_.seed);
  makeCue();
}

Index HopfieldExperiment::patternIndex(const std::string& name) const {
  return Index(std::find(names_.begin(), names_.end(), name) - names_.begin());
}

// The cue: the painted picture if there is one, else the chosen memory with `noise` of its pixels flipped.
// The flips come from the seed and the number of cues drawn, so the same slider value gives the same cue.
void HopfieldExperiment::makeCue() {
  if (!settings_.painted.empty()) {
    State cue(kUnits);
    for (Index i = 0; i < kUnits; ++i)
      cue[i] = settings_.painted[std::size_t(i)] == '#' ? 1 : -1;
    restartFrom(cue, true);
    return;
  }
  Random draw(settings_.seed, 1000 + cueDraws_);
  restartFrom(corrupt(patterns_.col(patternIndex(settings_.cue)), settings_.noise, draw), true);
}

void HopfieldExperiment::restartFrom(const State& cue, bool recall) {
  cue_ = cue;
  system_->setState(cue);
  updates_ = 0;
  warmFrom_ = 0;
  orderAt_ = 0;
  order_.clear();
  lastUpdated_.clear();
  recalling_ = recall;
  settled_ = false;
  historyUpdates_.clear();
  historyEnergy_.clear();
  historyOverlaps_.assign(std::size_t(std::min<Index>(kHistoryPatterns, patterns_.cols())), {});
  path_.resize(2, 0);
  record();
  publish();
}

void HopfieldExperiment::setParameter(const std::string& name, double value) {
  if (name == "playing") {
    playing_ = value >= 0.5;
    lastFrameTime_ = {};
  } else if (name == "hopfield.noise") {
    settings_.noise = value;
    settings_.painted.clear();
    makeCue();
    return;
  } else if (name == "hopfield.temperature") {
    settings_.temperature = value;
    // A settled state is a fixed point only at T = 0: warming it up lets it move again.
    if (value > 0 && settled_) {
      settled_ = false;
      recalling_ = true;
      changesThisSweep_ = 0;
    }
    warmFrom_ = updates_;
  } else if (name == "hopfield.pace") {
    settings_.updatesPerFrame = std::clamp(int(std::lround(value)), 1, kMaxUpdatesPerFrame);
  } else {
    return;  // the lesson's own temperature does not reach a Hopfield network
  }
  publish();
}

void HopfieldExperiment::command(const std::string& name, const nlohmann::json& arguments) {
  const nlohmann::json args = arguments.is_object() ? arguments : nlohmann::json::object();
  if (name == "cue") {
    ++cueDraws_;
    settings_.painted.clear();
    makeCue();
  } else if (name == "paint") {
    const int cell = args.value("cell", -1);
    const int value = args.value("value", 0);
    if (cell < 0 || cell >= kUnits || (value != 1 && value != -1))
      throw ArgumentError("Painting takes a cell from 0 to 255 and a value of 1 (ink) or −1 (paper).");
    State picture = system_->state();
    picture[cell] = value;
    restartFrom(picture, false);
  } else if (name == "recall") {
    recalling_ = !settled_;
    changesThisSweep_ = 0;
    warmFrom_ = updates_;
    publish();
  } else if (name == "step") {
    const std::int64_t n = args.value("updates", std::int64_t(settings_.updatesPerFrame));
    if (n < 1 || n > 1000000) throw ArgumentError("A step is 1 to 1,000,000 updates.");
    if (!settled_) run(Index(n));
    publish();
  } else if (name == "capacity") {
    CapacityOptions options;
    options.neurons = args.value("neurons", Index(400));
    options.seed = args.value("seed", settings_.seed);
    if (options.neurons < 50 || options.neurons > 1000)
      throw ArgumentError(
          "The capacity experiment in the window takes 50 to 1,000 neurons (the command line takes more).");
    capacity_ = std::make_shared<const CapacityCurve>(measureCapacity(options));
    publish();
  } else {
    throw ArgumentError("The Hopfield lesson has no command \"" + name + "\".");
  }
}

// Asynchronous dynamics in sweeps of a fresh random order: every unit is updated once per sweep, one at a
// time, each seeing the fields its predecessors left. At T = 0 a sweep without a change is a fixed point:
// settled.
void HopfieldExperiment::run(Index updates) {
  const double t = settings_.temperature;
  for (Index u = 0; u < updates; ++u) {
    if (orderAt_ == order_.size()) {
      if (!order_.empty() && t <= 0 && changesThisSweep_ == 0) {
        settled_ = true;
        recalling_ = false;
        break;
      }
      if (t > 0 && updates_ - warmFrom_ >= kWarmSweeps * kUnits) {
        recalling_ = false;
        break;
      }
      order_.resize(std::size_t(kUnits));
      std::iota(order_.begin(), order_.end(), Index(0));
      for (std::size_t k = order_.size(); k > 1; --k)
        std::swap(order_[k - 1], order_[std::size_t(random_.below(k))]);
      orderAt_ = 0;
      changesThisSweep_ = 0;
    }
    const Index unit = order_[orderAt_++];
    changesThisSweep_ += system_->updateUnit(unit, t, random_);
    ++updates_;
    lastUpdated_.push_back(int(unit));
  }
  // The stage outlines the newest few: at a fast pace an outline on every unit would say nothing.
  if (lastUpdated_.size() > kShownUpdates)
    lastUpdated_.erase(lastUpdated_.begin(), lastUpdated_.end() - std::ptrdiff_t(kShownUpdates));
  // Settled as soon as every unit agrees with its field, without waiting for the sweep to end.
  if (t <= 0 && system_->state().cwiseProduct(system_->fields()).minCoeff() >= 0) {
    settled_ = true;
    recalling_ = false;
  }
  record();
}

// One point per batch; past kHistoryPoints every other point goes, so the history spans the whole recall.
void HopfieldExperiment::record() {
  const Eigen::VectorXd m = overlaps(patterns_, system_->state());
  historyUpdates_.push_back(double(updates_));
  historyEnergy_.push_back(system_->energy());
  for (std::size_t k = 0; k < historyOverlaps_.size(); ++k)
    historyOverlaps_[k].push_back(m[Index(k)]);
  path_.conservativeResize(2, path_.cols() + 1);
  path_(0, path_.cols() - 1) = float(m[patternIndex(settings_.axes[0])]);
  path_(1, path_.cols() - 1) = float(m[patternIndex(settings_.axes[1])]);
  if (historyUpdates_.size() > kHistoryPoints) {
    auto halve = [](std::vector<double>& v) {
      std::size_t out = 0;
      for (std::size_t i = 0; i < v.size(); i += 2)
        v[out++] = v[i];
      v.resize(out);
    };
    halve(historyUpdates_);
    halve(historyEnergy_);
    for (auto& o : historyOverlaps_)
      halve(o);
    Points kept(2, (path_.cols() + 1) / 2);
    for (Index i = 0; i < kept.cols(); ++i)
      kept.col(i) = path_.col(2 * i);
    path_ = kept;
  }
}

bool HopfieldExperiment::advance(double /*budgetSeconds*/) {
  if (!playing_ || !recalling_) return false;
  // The class watches at a fixed pace: one frame's updates every 1/30 s, whatever the worker's tick.
  const auto now = Clock::now();
  if (lastFrameTime_ != Clock::time_point{} &&
      std::chrono::duration<double>(now - lastFrameTime_).count() < kFrameSeconds) {
    return true;
  }
  lastFrameTime_ = now;
  lastUpdated_.clear();
  run(settings_.updatesPerFrame);
  publish();
  return recalling_;
}

void HopfieldExperiment::advanceFrame() {
  if (!playing_ || !recalling_) return;
  lastUpdated_.clear();
  run(settings_.updatesPerFrame);
  publish();
}

void HopfieldExperiment::publish() {
  auto frame = std::make_shared<HopfieldFrame>();
  frame->kind = kKind;
  frame->state = system_->state();
  frame->cue = cue_;
  frame->patternNames = names_;
  frame->patterns = sharedPatterns_;
  frame->overlaps = overlaps(patterns_, system_->state());
  frame->energy = system_->energy();
  frame->updates = updates_;
  frame->lastUpdated = lastUpdated_;
  frame->recalling = recalling_;
  frame->settled = settled_;
  frame->temperature = settings_.temperature;
  frame->noise = settings_.noise;
  frame->rule = storageRuleName(settings_.rule);
  frame->cueName = settings_.painted.empty() ? settings_.cue : std::string();
  frame->axes[0] = int(patternIndex(settings_.axes[0]));
  frame->axes[1] = int(patternIndex(settings_.axes[1]));
  frame->historyUpdates = std::make_shared<const std::vector<double>>(historyUpdates_);
  frame->historyEnergy = std::make_shared<const std::vector<double>>(historyEnergy_);
  frame->historyOverlaps = std::make_shared<const std::vector<std::vector<double>>>(historyOverlaps_);
  frame->capacity = capacity_;
  frame->landscape = landscape_;
  // The two memories of the landscape and their negatives (a Hopfield network stores −ξ as well as ξ).
  const double q = patterns_.col(frame->axes[0]).dot(patterns_.col(frame->axes[1])) / double(kUnits);
  frame->markers.resize(2, 4);
  frame->markers << 1, float(q), -1, float(-q), float(q), 1, float(-q), -1;
  frame->markerLabels = {0, 0, 1, 1};
  frame->path = path_;
  frame_ = frame;
  changed_ = true;
}

std::shared_ptr<const ExperimentFrame> HopfieldExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
