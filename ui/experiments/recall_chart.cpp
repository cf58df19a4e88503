#include "experiments/recall_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "panels/charts/chart_style.h"
#include "style/palette.h"

namespace ebmui {
namespace {

// Okabe–Ito with a dash pattern each, then greys: the first memories are told apart with every common colour
// vision deficiency.
QPen linePen(std::size_t k) {
  if (k >= 7) return QPen(QColor(150, 156, 168), 1.2);
  QPen pen(palette::seriesColour(int(k)).qcolor(), 2.0);
  pen.setStyle(palette::seriesDash(int(k)));
  return pen;
}

}  // namespace

RecallChart::RecallChart(const QString& title, const QString& xTitle, const QString& yTitle,
                         double fixedLowest, double fixedHighest, QWidget* parent)
    : QChartView(parent), fixedLowest_(fixedLowest), fixedHighest_(fixedHighest) {
  auto* chart = new QChart;
  styleChart(chart, title);
  xAxis_ = new QValueAxis(chart);
  xAxis_->setTitleText(xTitle);
  xAxis_->setLabelFormat(QStringLiteral("%.0f"));
  yAxis_ = new QValueAxis(chart);
  yAxis_->setTitleText(yTitle);
  styleAxis(xAxis_);
  styleAxis(yAxis_);
  chart->addAxis(xAxis_, Qt::AlignBottom);
  chart->addAxis(yAxis_, Qt::AlignLeft);
  if (fixedLowest_ < fixedHighest_) yAxis_->setRange(fixedLowest_, fixedHighest_);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(180);
}

void RecallChart::showHistory(const std::shared_ptr<const std::vector<double>>& xs,
                              const std::vector<const std::vector<double>*>& ys, const QStringList& names) {
  if (!xs || xs == shownXs_) return;
  shownXs_ = xs;
  QChart* chart = this->chart();
  while (series_.size() > ys.size()) {
    chart->removeSeries(series_.back());
    delete series_.back();
    series_.pop_back();
  }
  while (series_.size() < ys.size()) {
    auto* s = new QLineSeries(chart);
    chart->addSeries(s);
    s->attachAxis(xAxis_);
    s->attachAxis(yAxis_);
    series_.push_back(s);
  }
  double lowest = std::numeric_limits<double>::infinity(), highest = -lowest;
  for (std::size_t k = 0; k < ys.size(); ++k) {
    QList<QPointF> points;
    points.reserve(qsizetype(xs->size()));
    for (std::size_t i = 0; i < xs->size() && i < ys[k]->size(); ++i) {
      const double y = (*ys[k])[i];
      points << QPointF((*xs)[i], y);
      lowest = std::min(lowest, y);
      highest = std::max(highest, y);
    }
    series_[k]->replace(points);
    series_[k]->setPen(linePen(k));
    series_[k]->setName(k < std::size_t(names.size()) ? names[qsizetype(k)] : QString());
  }
  xAxis_->setRange(0, std::max(10.0, xs->empty() ? 10.0 : xs->back()));
  if (!(fixedLowest_ < fixedHighest_) && std::isfinite(lowest)) {
    const double pad = std::max(1.0, 0.05 * (highest - lowest));
    yAxis_->setRange(lowest - pad, highest + pad);
  }
  chart->legend()->setVisible(ys.size() > 1 && ys.size() <= 12);
}

double RecallChart::lastValue(int k) const {
  if (k < 0 || k >= int(series_.size()) || series_[std::size_t(k)]->count() == 0)
    return std::numeric_limits<double>::quiet_NaN();
  return series_[std::size_t(k)]->at(series_[std::size_t(k)]->count() - 1).y();
}

}  // namespace ebmui
