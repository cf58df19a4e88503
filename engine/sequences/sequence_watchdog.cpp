#include "sequences/sequence_watchdog.h"

#include <string>

#include "analysis/roc.h"
#include "core/errors.h"

namespace ebm {
namespace {

// Independent streams of the one seed.
enum Stream : std::uint64_t { kTraining = 0, kHeldOut = 1, kNormalTest = 2, kAttackTest = 3 };

std::vector<EventSession> normalSessions(const WatchdogSettings& s, Stream stream, int count) {
  SessionGenerator generator(s.seed, stream, s.attack);
  return generator.normal(count);
}

}  // namespace

void WatchdogSettings::validate() const {
  auto atLeast = [](int n, int least, const char* what) {
    if (n < least || n > 1000000)
      throw ArgumentError(std::string("The watchdog needs ") + std::to_string(least) + " to 1000000 " + what +
                          ", not " + std::to_string(n) + ".");
  };
  atLeast(trainingSessions, 1, "training sessions");
  atLeast(heldOutSessions, 10, "held-out sessions");
  atLeast(testSessions, 10, "test sessions");
  if (!(smoothing > 0)) throw ArgumentError("The smoothing α must be positive.");
  if (!(falseAlarmTarget > 0 && falseAlarmTarget < 1))
    throw ArgumentError("The false-alarm target must lie in (0, 1).");
  attack.validate();
}

SequenceWatchdog::SequenceWatchdog(const WatchdogSettings& settings)
    : settings_((settings.validate(), settings)),
      heldOut_(normalSessions(settings_, kHeldOut, settings_.heldOutSessions)),
      normalTest_(normalSessions(settings_, kNormalTest, settings_.testSessions)),
      attackTest_(SessionGenerator(settings_.seed, kAttackTest, settings_.attack)
                      .credentialStuffing(settings_.testSessions)),
      energy_(normalSessions(settings_, kTraining, settings_.trainingSessions), settings_.smoothing) {
  score();
}

void SequenceWatchdog::setSmoothing(double smoothing) {
  energy_.setSmoothing(smoothing);
  settings_.smoothing = smoothing;
  score();
}

void SequenceWatchdog::setFalseAlarmTarget(double target) {
  threshold_ = calibratedThreshold(heldOutScores_, target);
  settings_.falseAlarmTarget = target;
}

void SequenceWatchdog::score() {
  heldOutScores_ = energy_.meanEnergies(heldOut_);
  normalScores_ = energy_.meanEnergies(normalTest_);
  attackScores_ = energy_.meanEnergies(attackTest_);
  setFalseAlarmTarget(settings_.falseAlarmTarget);
}

double SequenceWatchdog::heldOutFalseAlarmRate() const {
  return shareAbove(heldOutScores_, threshold_);
}

double SequenceWatchdog::falseAlarmRate() const {
  return shareAbove(normalScores_, threshold_);
}

double SequenceWatchdog::missRate() const {
  return 1.0 - shareAbove(attackScores_, threshold_);
}

double SequenceWatchdog::rocArea() const {
  return rocCurve(normalScores_, attackScores_).area;
}

}  // namespace ebm
