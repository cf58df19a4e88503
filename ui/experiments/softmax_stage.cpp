#include "experiments/softmax_stage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "style/palette.h"

namespace ebmui {
namespace {

const QColor kBar(palette::kSkyBlue.qcolor());
const QColor kDraw(palette::kOrange.qcolor());
const QColor kSurprise(palette::kReddishPurple.qcolor());

// Rows of labelled horizontal bars: name, bar of `value` / `scale`, and a text at the bar's end.
struct BarRows {
  QRectF area;
  int count = 0;
  double labelWidth = 0;
  double reach = 0.78;  ///< the share of the width beside the labels a full bar takes (the rest: its text)
  [[nodiscard]] double rowHeight() const { return count > 0 ? area.height() / count : 0; }
  [[nodiscard]] QRectF row(int i) const {
    return {area.left(), area.top() + i * rowHeight(), area.width(), rowHeight()};
  }
  [[nodiscard]] QRectF bar(int i, double fraction, double thickness = 0.62) const {
    const QRectF r = row(i);
    const double width = std::max(0.0, (r.width() - labelWidth) * reach * std::clamp(fraction, 0.0, 1.0));
    const double h = r.height() * thickness;
    return {r.left() + labelWidth, r.center().y() - h / 2, width, h};
  }
};

void paintChoices(QPainter& p, const QRectF& area, const ebm::SoftmaxFrame& f) {
  const double unit = std::clamp(std::min(area.height() / 26.0, area.width() / 30.0), 9.0, 28.0);
  p.setFont(stageFont(p, unit * 1.25, true));
  p.setPen(kStageText);
  const QString user =
      f.user < int(f.userNames.size()) ? QString::fromStdString(f.userNames[std::size_t(f.user)]) : QString();
  const QRectF titleArea(area.left(), area.top(), area.width(), unit * 2.0);
  drawFittedText(p, titleArea, Qt::AlignLeft | Qt::AlignVCenter,
                 SoftmaxStage::tr("For %1:  p(i | u) ∝ exp(−E(u, i) / τ),  τ = %2")
                     .arg(user)
                     .arg(f.temperature, 0, 'g', 3));
  // Rows sorted by energy: the likeliest item on top at any τ, so bars grow and shrink in place as τ moves.
  std::vector<int> order(f.itemNames.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return f.energies[std::size_t(a)] < f.energies[std::size_t(b)]; });
  p.setFont(stageFont(p, unit));
  const QFontMetricsF metrics(p.font());
  double labelWidth = 0;
  for (const auto& name : f.itemNames)
    labelWidth = std::max(labelWidth, metrics.horizontalAdvance(QString::fromStdString(name)));
  labelWidth += metrics.horizontalAdvance(QStringLiteral("  E = −0.00  "));
  const double footer = unit * 2.2;
  BarRows rows{
      QRectF(area.left(), titleArea.bottom(), area.width(), area.height() - titleArea.height() - footer),
      int(order.size()), labelWidth};
  for (int r = 0; r < rows.count; ++r) {
    const std::size_t i = std::size_t(order[std::size_t(r)]);
    const QRectF row = rows.row(r);
    p.setPen(kStageText);
    p.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QString::fromStdString(f.itemNames[i]));
    p.setPen(kStageDim);
    p.drawText(QRectF(row.left(), row.top(), labelWidth - unit * 0.5, row.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("E = %1").arg(f.energies[i], 0, 'f', 2));
    const double prob = f.probabilities[i];
    const QRectF bar = rows.bar(r, prob, f.draws > 0 ? 0.45 : 0.62);
    p.fillRect(bar, kBar);
    if (f.draws > 0) {
      const double share = double(f.recommended[i]) / f.draws;
      const QRectF drawn = rows.bar(r, share, 0.22).translated(0, rows.rowHeight() * 0.34);
      p.fillRect(drawn, kDraw);
    }
    p.setPen(kStageText);
    p.drawText(QRectF(bar.right() + unit * 0.4, row.top(), unit * 8, row.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("%1%").arg(100 * prob, 0, 'f', 1));
  }
  p.setFont(stageFont(p, unit));
  p.setPen(kStageDim);
  QString footerText = SoftmaxStage::tr("entropy H = %1 nats, like an even choice among e^H = %2 items")
                           .arg(f.entropy, 0, 'f', 2)
                           .arg(std::exp(f.entropy), 0, 'f', 1);
  if (f.draws > 0) footerText += SoftmaxStage::tr("   (orange: shares of %1 drawn)").arg(f.draws);
  drawFittedText(p, QRectF(area.left(), area.bottom() - footer, area.width(), footer),
                 Qt::AlignLeft | Qt::AlignVCenter, footerText);
}

void paintSurprise(QPainter& p, const QRectF& area, const ebm::SoftmaxFrame& f) {
  const double unit = std::clamp(std::min(area.height() / 14.0, area.width() / 40.0), 9.0, 26.0);
  p.setFont(stageFont(p, unit * 1.15, true));
  p.setPen(kStageText);
  const QRectF titleArea(area.left(), area.top(), area.width(), unit * 2.0);
  drawFittedText(p, titleArea, Qt::AlignLeft | Qt::AlignVCenter,
                 SoftmaxStage::tr("Energy is surprise:  u = −log p of what was seen"));
  p.setFont(stageFont(p, unit));
  const QFontMetricsF metrics(p.font());
  double labelWidth = 0;
  for (const auto& name : f.categoryNames)
    labelWidth = std::max(labelWidth, metrics.horizontalAdvance(QString::fromStdString(name)));
  labelWidth += metrics.horizontalAdvance(QStringLiteral("  p = 00.0%  "));
  double highest = 0;
  for (double u : f.categorySurprise) {
    if (std::isfinite(u)) highest = std::max(highest, u);
  }
  BarRows rows{QRectF(area.left(), titleArea.bottom(), area.width(), area.height() - titleArea.height()),
               int(f.categoryNames.size()), labelWidth, 0.5};
  for (int r = 0; r < rows.count; ++r) {
    const std::size_t i = std::size_t(r);
    const QRectF row = rows.row(r);
    p.setPen(kStageText);
    p.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QString::fromStdString(f.categoryNames[i]));
    p.setPen(kStageDim);
    p.drawText(QRectF(row.left(), row.top(), labelWidth - unit * 0.5, row.height()),
               Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("p = %1%").arg(100 * f.categoryProbabilities[i], 0, 'f', 1));
    const double u = f.categorySurprise[i];
    const QRectF bar = rows.bar(r, std::isfinite(u) && highest > 0 ? u / highest : 1.0);
    p.fillRect(bar, kSurprise);
    p.setPen(kStageText);
    p.drawText(QRectF(bar.right() + unit * 0.4, row.top(), unit * 12, row.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               std::isfinite(u)
                   ? SoftmaxStage::tr("%1 nats (%2 bits)").arg(u, 0, 'f', 2).arg(u / std::log(2.0), 0, 'f', 1)
                   : SoftmaxStage::tr("never seen: ∞"));
  }
}

}  // namespace

void SoftmaxStage::paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::SoftmaxFrame&>(frame);
  const double margin = std::max(8.0, area.width() * 0.03);
  const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
  if (f.categoryNames.empty()) {
    paintChoices(painter, inner, f);
    return;
  }
  const double split = inner.height() * 0.62;
  paintChoices(painter, QRectF(inner.left(), inner.top(), inner.width(), split), f);
  paintSurprise(
      painter,
      QRectF(inner.left(), inner.top() + split + margin, inner.width(), inner.height() - split - margin), f);
}

}  // namespace ebmui
