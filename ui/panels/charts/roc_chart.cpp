#include "panels/charts/roc_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "panels/charts/chart_style.h"

namespace ebmui {

RocChart::RocChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("ROC curve"));
  curve_ = new QLineSeries(chart);
  curve_->setName(tr("all thresholds"));
  QPen pen(QColor(140, 220, 120));
  pen.setWidthF(2.0);
  curve_->setPen(pen);
  chance_ = new QLineSeries(chart);
  chance_->setName(tr("chance"));
  QPen dashed(QColor(150, 150, 160));
  dashed.setStyle(Qt::DashLine);
  chance_->setPen(dashed);
  chance_->append(0, 0);
  chance_->append(1, 1);
  operatingPoint_ = new QScatterSeries(chart);
  operatingPoint_->setName(tr("threshold now"));
  operatingPoint_->setMarkerSize(11);
  operatingPoint_->setColor(QColor(255, 150, 50));
  chart->addSeries(chance_);
  chart->addSeries(curve_);
  chart->addSeries(operatingPoint_);
  auto* x = new QValueAxis(chart);
  auto* y = new QValueAxis(chart);
  x->setTitleText(tr("false-alarm rate"));
  y->setTitleText(tr("detection rate"));
  x->setRange(0, 1);
  y->setRange(0, 1);
  styleAxis(x);
  styleAxis(y);
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  setToolTip(
      tr("Every threshold trades false alarms for missed anomalies; the area under the curve is the chance "
         "an anomaly has a higher energy than a normal point"));
}

void RocChart::showAnomalies(const ebm::AnomalyFrame& a) {
  QList<QPointF> points;
  for (std::size_t i = 0; i < a.rocFalseAlarm.size(); ++i)
    points << QPointF(a.rocFalseAlarm[i], a.rocDetection[i]);
  curve_->replace(points);
  operatingPoint_->replace({QPointF(a.falseAlarmRate, 1.0 - a.missRate)});
  chart()->setTitle(tr("ROC curve — area %1").arg(a.area, 0, 'f', 3));
}

int RocChart::curvePoints() const {
  return int(curve_->count());
}

}  // namespace ebmui
