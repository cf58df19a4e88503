// The Sudoku lesson's stage: the board as the descent leaves it — clues in bold, digits propagation forced in
// blue, the descent's digits in grey, cells in a violated row or column glowing — and the energy above it.
#pragma once

#include <QCoreApplication>

#include "experiments/experiment_stage.h"
#include "sudoku/sudoku_experiment.h"

namespace ebmui {

class SudokuStage : public StagePainter {
  Q_DECLARE_TR_FUNCTIONS(SudokuStage)

 public:
  void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const override;
};

}  // namespace ebmui
