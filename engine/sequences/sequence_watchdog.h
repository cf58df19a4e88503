// The sequence watchdog: a transition energy trained on normal sessions, a threshold on a session's mean
// energy calibrated on held-out normal sessions, and its false-alarm and miss rates on fresh sessions.
#pragma once

#include <cstdint>
#include <vector>

#include "sequences/event_sessions.h"
#include "sequences/transition_energy.h"

namespace ebm {

struct WatchdogSettings {
  int trainingSessions = 2000;     ///< normal sessions the energy is counted from
  int heldOutSessions = 1000;      ///< normal sessions the threshold is calibrated on
  int testSessions = 1000;         ///< fresh normal sessions and attacks each, for the rates
  double smoothing = 0.1;          ///< α of the transition energy
  double falseAlarmTarget = 0.05;  ///< the share of normal sessions the threshold may flag
  AttackSettings attack;
  std::uint64_t seed = 3;
  /// Throws ArgumentError naming what cannot be used.
  void validate() const;
};

/// Flags a session when its mean energy is above the threshold. The training, held-out and test sessions come
/// from independent streams of one seed: the same settings give the same rates on every machine.
class SequenceWatchdog {
 public:
  explicit SequenceWatchdog(const WatchdogSettings& settings);

  /// A new α: the energy is recounted, the threshold calibrated again.
  void setSmoothing(double smoothing);
  /// A new target: the threshold is calibrated again. Throws ArgumentError outside (0, 1).
  void setFalseAlarmTarget(double target);

  [[nodiscard]] const WatchdogSettings& settings() const { return settings_; }
  [[nodiscard]] const TransitionEnergy& energy() const { return energy_; }
  [[nodiscard]] double threshold() const { return threshold_; }
  [[nodiscard]] bool flags(const EventSession& session) const {
    return energy_.meanEnergy(session) > threshold_;
  }

  /// Shares flagged: of the held-out normal sessions (what calibration aimed at the target), of fresh normal
  /// sessions (false alarms), and of attacks missed.
  [[nodiscard]] double heldOutFalseAlarmRate() const;
  [[nodiscard]] double falseAlarmRate() const;
  [[nodiscard]] double missRate() const;
  /// The chance an attack scores above a normal session (area under the ROC curve).
  [[nodiscard]] double rocArea() const;

  [[nodiscard]] const std::vector<double>& heldOutScores() const { return heldOutScores_; }
  [[nodiscard]] const std::vector<double>& normalTestScores() const { return normalScores_; }
  [[nodiscard]] const std::vector<double>& attackTestScores() const { return attackScores_; }

 private:
  void score();

  WatchdogSettings settings_;
  std::vector<EventSession> heldOut_, normalTest_, attackTest_;
  TransitionEnergy energy_;
  std::vector<double> heldOutScores_, normalScores_, attackScores_;
  double threshold_ = 0;
};

}  // namespace ebm
