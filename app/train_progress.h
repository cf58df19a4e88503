// The progress of a headless training run on stderr: a one-line bar on a terminal, plain periodic lines
// otherwise (a log file, a pipe, a test).
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "training/trainer.h"

namespace ebmapp {

class TrainProgress {
 public:
  /// `label` names the run ("pcd on 8gaussians"); the budget is `iterations` or, if 0, `seconds` of
  /// training. The bar is drawn when `stream` is a terminal.
  TrainProgress(std::FILE* stream, std::string label, std::int64_t iterations, double seconds);

  /// After an iteration: redraws the bar at most ten times a second, or prints a line every tenth of the run.
  void update(const ebm::TrainingMetrics& metrics);
  /// The last state, and the end of the bar's line.
  void finish(const ebm::TrainingMetrics& metrics);

 private:
  [[nodiscard]] double fraction(const ebm::TrainingMetrics& metrics) const;
  void draw(const ebm::TrainingMetrics& metrics);
  void line(const ebm::TrainingMetrics& metrics);

  std::FILE* stream_;
  std::string label_;
  std::int64_t iterations_;
  double seconds_;
  bool terminal_;
  std::chrono::steady_clock::time_point start_, lastDraw_;
  int nextTenth_ = 1;
  std::int64_t lastLineStep_ = -1;  ///< the iteration of the last plain line
};

}  // namespace ebmapp
