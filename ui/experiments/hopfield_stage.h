// Paints the Hopfield lesson's stage: the network's 16×16 units as they are updated one by one, the cue it
// started from, and every stored memory with the state's overlap with it.
#pragma once

#include <QCoreApplication>
#include <QRectF>

#include "experiments/experiment_stage.h"
#include "hopfield/hopfield_experiment.h"

namespace ebmui {

class HopfieldStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(HopfieldStage)
 public:
  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
  /// Where the network's picture is drawn in `area`: the panel maps mouse positions to units with it.
  [[nodiscard]] static QRectF stateRect(const QRectF& area);
  /// The unit under `position` in a stage of `area`, or −1.
  [[nodiscard]] static int unitAt(const QRectF& area, QPointF position);

 private:
  static void paintMemories(QPainter& painter, const QRectF& room, double margin,
                            const ebm::HopfieldFrame& frame, Eigen::Index best);
};

}  // namespace ebmui
