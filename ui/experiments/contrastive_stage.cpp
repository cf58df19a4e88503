#include "experiments/contrastive_stage.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "style/palette.h"

namespace ebmui {
namespace {

const QColor kFrame(90, 96, 110);
const QColor kPetal(palette::kYellow.qcolor());
constexpr double kPi = 3.14159265358979323846;

QColor bucketColor(int bucket) {
  return palette::classColour(ebm::ContrastiveExperiment::bucketLabel(bucket)).qcolor();
}

double unitOf(const QRectF& area) {
  return std::clamp(std::min(area.height() / 34.0, area.width() / 48.0), 9.0, 24.0);
}

// The box drawn into `square` with its aspect ratio kept.
QRectF boxRect(const QRectF& square, const ebm::Box& box) {
  const double aspect = box.width(0) / box.width(1);
  QRectF r = square;
  if (aspect >= 1) {
    r.setHeight(square.width() / aspect);
  } else {
    r.setWidth(square.height() * aspect);
  }
  r.moveCenter(square.center());
  return r;
}

QPointF toPixel(const QRectF& r, const ebm::Box& box, double x, double y) {
  return {r.left() + (x - box.lower[0]) / box.width(0) * r.width(),
          r.bottom() - (y - box.lower[1]) / box.width(1) * r.height()};
}

// A point's place on the circle's drawing with a small fixed radial scatter, so a crowd shows as a band.
double scatterOf(ebm::Index i) {
  return double((std::uint64_t(i) * 2654435761ULL) % 1000) / 1000.0 - 0.5;
}

void paintPlane(QPainter& p, const QRectF& square, const ebm::ContrastiveFrame& f) {
  const QRectF r = boxRect(square, f.box);
  p.fillRect(r, QColor(22, 25, 31));
  p.setPen(QPen(kFrame, 1));
  p.drawRect(r);
  const double dot = std::max(1.6, r.width() / 200);
  p.setPen(Qt::NoPen);
  for (ebm::Index i = 0; i < f.points.cols(); ++i) {
    p.setBrush(bucketColor(f.buckets[std::size_t(i)]));
    p.drawEllipse(toPixel(r, f.box, f.points(0, i), f.points(1, i)), dot, dot);
  }
  const QPointF a = toPixel(r, f.box, f.anchor[0], f.anchor[1]);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(Qt::white, std::max(1.5, dot * 0.8)));
  p.drawEllipse(a, dot * 4, dot * 4);
  p.drawLine(a - QPointF(dot * 7, 0), a - QPointF(dot * 4, 0));
  p.drawLine(a + QPointF(dot * 4, 0), a + QPointF(dot * 7, 0));
  p.drawLine(a - QPointF(0, dot * 7), a - QPointF(0, dot * 4));
  p.drawLine(a + QPointF(0, dot * 4), a + QPointF(0, dot * 7));
}

// The circle: each g(x) at its angle; around it the weight exp((cos(θ − θ_x) − 1)/τ) a view at angle θ gets
// in the anchor's softmax (1 at the anchor's own angle), which τ sharpens or blurs.
void paintCircle(QPainter& p, const QRectF& square, const ebm::ContrastiveFrame& f) {
  const QPointF c = square.center();
  const double radius = square.width() * 0.30, dot = std::max(1.6, square.width() / 220);
  const double anchorAngle = std::atan2(double(f.anchorEmbedding[1]), double(f.anchorEmbedding[0]));
  QPolygonF petal;
  for (int s = 0; s <= 360; ++s) {
    const double theta = 2 * kPi * s / 360;
    const double w = std::exp((std::cos(theta - anchorAngle) - 1) / f.temperature);
    const double r = radius * (1.14 + 0.35 * w);
    petal << c + QPointF(r * std::cos(theta), -r * std::sin(theta));
  }
  for (int s = 360; s >= 0; --s) {
    const double theta = 2 * kPi * s / 360;
    petal << c + QPointF(radius * 1.14 * std::cos(theta), -radius * 1.14 * std::sin(theta));
  }
  QColor fill = kPetal;
  fill.setAlphaF(0.35f);
  p.setPen(QPen(kPetal, 1.2));
  p.setBrush(fill);
  p.drawPolygon(petal);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(kFrame, 1.5));
  p.drawEllipse(c, radius, radius);
  p.setPen(Qt::NoPen);
  for (ebm::Index i = 0; i < f.embeddings.cols(); ++i) {
    const double r = radius * (1 + 0.09 * scatterOf(i));
    p.setBrush(bucketColor(f.buckets[std::size_t(i)]));
    p.drawEllipse(c + QPointF(r * f.embeddings(0, i), -r * f.embeddings(1, i)), dot, dot);
  }
  const QPointF a = c + QPointF(radius * std::cos(anchorAngle), -radius * std::sin(anchorAngle));
  p.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
  p.drawLine(c, a);
  p.setPen(QPen(Qt::white, 2));
  p.setBrush(Qt::NoBrush);
  p.drawEllipse(a, dot * 4, dot * 4);
}

