// The contrastive lesson's stage: the data coloured by where the encoder sends it (its angle on the circle),
// beside the embedding itself — points on the unit circle (or a sphere seen from outside) with the softmax
// p(y | x) ∝ exp(g(x)·g(y)/τ) of the anchor x drawn around it — and the run's numbers.
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <optional>

#include "contrastive/contrastive_experiment.h"
#include "experiments/experiment_stage.h"

namespace ebmui {

class ContrastiveStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(ContrastiveStage)

 public:
  /// Where the parts go in a stage of `area`: the title, the data plane, the embedding, the numbers.
  struct Layout {
    QRectF title, plane, embedding, footer;
  };
  [[nodiscard]] static Layout layout(const QRectF& area);
  /// The data coordinates under `pixel` when it falls on the data plane of a stage of `area` showing `box`.
  [[nodiscard]] static std::optional<QPointF> planePoint(const QRectF& area, const ebm::Box& box,
                                                         QPointF pixel);

  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
};

}  // namespace ebmui
