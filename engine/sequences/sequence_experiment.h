// The experiment of the sequence-watchdog lesson: a feed of web-shop sessions, each scored by the transition
// energy learned from normal sessions, flagged when its mean surprise passes a calibrated threshold.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "experiment/experiment.h"
#include "sequences/sequence_watchdog.h"

namespace ebm {

/// What the watchdog lesson shows in one frame.
struct SequenceFrame : ExperimentFrame {
  std::vector<std::string> eventNames, contextNames;
  Eigen::MatrixXd energies;  ///< u(a → b), kContextCount × kEventCount, nats
  double smoothing = 0.1;    ///< α

  EventSession session;              ///< the session on the timeline
  std::vector<double> stepEnergies;  ///< the surprise of each of its steps
  double meanEnergy = 0;             ///< the session's score
  bool attack = false;               ///< drawn by the credential-stuffing generator
  bool flagged = false;              ///< score > threshold
  int sessionNumber = 0;             ///< how many sessions the feed has shown (1 = the first)

  double threshold = 0, falseAlarmTarget = 0.05;
  double heldOutFalseAlarmRate = 0;  ///< what calibration reached on the held-out normal sessions
  double falseAlarmRate = 0, missRate = 0, rocArea = 0;  ///< on fresh normal sessions and attacks
  int heldOutSessions = 0, testSessions = 0;
  std::vector<double> normalScores, attackScores;  ///< the test sessions' scores, for histograms
};

/// The watchdog lesson's running state. Settings (lesson.experiment, kind "sequences"): "trainingSessions",
/// "heldOutSessions", "testSessions", "smoothing", "falseAlarmTarget", "attack" as {"shortestBurst",
/// "longestBurst", "takeover"}, "seed", "attackShare" (of the feed) and "framesPerSession" (exports) /
/// "secondsPerSession" (the window, while playing). The landscape is the table u(a → b) over the lesson's
/// box: previous event along x (start first), next event along y.
class SequenceExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "sequences";
  /// Its sliders: the false-alarm target and the smoothing α.
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit SequenceExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "normal" or "attack": the next session on the timeline is of that kind.
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  void read(const ExperimentContext& context);
  void drawSession(bool attack);
  void rebuildLandscape();
  void publish();

  WatchdogSettings settings_;
  std::unique_ptr<SequenceWatchdog> watchdog_;
  std::unique_ptr<SessionGenerator> feed_;
  Random feedChoice_;
  double attackShare_ = 0.5;
  int framesPerSession_ = 60;
  double secondsPerSession_ = 3;
  Box box_;
  bool playing_ = true;
  EventSession session_;
  bool attack_ = false;
  int sessionNumber_ = 0;
  int framesShown_ = 0;
  std::chrono::steady_clock::time_point shownSince_;
  std::shared_ptr<const EnergyGrid> landscape_;
  std::shared_ptr<const SequenceFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
