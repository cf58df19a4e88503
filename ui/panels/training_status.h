// What a training run's status line says — ready, running with its time left, paused, finished, stopped or
// diverged, and the run's own message — for every panel that runs a trainer.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "simulation/frame.h"

namespace ebmui {

/// m:ss, or "—" for a negative (unknown) time.
[[nodiscard]] QString clockText(double seconds);

class TrainingStatus {
  Q_DECLARE_TR_FUNCTIONS(TrainingStatus)

 public:
  /// The status of `run` as rich text (its message escaped, on a line of its own).
  [[nodiscard]] static QString text(const ebm::TrainingFrame& run);
};

}  // namespace ebmui
