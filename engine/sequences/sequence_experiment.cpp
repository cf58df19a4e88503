#include "sequences/sequence_experiment.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/json_section.h"
#include "core/localized_text.h"

namespace ebm {
namespace {

constexpr int kLandscapeNodes = 91;
// The feed's own streams (the watchdog's sessions use 0 … 3).
constexpr std::uint64_t kFeedStream = 4, kFeedChoiceStream = 5;
// Marker labels (the views' palette): an ordinary step, and a step more surprising than the threshold.
constexpr int kCalmStep = 0, kSurprisingStep = 3;

}  // namespace

std::vector<ExperimentParameter> SequenceExperiment::parameters() {
  return {
      {"watchdog.falseAlarmTarget", EBM_TRANSLATE_NOOP("ebm", "False-alarm target"),
       EBM_TRANSLATE_NOOP(
           "ebm",
           "The share of normal sessions the watchdog may flag: the threshold is that quantile of held-out "
           "normal sessions' mean energy"),
       0.001, 0.5, true, false, "falseAlarmTarget", 0.05},
      {"watchdog.smoothing", EBM_TRANSLATE_NOOP("ebm", "Smoothing α"),
       EBM_TRANSLATE_NOOP("ebm",
                          "p(b | a) = (n(a→b) + α)/(n(a) + 8α): α imaginary sightings of every transition, "
                          "so unseen ones get "
                          "a finite energy"),
       0.001, 10, true, false, "smoothing", 0.1}};
}

SequenceExperiment::SequenceExperiment(const ExperimentContext& context) {
  update(context);
}

void SequenceExperiment::read(const ExperimentContext& context) {
  JsonSection section(context.settings, context.path);
  (void)section.text("kind", kKind);
  if (context.box.dimension != 2) throw LessonError("The sequence watchdog needs a 2D `box`.");
  WatchdogSettings s;
  s.trainingSessions = section.integer("trainingSessions", 2000, 1, 200000);
  s.heldOutSessions = section.integer("heldOutSessions", 1000, 10, 200000);
  s.testSessions = section.integer("testSessions", 1000, 10, 200000);
  s.smoothing = section.number("smoothing", 0.1, 0.001, 10);
  s.falseAlarmTarget = section.number("falseAlarmTarget", 0.05, 0.001, 0.5);
  s.seed = section.seed("seed", 3);
  if (section.has("attack")) {
    JsonSection a(section.at("attack"), section.path("attack"));
    s.attack.shortestBurst = a.integer("shortestBurst", s.attack.shortestBurst, 1, 100);
    s.attack.longestBurst = a.integer("longestBurst", s.attack.longestBurst, 1, 100);
    s.attack.takeover = a.number("takeover", s.attack.takeover, 0, 1);
    if (s.attack.longestBurst < s.attack.shortestBurst) {
      throw LessonError("`" + a.path("longestBurst") + "` must be at least `" + a.path("shortestBurst") +
                        "`.");
    }
  }
  attackShare_ = section.number("attackShare", 0.5, 0, 1);
  framesPerSession_ = section.integer("framesPerSession", 60, 1, 100000);
  secondsPerSession_ = section.number("secondsPerSession", 3, 0.1, 3600);
  settings_ = s;
  box_ = context.box;
  playing_ = context.playing;
}

void SequenceExperiment::update(const ExperimentContext& context) {
  read(context);
  watchdog_ = std::make_unique<SequenceWatchdog>(settings_);
  feed_ = std::make_unique<SessionGenerator>(settings_.seed, kFeedStream, settings_.attack);
  feedChoice_ = Random(settings_.seed, kFeedChoiceStream);
  sessionNumber_ = 0;
  framesShown_ = 0;
  rebuildLandscape();
  drawSession(false);  // the feed opens on a normal session
}

void SequenceExperiment::setParameter(const std::string& name, double value) {
  if (name == "playing") {
    playing_ = value != 0;
    shownSince_ = std::chrono::steady_clock::now();
    return;
  }
  if (name == "watchdog.falseAlarmTarget") {
    watchdog_->setFalseAlarmTarget(value);
  } else if (name == "watchdog.smoothing") {
    watchdog_->setSmoothing(value);
    rebuildLandscape();
  } else {
    return;
  }
  publish();
}

void SequenceExperiment::command(const std::string& name, const nlohmann::json& /*arguments*/) {
  if (name != "normal" && name != "attack")
    throw ArgumentError("The sequence watchdog has no command \"" + name +
                        "\" (it knows normal and attack).");
  drawSession(name == "attack");
}

void SequenceExperiment::drawSession(bool attack) {
  attack_ = attack;
  session_ = attack ? feed_->credentialStuffing() : feed_->normal();
  ++sessionNumber_;
  framesShown_ = 0;
  shownSince_ = std::chrono::steady_clock::now();
  publish();
}

// While playing, the feed shows a new session every few seconds, an attack with the lesson's share.
bool SequenceExperiment::advance(double /*budgetSeconds*/) {
  if (!playing_) return false;
  const double shown = std::chrono::duration<double>(std::chrono::steady_clock::now() - shownSince_).count();
  if (shown >= secondsPerSession_) drawSession(feedChoice_.bernoulli(attackShare_));
  return true;
}

void SequenceExperiment::advanceFrame() {
  if (!playing_) return;
  if (++framesShown_ >= framesPerSession_) drawSession(feedChoice_.bernoulli(attackShare_));
}

// u(a → b) as a field over the box: a plateau per cell, previous event a along x, next event b along y.
void SequenceExperiment::rebuildLandscape() {
  auto grid = std::make_shared<EnergyGrid>();
  grid->lattice = Lattice::over(box_, kLandscapeNodes);
  const Points nodes = grid->lattice.allNodes();
  grid->values.resize(nodes.cols());
  const auto cell = [&](int axis, float v, int cells) {
    const double t = (double(v) - box_.lower[axis]) / (box_.upper[axis] - box_.lower[axis]);
    return std::clamp(int(t * cells), 0, cells - 1);
  };
  const Eigen::MatrixXd& u = watchdog_->energy().energies();
  for (Index i = 0; i < nodes.cols(); ++i)
    grid->values[i] = float(u(cell(0, nodes(0, i), kContextCount), cell(1, nodes(1, i), kEventCount)));
  landscape_ = grid;
}

void SequenceExperiment::publish() {
  auto frame = std::make_shared<SequenceFrame>();
  frame->kind = kKind;
  frame->landscape = landscape_;
  frame->eventNames = eventNames();
  frame->contextNames = contextNames();
  const SequenceWatchdog& w = *watchdog_;
  frame->energies = w.energy().energies();
  frame->smoothing = w.settings().smoothing;
  frame->session = session_;
  frame->stepEnergies = w.energy().stepEnergies(session_);
  frame->meanEnergy = w.energy().meanEnergy(session_);
  frame->attack = attack_;
  frame->flagged = w.flags(session_);
  frame->sessionNumber = sessionNumber_;
  frame->threshold = w.threshold();
  frame->falseAlarmTarget = w.settings().falseAlarmTarget;
  frame->heldOutFalseAlarmRate = w.heldOutFalseAlarmRate();
  frame->falseAlarmRate = w.falseAlarmRate();
  frame->missRate = w.missRate();
  frame->rocArea = w.rocArea();
  frame->heldOutSessions = w.settings().heldOutSessions;
  frame->testSessions = w.settings().testSessions;
  frame->normalScores = w.normalTestScores();
  frame->attackScores = w.attackTestScores();
  // The session's walk over the table: each step at the centre of its cell (a → b).
  const Index steps = Index(session_.size());
  frame->path.resize(2, steps);
  int context = kSessionStart;
  for (Index t = 0; t < steps; ++t) {
    const int event = session_[std::size_t(t)];
    frame->path(0, t) =
        float(box_.lower[0] + (context + 0.5) * (box_.upper[0] - box_.lower[0]) / kContextCount);
    frame->path(1, t) = float(box_.lower[1] + (event + 0.5) * (box_.upper[1] - box_.lower[1]) / kEventCount);
    frame->markerLabels.push_back(frame->stepEnergies[std::size_t(t)] > frame->threshold ? kSurprisingStep
                                                                                         : kCalmStep);
    context = contextAfter(event);
  }
  frame->markers = frame->path;
  frame_ = frame;
  changed_ = true;
}

std::shared_ptr<const ExperimentFrame> SequenceExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
