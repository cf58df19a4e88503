#include "panels/charts/history_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

#include "panels/charts/chart_style.h"

namespace ebmui {

QList<QPointF> bucketMeans(const std::vector<double>& x, const std::vector<double>& y, std::size_t most) {
  const std::size_t n = std::min(x.size(), y.size());
  const std::size_t stride = std::max<std::size_t>(1, (n + most - 1) / most);
  QList<QPointF> points;
  points.reserve(qsizetype(n / stride + 1));
  for (std::size_t begin = 0; begin < n; begin += stride) {
    double sumX = 0, sumY = 0;
    int count = 0;
    for (std::size_t i = begin; i < std::min(n, begin + stride); ++i) {
      if (!std::isfinite(y[i])) continue;
      sumX += x[i];
      sumY += y[i];
      ++count;
    }
    if (count > 0) points << QPointF(sumX / count, sumY / count);
  }
  return points;
}

HistoryChart::HistoryChart(const QString& title, const QString& tooltip, QWidget* parent)
    : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, title);
  x_ = new QValueAxis(chart);
  y_ = new QValueAxis(chart);
  x_->setLabelFormat(QStringLiteral("%d"));
  y_->setLabelFormat(QStringLiteral("%.3g"));
  styleAxis(x_);
  styleAxis(y_);
  chart->addAxis(x_, Qt::AlignBottom);
  chart->addAxis(y_, Qt::AlignLeft);
  chart->legend()->setVisible(false);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(130);
  setToolTip(tooltip);
}

int HistoryChart::addSeries(const QString& name, const QColor& color) {
  auto* s = new QLineSeries(chart());
  s->setName(name);
  QPen pen(color);
  pen.setWidthF(1.6);
  s->setPen(pen);
  chart()->addSeries(s);
  s->attachAxis(x_);
  s->attachAxis(y_);
  lines_.push_back({s, false, 0});
  chart()->legend()->setVisible(lines_.size() > 1);
  return int(lines_.size()) - 1;
}

int HistoryChart::addReference(const QString& name, const QColor& color) {
  const int index = addSeries(name, color);
  QPen pen(color);
  pen.setWidthF(1.2);
  pen.setStyle(Qt::DashLine);
  lines_.back().series->setPen(pen);
  lines_.back().reference = true;
  lines_.back().level = NAN;
  return index;
}

void HistoryChart::setSeries(int index, const std::vector<double>& x, const std::vector<double>& y) {
  lines_[std::size_t(index)].series->replace(bucketMeans(x, y, kChartPoints));
}

void HistoryChart::setReference(int index, double y) {
  lines_[std::size_t(index)].level = y;
}

void HistoryChart::rescale() {
  double x1 = 1, y0 = INFINITY, y1 = -INFINITY;
  for (const Line& line : lines_) {
    if (line.reference) continue;
    const auto points = line.series->points();
    for (const QPointF& p : points) {
      x1 = std::max(x1, p.x());
      y0 = std::min(y0, p.y());
      y1 = std::max(y1, p.y());
    }
  }
  for (Line& line : lines_) {
    if (!line.reference) continue;
    if (std::isfinite(line.level)) {
      line.series->replace({QPointF(0, line.level), QPointF(x1, line.level)});
      y0 = std::min(y0, line.level);
      y1 = std::max(y1, line.level);
    } else {
      line.series->clear();
    }
  }
  if (!(y1 >= y0)) y0 = 0, y1 = 1;
  // A flat history (one point, or a value that has settled) still gets a readable range.
  const double pad = std::max(0.01 * std::max(1.0, std::abs(y1)), 0.08 * (y1 - y0));
  x_->setRange(0, std::max(x1, 10.0));
  y_->setRange(y0 - pad, y1 + pad);
}

void HistoryChart::clear() {
  for (Line& line : lines_)
    line.series->clear();
}

int HistoryChart::points(int index) const {
  return int(lines_[std::size_t(index)].series->count());
}

}  // namespace ebmui
