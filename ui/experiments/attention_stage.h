// The attention lesson's stage: the attention weights softmax(β s(ξ)) over the stored patterns as bars, with
// E(ξ), β and the number of steps.
#pragma once

#include <QCoreApplication>

#include "attention/attention_experiment.h"
#include "experiments/experiment_stage.h"

namespace ebmui {

class AttentionStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(AttentionStage)

 public:
  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
};

}  // namespace ebmui
