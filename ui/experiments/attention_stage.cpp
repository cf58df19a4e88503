#include "experiments/attention_stage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "style/palette.h"

namespace ebmui {
namespace {

const QColor kBar(palette::kSkyBlue.qcolor());
const QColor kTop(palette::kOrange.qcolor());  // the pattern with the largest weight

}  // namespace

// Vertical bars, one per pattern, heights the weights on a fixed 0…1 axis (so a step that concentrates the
// weight shows as one bar growing).
void AttentionStage::paint(QPainter& p, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::AttentionFrame&>(frame);
  const double margin = std::max(8.0, area.width() * 0.03);
  const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
  const double unit = std::clamp(std::min(inner.height() / 26.0, inner.width() / 34.0), 9.0, 28.0);
  p.setFont(stageFont(p, unit * 1.25, true));
  p.setPen(kStageText);
  const QRectF titleArea(inner.left(), inner.top(), inner.width(), unit * 2.0);
  drawFittedText(p, titleArea, Qt::AlignLeft | Qt::AlignVCenter,
                 AttentionStage::tr("Attention weights pᵢ = softmax(β %1)")
                     .arg(f.euclidean ? QStringLiteral("(−‖ξ − xᵢ‖²/2)") : QStringLiteral("xᵢ·ξ")));
  p.setFont(stageFont(p, unit));
  p.setPen(kStageDim);
  const QRectF subtitle(inner.left(), titleArea.bottom(), inner.width(), unit * 1.8);
  drawFittedText(p, subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                 AttentionStage::tr("β = %1   E(ξ) = %2   after %3 steps%4")
                     .arg(f.beta, 0, 'g', 3)
                     .arg(f.energy, 0, 'f', 4)
                     .arg(f.steps)
                     .arg(f.normalize ? AttentionStage::tr("   (patterns normalized)") : QString()));
  const Eigen::Index n = f.weights.size();
  if (n == 0) return;
  const QFontMetricsF metrics(p.font());
  const double axisWidth = metrics.horizontalAdvance(QStringLiteral("100% "));
  const QRectF plot(inner.left() + axisWidth, subtitle.bottom() + unit * 1.5, inner.width() - axisWidth,
                    inner.bottom() - subtitle.bottom() - unit * 5.0);
  p.setPen(kStageDim);
  for (double level : {0.0, 0.5, 1.0}) {
    const double y = plot.bottom() - level * plot.height();
    p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    p.drawText(QRectF(inner.left(), y - unit, axisWidth - unit * 0.3, 2 * unit),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(int(level * 100)));
  }
  Eigen::Index best = 0;
  f.weights.maxCoeff(&best);
  const double slot = plot.width() / double(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const double w = std::clamp(f.weights[i], 0.0, 1.0);
    const QRectF bar(plot.left() + (double(i) + 0.15) * slot, plot.bottom() - w * plot.height(), slot * 0.7,
                     w * plot.height());
    p.fillRect(bar, i == best ? kTop : kBar);
    p.setPen(kStageText);
    p.drawText(QRectF(plot.left() + double(i) * slot, bar.top() - unit * 1.4, slot, unit * 1.3),
               Qt::AlignHCenter | Qt::AlignBottom,
               QStringLiteral("%1").arg(100 * w, 0, 'f', w < 0.1 ? 1 : 0));
    p.drawText(QRectF(plot.left() + double(i) * slot, plot.bottom() + unit * 0.2, slot, unit * 1.4),
               Qt::AlignHCenter | Qt::AlignTop, AttentionStage::tr("x%1").arg(i + 1));
  }
  p.setPen(kStageDim);
  drawFittedText(
      p, QRectF(inner.left(), inner.bottom() - unit * 1.6, inner.width(), unit * 1.6),
      Qt::AlignLeft | Qt::AlignVCenter,
      AttentionStage::tr("Step moves ξ to Σ pᵢ xᵢ (the path on the landscape); the weights sum to 1"));
}

}  // namespace ebmui
