#include "experiments/sequence_stage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "i18n/language.h"
#include "style/palette.h"

namespace ebmui {
namespace {

const QColor kAxis(90, 96, 110);
const QColor kThreshold(palette::kYellow.qcolor());
const QColor kPassed(palette::kBluishGreen.qcolor());
const QColor kFlagged(palette::kVermillion.qcolor());
const QColor kAttack(palette::kOrange.qcolor());

// The views' colours of an ordinary step (label 0) and of one more surprising than the threshold (label 3),
// so bars and the landscape's markers agree.
QColor stepColor(bool surprising) {
  return palette::classColour(surprising ? 3 : 0).qcolor();
}

QString verdictText(const ebm::SequenceFrame& f) {
  if (f.flagged)
    return f.attack ? SequenceStage::tr("FLAGGED — caught") : SequenceStage::tr("FLAGGED — a false alarm");
  return f.attack ? SequenceStage::tr("passed — missed!") : SequenceStage::tr("passed");
}

void dashedLevel(QPainter& p, const QRectF& plot, double y, const QColor& color, Qt::PenStyle style) {
  p.setPen(QPen(color, 2, style));
  p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
}

void paintTimeline(QPainter& p, const QRectF& area, const ebm::SequenceFrame& f, double unit) {
  p.setFont(stageFont(p, unit * 1.2, true));
  p.setPen(kStageText);
  const QRectF title(area.left(), area.top(), area.width() * 0.62, unit * 2);
  drawFittedText(
      p, title, Qt::AlignLeft | Qt::AlignVCenter,
      SequenceStage::tr("Session %1: %2 events, drawn as %3")
          .arg(f.sessionNumber)
          .arg(f.session.size())
          .arg(f.attack ? SequenceStage::tr("credential stuffing") : SequenceStage::tr("a customer")));
  p.setPen(f.flagged ? kFlagged : kPassed);
  drawFittedText(p, QRectF(title.right(), area.top(), area.width() - title.width(), unit * 2),
                 Qt::AlignRight | Qt::AlignVCenter, verdictText(f));

  p.setFont(stageFont(p, unit * 0.9));
  const QFontMetricsF metrics(p.font());
  double longestName = 0;
  for (const auto& name : f.eventNames)
    longestName = std::max(longestName, metrics.horizontalAdvance(engineText(name)));
  const int steps = std::max<int>(1, int(f.session.size()));
  const double left = area.left() + unit * 2.5;
  const double column = (area.right() - left) / steps;
  const bool upright = column >= longestName + 4;
  const double labels = upright ? unit * 1.6 : longestName + unit * 0.6;
  const QRectF plot(left, area.top() + unit * 3, area.right() - left,
                    area.height() - unit * 3 - labels - unit * 0.4);
  double top = std::max(4.0, 1.6 * f.threshold);
  for (double u : f.stepEnergies)
    top = std::max(top, u * 1.08);
  const auto height = [&](double u) { return plot.bottom() - std::min(u, top) / top * plot.height(); };

  p.setPen(QPen(kAxis, 1));
  p.drawLine(plot.bottomLeft(), plot.bottomRight());
  p.setPen(kStageDim);
  p.save();
  p.translate(area.left() + unit * 0.8, plot.center().y());
  p.rotate(-90);
  drawFittedText(p, QRectF(-plot.height() / 2, -unit * 0.8, plot.height(), unit * 1.6), Qt::AlignCenter,
                 SequenceStage::tr("surprise u (nats)"));
  p.restore();
  for (int t = 0; t < int(f.session.size()); ++t) {
    const double u = f.stepEnergies[std::size_t(t)];
    const QRectF bar(left + t * column + column * 0.15, height(u), column * 0.7, plot.bottom() - height(u));
    p.fillRect(bar, stepColor(u > f.threshold));
    if (column >= metrics.horizontalAdvance(QStringLiteral("0.0")) + 2) {
      p.setPen(kStageText);
      p.drawText(QRectF(bar.left() - column * 0.15, bar.top() - unit * 1.3, column, unit * 1.2),
                 Qt::AlignHCenter | Qt::AlignBottom, QString::number(u, 'f', 1));
    }
    const QString name = engineText(f.eventNames[std::size_t(f.session[std::size_t(t)])]);
    p.setPen(kStageDim);
    if (upright) {
      p.drawText(QRectF(left + t * column, plot.bottom() + unit * 0.2, column, unit * 1.4),
                 Qt::AlignHCenter | Qt::AlignTop, name);
    } else {
      p.save();
      p.translate(left + (t + 0.5) * column, plot.bottom() + unit * 0.3);
      p.rotate(-90);
      p.drawText(QRectF(-labels, -column / 2, labels - unit * 0.1, column), Qt::AlignRight | Qt::AlignVCenter,
                 name);
      p.restore();
    }
  }
  dashedLevel(p, plot, height(f.threshold), kThreshold, Qt::DashLine);
  dashedLevel(p, plot, height(f.meanEnergy), Qt::white, Qt::SolidLine);
  p.setFont(stageFont(p, unit * 0.95, true));
  const double gap = std::abs(height(f.threshold) - height(f.meanEnergy));
  const double meanOffset = gap < unit * 1.3 ? (f.meanEnergy > f.threshold ? -unit * 0.9 : unit * 0.9) : 0;
  p.setPen(Qt::white);
  p.drawText(QRectF(plot.left(), height(f.meanEnergy) - unit * 1.35 + meanOffset, plot.width(), unit * 1.3),
             Qt::AlignRight | Qt::AlignBottom,
             SequenceStage::tr("session mean %1 nats/event").arg(f.meanEnergy, 0, 'f', 2));
  p.setPen(kThreshold);
  p.drawText(QRectF(plot.left(), height(f.threshold) - unit * 1.35 - meanOffset, plot.width(), unit * 1.3),
             Qt::AlignLeft | Qt::AlignBottom, SequenceStage::tr("threshold %1").arg(f.threshold, 0, 'f', 2));
}

// The test sessions' scores: normal (blue) and attacks (orange) as histograms over the mean surprise, with
// the threshold and this session's score.
void paintScores(QPainter& p, const QRectF& area, const ebm::SequenceFrame& f, double unit) {
  p.setFont(stageFont(p, unit * 1.05, true));
  p.setPen(kStageText);
  drawFittedText(p, QRectF(area.left(), area.top(), area.width(), unit * 1.8),
                 Qt::AlignLeft | Qt::AlignVCenter,
                 SequenceStage::tr("%1 fresh customers and %2 attacks: false alarms %3%, misses %4%")
                     .arg(f.normalScores.size())
                     .arg(f.attackScores.size())
                     .arg(100 * f.falseAlarmRate, 0, 'f', 1)
                     .arg(100 * f.missRate, 0, 'f', 1));
  p.setFont(stageFont(p, unit * 0.9));
  p.setPen(kStageDim);
  drawFittedText(p, QRectF(area.left(), area.top() + unit * 1.8, area.width(), unit * 1.5),
                 Qt::AlignLeft | Qt::AlignVCenter,
                 SequenceStage::tr("calibrated on %1 held-out customers to flag %2% of them (it flags %3%)")
                     .arg(f.heldOutSessions)
                     .arg(100 * f.falseAlarmTarget, 0, 'g', 3)
                     .arg(100 * f.heldOutFalseAlarmRate, 0, 'f', 1));
  const QRectF plot(area.left() + unit, area.top() + unit * 3.8, area.width() - unit * 2,
                    area.height() - unit * 6.0);
  double highest = std::max(f.threshold, f.meanEnergy);
  for (const auto* scores : {&f.normalScores, &f.attackScores}) {
    for (double s : *scores)
      highest = std::max(highest, s);
  }
  highest *= 1.05;
  constexpr int kBins = 48;
  std::vector<double> normal(kBins, 0), attack(kBins, 0);
  const auto bin = [&](double s) { return std::clamp(int(s / highest * kBins), 0, kBins - 1); };
  for (double s : f.normalScores)
    normal[std::size_t(bin(s))] += 1.0 / std::max<std::size_t>(1, f.normalScores.size());
  for (double s : f.attackScores)
    attack[std::size_t(bin(s))] += 1.0 / std::max<std::size_t>(1, f.attackScores.size());
  double tallest = 1e-9;
  for (int b = 0; b < kBins; ++b)
    tallest = std::max({tallest, normal[std::size_t(b)], attack[std::size_t(b)]});
  const double width = plot.width() / kBins;
  const auto x = [&](double s) { return plot.left() + s / highest * plot.width(); };
  for (int b = 0; b < kBins; ++b) {
    for (const auto& [shares, color] : {std::pair{&normal, stepColor(false)}, std::pair{&attack, kAttack}}) {
      const double h = (*shares)[std::size_t(b)] / tallest * plot.height();
      QColor fill = color;
      fill.setAlphaF(0.7f);
      p.fillRect(QRectF(plot.left() + b * width, plot.bottom() - h, width * 0.92, h), fill);
    }
  }
  p.setPen(QPen(kAxis, 1));
  p.drawLine(plot.bottomLeft(), plot.bottomRight());
  p.setPen(QPen(kThreshold, 2, Qt::DashLine));
  p.drawLine(QPointF(x(f.threshold), plot.top()), QPointF(x(f.threshold), plot.bottom()));
  const QPointF here(x(f.meanEnergy), plot.bottom());
  p.setPen(Qt::NoPen);
  p.setBrush(Qt::white);
  p.drawPolygon(
      QPolygonF({here, here + QPointF(-unit * 0.5, unit * 0.8), here + QPointF(unit * 0.5, unit * 0.8)}));
  p.setFont(stageFont(p, unit * 0.9));
  p.setPen(kStageDim);
  const QRectF axis(plot.left(), plot.bottom() + unit * 0.8, plot.width(), unit * 1.4);
  drawFittedText(p, axis, Qt::AlignLeft | Qt::AlignVCenter, SequenceStage::tr("0"));
  drawFittedText(
      p, axis, Qt::AlignHCenter | Qt::AlignVCenter,
      SequenceStage::tr("mean surprise per event (nats) — blue: customers, orange: attacks, ▲: this "
                        "session"));
  drawFittedText(p, axis, Qt::AlignRight | Qt::AlignVCenter, QString::number(highest, 'f', 1));
}

}  // namespace

void SequenceStage::paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::SequenceFrame&>(frame);
  const double margin = std::max(8.0, area.width() * 0.03);
  const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
  const double unit = std::clamp(std::min(inner.height() / 34.0, inner.width() / 44.0), 9.0, 22.0);
  const double split = inner.height() * 0.56;
  paintTimeline(painter, QRectF(inner.left(), inner.top(), inner.width(), split), f, unit);
  paintScores(
      painter,
      QRectF(inner.left(), inner.top() + split + margin, inner.width(), inner.height() - split - margin), f,
      unit);
}

}  // namespace ebmui