// The sphere seen from outside (orthographic, tilted 25° towards the viewer): the near side bright, the far
// side faint, the equator dashed.
void paintSphere(QPainter& p, const QRectF& square, const ebm::ContrastiveFrame& f) {
  const QPointF c = square.center();
  const double radius = square.width() * 0.40, dot = std::max(1.6, square.width() / 220);
  const double tilt = 25 * kPi / 180, turn = 35 * kPi / 180;
  const auto project = [&](double x, double y, double z) {
    const double x1 = std::cos(turn) * x - std::sin(turn) * y, y1 = std::sin(turn) * x + std::cos(turn) * y;
    // Seen along −y1 after tilting the pole towards the viewer: screen (x1, z2), depth y2.
    const double z2 = std::cos(tilt) * z + std::sin(tilt) * y1,
                 depth = -std::sin(tilt) * z + std::cos(tilt) * y1;
    return std::make_pair(c + QPointF(radius * x1, -radius * z2), depth);
  };
  p.setPen(QPen(kFrame, 1.5));
  p.setBrush(QColor(22, 25, 31));
  p.drawEllipse(c, radius, radius);
  QPainterPath equator;
  for (int s = 0; s <= 180; ++s) {
    const auto [q, depth] = project(std::cos(2 * kPi * s / 180), std::sin(2 * kPi * s / 180), 0);
    (void)depth;
    if (s == 0)
      equator.moveTo(q);
    else
      equator.lineTo(q);
  }
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(kFrame, 1, Qt::DashLine));
  p.drawPath(equator);
  p.setPen(Qt::NoPen);
  for (int pass = 0; pass < 2; ++pass) {  // far side first
    for (ebm::Index i = 0; i < f.embeddings.cols(); ++i) {
      const auto [q, depth] = project(f.embeddings(0, i), f.embeddings(1, i), f.embeddings(2, i));
      if ((depth < 0) != (pass == 0)) continue;
      QColor color = bucketColor(f.buckets[std::size_t(i)]);
      if (depth < 0) color.setAlphaF(0.25f);
      p.setBrush(color);
      p.drawEllipse(q, dot, dot);
    }
  }
  const auto [a, depth] = project(f.anchorEmbedding[0], f.anchorEmbedding[1], f.anchorEmbedding[2]);
  p.setPen(QPen(Qt::white, 2, depth < 0 ? Qt::DotLine : Qt::SolidLine));
  p.setBrush(Qt::NoBrush);
  p.drawEllipse(a, dot * 4, dot * 4);
}

QString latest(const std::vector<double>& values, int decimals) {
  return values.empty() ? QStringLiteral("—") : QString::number(values.back(), 'f', decimals);
}

}  // namespace

ContrastiveStage::Layout ContrastiveStage::layout(const QRectF& area) {
  const double unit = unitOf(area);
  const double margin = std::max(8.0, area.width() * 0.02);
  const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
  Layout l;
  l.title = QRectF(inner.left(), inner.top(), inner.width(), unit * 3.2);
  l.footer = QRectF(inner.left(), inner.bottom() - unit * 4.5, inner.width(), unit * 4.5);
  const QRectF middle(inner.left(), l.title.bottom() + unit * 1.6, inner.width(),
                      l.footer.top() - l.title.bottom() - unit * 2.2);
  const double gap = unit * 1.5;
  if (middle.width() >= 1.4 * middle.height()) {
    const double side = std::min((middle.width() - gap) / 2, middle.height());
    const double left = middle.center().x() - side - gap / 2;
    l.plane = QRectF(left, middle.top(), side, side);
    l.embedding = QRectF(left + side + gap, middle.top(), side, side);
  } else {
    const double side = std::min(middle.width(), (middle.height() - gap - unit * 1.6) / 2);
    const double left = middle.center().x() - side / 2;
    l.plane = QRectF(left, middle.top(), side, side);
    l.embedding = QRectF(left, middle.top() + side + gap + unit * 1.6, side, side);
  }
  return l;
}

