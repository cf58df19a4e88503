#include "experiments/capacity_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "panels/charts/chart_style.h"
#include "style/palette.h"

namespace ebmui {
namespace {

constexpr double kTheory = 0.138;  // Amit, Gutfreund & Sompolinsky (1985), N → ∞
constexpr double kLargestLoad = 0.26;

}  // namespace

CapacityChart::CapacityChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("Capacity: recall against load"));
  auto* x = new QValueAxis(chart);
  x->setTitleText(tr("load α = P/N"));
  x->setRange(0, kLargestLoad);
  x->setLabelFormat(QStringLiteral("%.2f"));
  auto* y = new QValueAxis(chart);
  y->setTitleText(tr("mean final overlap"));
  y->setRange(0, 1.05);
  styleAxis(x);
  styleAxis(y);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  curve_ = new QLineSeries(chart);
  curve_->setName(tr("measured"));
  curve_->setPen(QPen(palette::kOrange.qcolor(), 2.2));
  threshold_ = new QLineSeries(chart);
  threshold_->setName(tr("0.9"));
  threshold_->setPen(QPen(QColor(150, 156, 168), 1, Qt::DashLine));
  *threshold_ << QPointF(0, 0.9) << QPointF(kLargestLoad, 0.9);
  theory_ = new QLineSeries(chart);
  theory_->setName(tr("theory 0.138"));
  theory_->setPen(QPen(palette::kSkyBlue.qcolor(), 1.5, Qt::DotLine));
  *theory_ << QPointF(kTheory, 0) << QPointF(kTheory, 1.05);
  critical_ = new QScatterSeries(chart);
  critical_->setName(tr("α_c"));
  critical_->setMarkerSize(11);
  critical_->setColor(palette::kVermillion.qcolor());
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{threshold_, theory_, curve_, critical_}) {
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
  }
  chart->legend()->setVisible(true);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  setToolTip(
      tr("Store P = αN random patterns with Hebb's rule, start at each, let T = 0 dynamics settle: the "
         "mean overlap with the pattern started from. Past α ≈ 0.138 the memories interfere and recall "
         "breaks down."));
}

void CapacityChart::showCurve(const std::shared_ptr<const ebm::hopfield::CapacityCurve>& curve) {
  if (curve == shown_) return;
  shown_ = curve;
  QList<QPointF> points;
  if (curve) {
    for (const auto& [alpha, overlap] : curve->curve)
      points << QPointF(alpha, overlap);
  }
  curve_->replace(points);
  critical_->clear();
  if (curve && curve->criticalLoad > 0) {
    for (const auto& [alpha, overlap] : curve->curve)
      if (alpha == curve->criticalLoad) critical_->append(alpha, overlap);
  }
}

int CapacityChart::points() const {
  return int(curve_->count());
}

}  // namespace ebmui
