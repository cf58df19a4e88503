// The sequence watchdog's stage: a session's timeline — each event with its surprise u(e_{t−1} → e_t) as a
// bar, the session's mean against the calibrated threshold, and the verdict — above the scores of fresh
// normal sessions and credential-stuffing attacks with the false-alarm and miss rates they give.
#pragma once

#include <QCoreApplication>

#include "experiments/experiment_stage.h"
#include "sequences/sequence_experiment.h"

namespace ebmui {

class SequenceStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(SequenceStage)

 public:
  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
};

}  // namespace ebmui
