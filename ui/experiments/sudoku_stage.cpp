#include "experiments/sudoku_stage.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "experiments/sudoku_methods.h"
#include "style/palette.h"

namespace ebmui {
namespace {

// Okabe–Ito colours: told apart with every common colour vision deficiency.
const QColor kForced(palette::kSkyBlue.qcolor());       // propagation's digits
const QColor kConflict(palette::kVermillion.qcolor());  // a cell in a violated row or column
const QColor kSolved(palette::kBluishGreen.qcolor());
const QColor kBoard(28, 32, 40);
const QColor kThin(90, 98, 112);

}  // namespace

void SudokuStage::paint(QPainter& p, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::SudokuFrame&>(frame);
  const auto& s = f.snapshot;
  const double margin = std::max(8.0, std::min(area.width(), area.height()) * 0.04);
  const double header = std::max(28.0, area.height() * 0.11);
  const double side =
      std::max(10.0, std::min(area.width() - 2 * margin, area.height() - header - 2 * margin));
  const QRectF board(area.center().x() - side / 2, area.top() + header + margin, side, side);
  const double cell = side / 9;

  // Header: the energy and what the search has done.
  QString title;
  if (!f.contradiction.empty()) {
    title = tr("No solution: %1").arg(QString::fromStdString(f.contradiction));
  } else if (s.solved) {
    title = tr("Solved: E = 0 after %1 sweeps (%2 s)").arg(s.sweeps).arg(f.seconds, 0, 'f', 3);
  } else {
    title =
        tr("E = %1 conflicts   ·   %2 sweeps   ·   %3 reheats").arg(s.energy).arg(s.sweeps).arg(s.reheats);
  }
  p.setFont(stageFont(p, header * 0.42, true));
  p.setPen(s.solved ? kSolved : !f.contradiction.empty() ? kConflict : kStageText);
  QFontMetricsF metrics(p.font());
  if (metrics.horizontalAdvance(title) > area.width() - 2 * margin) {
    p.setFont(
        stageFont(p, header * 0.42 * (area.width() - 2 * margin) / metrics.horizontalAdvance(title), true));
  }
  const QRectF titleArea(area.left() + margin, area.top() + margin * 0.5, area.width() - 2 * margin,
                         header * 0.6);
  p.drawText(titleArea, Qt::AlignHCenter | Qt::AlignVCenter, title);
  p.setFont(stageFont(p, header * 0.26, false));
  p.setPen(kStageDim);
  const QString subtitle =
      tr("%1   ·   %2   ·   %3 cells forced by the rules before descending")
          .arg(f.puzzleName.empty() ? tr("puzzle") : QString::fromStdString(f.puzzleName),
               sudokuMethodBrief(f.method))
          .arg(f.propagatedCells);
  drawFittedText(p, QRectF(titleArea.left(), titleArea.bottom(), titleArea.width(), header * 0.4),
                 Qt::AlignHCenter | Qt::AlignVCenter, subtitle);

  // Cells: background glows with the cell's conflicts.
  p.fillRect(board, kBoard);
  for (int r = 0; r < 9; ++r) {
    for (int c = 0; c < 9; ++c) {
      const std::size_t i = std::size_t(r * 9 + c);
      const QRectF box(board.left() + c * cell, board.top() + r * cell, cell, cell);
      if (s.conflicts[i] > 0 && !s.solved) {
        QColor glow = kConflict;
        glow.setAlphaF(float(std::min(0.85, 0.25 + 0.2 * s.conflicts[i])));
        p.fillRect(box, glow);
      }
      const int digit = s.board[i];
      if (digit == 0) continue;
      const bool clue = s.clue[i];
      p.setFont(stageFont(p, cell * (clue ? 0.62 : 0.56), clue));
      p.setPen(clue ? kStageText : s.propagated[i] ? kForced : s.solved ? kSolved : kStageDim);
      p.drawText(box, Qt::AlignCenter, QString::number(digit));
    }
  }
  // Grid: thin lines between cells, thick ones around boxes.
  for (int k = 0; k <= 9; ++k) {
    const bool thick = k % 3 == 0;
    p.setPen(QPen(thick ? kStageText : kThin, thick ? std::max(2.0, cell * 0.05) : 1.0));
    p.drawLine(QPointF(board.left() + k * cell, board.top()),
               QPointF(board.left() + k * cell, board.bottom()));
    p.drawLine(QPointF(board.left(), board.top() + k * cell), QPointF(board.right(), board.top() + k * cell));
  }
}

}  // namespace ebmui
