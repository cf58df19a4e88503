#include "experiments/hopfield_stage.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "style/palette.h"

namespace ebmui {
namespace {

using ebm::hopfield::kSide;

// Okabe–Ito accents on the views' dark background.
const QColor kInk(235, 238, 244);
const QColor kPaper(36, 41, 52);
const QColor kUpdated(palette::kOrange.qcolor());        // the units just updated
const QColor kRecalled(palette::kBluishGreen.qcolor());  // the state is this memory
const QColor kNegative(palette::kSkyBlue.qcolor());      // a negative overlap
const QColor kGridLine(60, 66, 80);

QFont pixelFont(const QPainter& painter, double pixels, bool bold) {
  QFont font = painter.font();
  font.setPixelSize(std::max(8, int(std::lround(pixels))));
  font.setBold(bold);
  return font;
}

// Sets a font of `pixels` (smaller if need be) in which `text` fits the width of `box`, measured by the
// painter's own device.
void fitFont(QPainter& p, const QRectF& box, const QString& text, double pixels, bool bold) {
  for (int attempt = 0; attempt < 4; ++attempt) {
    p.setFont(pixelFont(p, pixels, bold));
    const double width = p.boundingRect(box, Qt::AlignLeft | Qt::AlignVCenter, text).width();
    if (width <= box.width() || pixels <= 8) return;
    pixels = std::floor(pixels * box.width() / width * 0.98);
  }
}

double headerHeight(const QRectF& area) {
  return std::max(30.0, area.height() * 0.1);
}

double marginOf(const QRectF& area) {
  return std::max(8.0, std::min(area.width(), area.height()) * 0.03);
}

// A picture of ±1 units (row by row from the top) in `box`.
void paintPicture(QPainter& p, const QRectF& box, const Eigen::VectorXd& units) {
  const double cell = box.width() / kSide;
  for (int r = 0; r < kSide; ++r) {
    for (int c = 0; c < kSide; ++c) {
      const bool ink = units[r * kSide + c] > 0;
      p.fillRect(QRectF(box.left() + c * cell, box.top() + r * cell, cell + 0.5, cell + 0.5),
                 ink ? kInk : kPaper);
    }
  }
}

}  // namespace

// The picture of the network and the room for the cue and the memories: beside it on a wide stage, below it
// on a tall one (the side-by-side layout gives the stage a tall, narrow half of the window).
struct StageLayout {
  QRectF grid, memories;
};

StageLayout layoutOf(const QRectF& area) {
  const double margin = marginOf(area);
  const QRectF content = area.adjusted(margin, headerHeight(area) + margin, -margin, -margin);
  StageLayout l;
  if (content.height() > content.width() * 1.25) {
    const double side = std::max(32.0, std::min(content.width(), content.height() * 0.64));
    l.grid = QRectF(content.left() + (content.width() - side) / 2, content.top(), side, side);
    l.memories = QRectF(content.left(), l.grid.bottom() + 2 * margin, content.width(),
                        content.bottom() - l.grid.bottom() - 2 * margin);
  } else {
    const double side = std::max(32.0, std::min(content.width() * 0.6, content.height()));
    l.grid = QRectF(content.topLeft(), QSizeF(side, side));
    l.memories = QRectF(l.grid.right() + 2 * margin, content.top(),
                        content.right() - l.grid.right() - 2 * margin, side);
  }
  return l;
}

QRectF HopfieldStage::stateRect(const QRectF& area) {
  return layoutOf(area).grid;
}

int HopfieldStage::unitAt(const QRectF& area, QPointF position) {
  const QRectF grid = stateRect(area);
  if (!grid.contains(position)) return -1;
  const int c = std::clamp(int((position.x() - grid.left()) / grid.width() * kSide), 0, kSide - 1);
  const int r = std::clamp(int((position.y() - grid.top()) / grid.height() * kSide), 0, kSide - 1);
  return r * kSide + c;
}

void HopfieldStage::paint(QPainter& p, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::HopfieldFrame&>(frame);
  const double margin = marginOf(area);
  const double header = headerHeight(area);
  const QRectF grid = stateRect(area);
  const double cell = grid.width() / kSide;

  // The memory the state is (|m| = 1), if any: the header says so.
  Eigen::Index best = 0;
  if (f.overlaps.size() > 0) f.overlaps.cwiseAbs().maxCoeff(&best);
  const double mBest = f.overlaps.size() > 0 ? f.overlaps[best] : 0.0;
  const QString bestName =
      f.patternNames.empty() ? QString() : QString::fromStdString(f.patternNames[std::size_t(best)]);
  QString title;
  QColor titleColour = kStageText;
  if (f.settled && mBest > 0.999) {
    title = tr("Recalled %1: E = %2 after %3 updates").arg(bestName).arg(f.energy, 0, 'f', 1).arg(f.updates);
    titleColour = kRecalled;
  } else if (f.settled && mBest < -0.999) {
    title = tr("Settled in the negative of %1 (E = %2)").arg(bestName).arg(f.energy, 0, 'f', 1);
  } else if (f.settled) {
    title = tr("A spurious valley: E = %1, largest overlap %2 with %3")
                .arg(f.energy, 0, 'f', 1)
                .arg(mBest, 0, 'f', 2)
                .arg(bestName);
    titleColour = kUpdated;
  } else {
    title = tr("E = %1   ·   %2 updates   ·   m = %3 with %4")
                .arg(f.energy, 0, 'f', 1)
                .arg(f.updates)
                .arg(mBest, 0, 'f', 2)
                .arg(bestName);
  }
  p.setPen(titleColour);
  const QRectF titleArea(area.left() + margin, area.top() + margin * 0.4, area.width() - 2 * margin,
                         header * 0.6);
  fitFont(p, titleArea, title, header * 0.4, true);
  p.drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter, title);
  const QString how = f.temperature > 0 ? tr("Glauber dynamics at T = %1").arg(f.temperature, 0, 'g', 3)
                                        : tr("T = 0: each unit turns to its field");
  const QString cue = f.cueName.empty() ? tr("a painted cue")
                                        : tr("cue: %1, %2 % flipped")
                                              .arg(QString::fromStdString(f.cueName))
                                              .arg(std::lround(100 * f.noise));
  const QString subtitle = tr("%1 rule, %2 memories   ·   %3   ·   %4%5")
                               .arg(f.rule == "hebbian" ? tr("Hebbian") : tr("pseudo-inverse"))
                               .arg(f.patternNames.size())
                               .arg(cue, how)
                               .arg(f.recalling ? QString()
                                    : f.settled ? tr("   ·   settled")
                                                : tr("   ·   paused"));
  fitFont(p, titleArea, subtitle, header * 0.24, false);
  p.setPen(kStageDim);
  p.drawText(QRectF(titleArea.left(), titleArea.bottom(), titleArea.width(), header * 0.4),
             Qt::AlignLeft | Qt::AlignVCenter, subtitle);