std::optional<QPointF> ContrastiveStage::planePoint(const QRectF& area, const ebm::Box& box, QPointF pixel) {
  const QRectF r = boxRect(layout(area).plane, box);
  if (!r.contains(pixel)) return std::nullopt;
  return QPointF(box.lower[0] + (pixel.x() - r.left()) / r.width() * box.width(0),
                 box.lower[1] + (r.bottom() - pixel.y()) / r.height() * box.width(1));
}

void ContrastiveStage::paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const {
  const auto& f = static_cast<const ebm::ContrastiveFrame&>(frame);
  const Layout l = layout(area);
  const double unit = unitOf(area);
  painter.setFont(stageFont(painter, unit * 1.15, true));
  painter.setPen(kStageText);
  painter.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   tr("InfoNCE: each view's softmax over the batch must pick its partner.  "
                      "The energy on pairs: E(x, y) = −g(x)·g(y)/τ"));
  painter.setFont(stageFont(painter, unit));
  painter.setPen(kStageDim);
  const QRectF planeCaption(l.plane.left(), l.plane.top() - unit * 1.6, l.plane.width(), unit * 1.5);
  const QRectF circleCaption(l.embedding.left(), l.embedding.top() - unit * 1.6, l.embedding.width(),
                             unit * 1.5);
  drawFittedText(painter, planeCaption, Qt::AlignLeft | Qt::AlignVCenter,
                 tr("the data, coloured by where g sends it (click: the anchor x)"));
  painter.setFont(stageFont(painter, unit));
  drawFittedText(painter, circleCaption, Qt::AlignLeft | Qt::AlignVCenter,
                 f.embeddingDimension == 2
                     ? tr("g(x) on the circle; yellow: the anchor's softmax weight ∝ exp(g(x)·g(y)/τ)")
                     : tr("g(x) on the sphere (far side faint)"));
  paintPlane(painter, l.plane, f);
  if (f.embeddingDimension == 2) {
    paintCircle(painter, l.embedding, f);
  } else {
    paintSphere(painter, l.embedding, f);
  }
  const auto& t = f.training;
  const double row = l.footer.height() / 3;
  const auto line = [&](int i, const QColor& color, const QString& text) {
    painter.setFont(stageFont(painter, unit));
    painter.setPen(color);
    drawFittedText(painter, QRectF(l.footer.left(), l.footer.top() + i * row, l.footer.width(), row),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
  };
  line(0, kStageText,
       tr("step %1 / %2   InfoNCE on %3 fixed pairs: %4 nats (a blind encoder: log %3 = %5)")
           .arg(t.iteration)
           .arg(t.totalIterations)
           .arg(f.evaluationPairs)
           .arg(latest(f.evaluationLoss, 3))
           .arg(std::log(double(f.evaluationPairs)), 0, 'f', 2));
  line(1, kStageDim,
       tr("partner ranked first: %1% (chance %2%)   alignment %3 (→ 0)")
           .arg(f.pickRate.empty() ? QStringLiteral("—") : QString::number(100 * f.pickRate.back(), 'f', 1))
           .arg(100.0 / f.evaluationPairs, 0, 'f', 1)
           .arg(latest(f.alignment, 3)));
  line(2, kStageDim,
       tr("uniformity %1 (uniform %2: %3)   τ = %4   σ = %5")
           .arg(latest(f.uniformity, 3))
           .arg(f.embeddingDimension == 2 ? tr("circle") : tr("sphere"))
           .arg(f.uniformCircleUniformity, 0, 'f', 3)
           .arg(f.temperature, 0, 'g', 3)
           .arg(f.viewNoise, 0, 'g', 3));
}

}  // namespace ebmui
