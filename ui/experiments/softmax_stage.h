// The softmax lesson's stage: p(i | u) as bars over the items, with the energies, the last draw of
// recommendations and the entropy; below it, a categorical data set's surprise −log p per category.
#pragma once

#include <QCoreApplication>

#include "choices/softmax_experiment.h"
#include "experiments/experiment_stage.h"

namespace ebmui {

class SoftmaxStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(SoftmaxStage)

 public:
  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
};

}  // namespace ebmui