  // The network: every unit a pixel, the ones just updated outlined.
  paintPicture(p, grid, f.state);
  p.setPen(QPen(kGridLine, 1));
  for (int k = 0; k <= kSide; ++k) {
    p.drawLine(QPointF(grid.left() + k * cell, grid.top()), QPointF(grid.left() + k * cell, grid.bottom()));
    p.drawLine(QPointF(grid.left(), grid.top() + k * cell), QPointF(grid.right(), grid.top() + k * cell));
  }
  p.setBrush(Qt::NoBrush);
  for (std::size_t k = 0; k < f.lastUpdated.size(); ++k) {
    const int u = f.lastUpdated[k];
    const int row = u / kSide, column = u % kSide;
    const bool newest = k + 1 == f.lastUpdated.size();
    p.setPen(QPen(kUpdated, newest ? std::max(2.5, cell * 0.12) : std::max(1.5, cell * 0.06)));
    p.drawRect(
        QRectF(grid.left() + column * cell, grid.top() + row * cell, cell, cell).adjusted(1, 1, -1, -1));
  }

  paintMemories(p, layoutOf(area).memories, margin, f, best);
}

// The cue, then each memory with the overlap m_μ as a bar from −1 to 1. On a wide, low strip the cue stands
// on the left of the memories; otherwise above them.
void HopfieldStage::paintMemories(QPainter& p, const QRectF& room, double margin, const ebm::HopfieldFrame& f,
                                  Eigen::Index best) {
  if (room.width() < 60 || room.height() < 40) return;
  const bool wide = room.width() > 2.2 * room.height();
  const double thumb = wide ? std::min(room.height() * 0.7, room.width() * 0.2)
                            : std::min(room.height() * 0.2, room.width() * 0.3);
  const double label = std::max(14.0, thumb * 0.3);
  p.setFont(pixelFont(p, std::clamp(thumb * 0.2, 11.0, 16.0), false));
  p.setPen(kStageDim);
  p.drawText(QRectF(room.left(), room.top(), thumb * 2, label), Qt::AlignLeft | Qt::AlignVCenter,
             tr("The cue"));
  const QRectF cueBox(room.left(), room.top() + label, thumb, thumb);
  paintPicture(p, cueBox, f.cue);
  const QRectF list = wide ? QRectF(cueBox.right() + 2 * margin, room.top(),
                                    room.right() - cueBox.right() - 2 * margin, room.height())
                           : QRectF(room.left(), cueBox.bottom() + margin, room.width(),
                                    room.bottom() - cueBox.bottom() - margin);
  p.setPen(kStageDim);
  p.drawText(QRectF(list.left(), list.top(), list.width(), label), Qt::AlignLeft | Qt::AlignVCenter,
             tr("Memories and overlaps m"));
  const double top0 = list.top() + label;
  const std::size_t count = f.patternNames.size();
  const double rowHeight = std::clamp((list.bottom() - top0) / std::max<double>(1, double(count)), 14.0,
                                      std::max(14.0, thumb * 0.8));
  const std::size_t rows = std::min(count, std::size_t(std::max(1.0, (list.bottom() - top0) / rowHeight)));
  const std::size_t shown = rows < count ? rows - 1 : rows;  // room for "… and N more"
  const double small = rowHeight * 0.88;
  // The bars leave room for the longest label ("random 200  −0.00") at the labels' bold size.
  p.setFont(pixelFont(p, std::clamp(small * 0.45, 10.0, 16.0), true));
  double labelWidth = 0;
  for (std::size_t k = 0; k < count; ++k) {
    const QString text = QStringLiteral("%1  −0.00").arg(QString::fromStdString(f.patternNames[k]));
    labelWidth = std::max(labelWidth, p.boundingRect(room, Qt::AlignLeft, text).width());
  }
  for (std::size_t k = 0; k < shown; ++k) {
    const double top = top0 + double(k) * rowHeight;
    paintPicture(p, QRectF(list.left(), top, small, small), f.patterns->col(Eigen::Index(k)));
    const double m = f.overlaps[Eigen::Index(k)];
    const double barLeft = list.left() + small + margin;
    const double barWidth = std::max(10.0, list.width() - small - 1.5 * margin - labelWidth);
    const QRectF track(barLeft, top + small * 0.3, barWidth, small * 0.4);
    p.fillRect(track, kPaper);
    const double centre = track.center().x();
    const QRectF bar(std::min(centre, centre + m * barWidth / 2), track.top(), std::abs(m) * barWidth / 2,
                     track.height());
    p.fillRect(bar, m > 0.999 ? kRecalled : m < 0 ? kNegative : kInk);
    p.setPen(QPen(kStageDim, 1));
    p.drawLine(QPointF(centre, track.top() - 2), QPointF(centre, track.bottom() + 2));
    p.setPen(Eigen::Index(k) == best ? kStageText : kStageDim);
    p.setFont(pixelFont(p, std::clamp(small * 0.45, 10.0, 16.0), Eigen::Index(k) == best));
    p.drawText(QRectF(track.right() + margin * 0.5, top, list.right() - track.right() - margin * 0.5, small),
               Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1  %2").arg(QString::fromStdString(f.patternNames[k])).arg(m, 0, 'f', 2));
  }
  if (shown < count) {
    p.setPen(kStageDim);
    p.drawText(QRectF(list.left(), top0 + double(shown) * rowHeight, list.width(), rowHeight),
               Qt::AlignLeft | Qt::AlignVCenter, tr("… and %1 more").arg(count - shown));
  }
}

}  // namespace ebmui
