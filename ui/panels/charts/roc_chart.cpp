#include "panels/charts/roc_chart.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include "panels/charts/chart_style.h"
#include "style/palette.h"

namespace ebmui {

namespace {

namespace colourPalette = ebmui::palette;  // RocChart::palette hides the namespace in the class's members

const QColor kBackground(28, 31, 38);  // styleChart's
const QColor kChance(150, 150, 160);
const QColor kOperatingPoint(245, 245, 245);

}  // namespace

RocChart::RocChart(QWidget* parent) : QWidget(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("ROC curve"));
  chance_ = new QLineSeries(chart);
  QPen dashed(kChance);
  dashed.setStyle(Qt::DashLine);
  chance_->setPen(dashed);
  chance_->append(0, 0);
  chance_->append(1, 1);
  operatingPoints_ = new QScatterSeries(chart);
  operatingPoints_->setMarkerSize(11);
  operatingPoints_->setColor(kOperatingPoint);
  chart->addSeries(chance_);
  chart->addSeries(operatingPoints_);
  x_ = new QValueAxis(chart);
  y_ = new QValueAxis(chart);
  x_->setTitleText(tr("false-alarm rate"));
  y_->setTitleText(tr("detection rate"));
  x_->setRange(0, 1);
  y_->setRange(0, 1);
  styleAxis(x_);
  styleAxis(y_);
  chart->addAxis(x_, Qt::AlignBottom);
  chart->addAxis(y_, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x_);
    s->attachAxis(y_);
  }
  chart->legend()->setVisible(false);
  view_ = new QChartView(chart, this);
  view_->setRenderHint(QPainter::Antialiasing);
  // One dark block with the legend below: no light frame or rounded corners between them.
  chart->setBackgroundRoundness(0);
  view_->setBackgroundBrush(kBackground);
  view_->setFrameShape(QFrame::NoFrame);
  view_->setMinimumHeight(220);
  legend_ = new QLabel(this);
  legend_->setObjectName(QStringLiteral("rocLegend"));
  legend_->setWordWrap(true);
  // The chart's own dark background, so that the pale curve colours read as they do on the chart.
  legend_->setStyleSheet(
      QStringLiteral("QLabel { background: rgb(28, 31, 38); color: rgb(220, 222, 228); "
                     "padding: 2px 6px 6px 6px; }"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(view_, 1);
  layout->addWidget(legend_);
  setToolTip(
      tr("Every threshold trades false alarms for missed anomalies; the area under the curve is the chance "
         "an anomaly has a higher score than a normal point"));
}

QColor RocChart::palette(int n) {
  return colourPalette::seriesColour(n).qcolor();
}

void RocChart::showCurves(const std::vector<RocSeries>& curves, const QList<QPointF>& operatingPoints,
                          const QString& pointsName, const QString& title) {
  while (curves_.size() > curves.size()) {
    view_->chart()->removeSeries(curves_.back());
    delete curves_.back();
    curves_.pop_back();
  }
  while (curves_.size() < curves.size()) {
    auto* series = new QLineSeries(view_->chart());
    view_->chart()->addSeries(series);
    series->attachAxis(x_);
    series->attachAxis(y_);
    curves_.push_back(series);
  }
  for (std::size_t c = 0; c < curves.size(); ++c) {
    QList<QPointF> points;
    points.reserve(qsizetype(curves[c].falseAlarm.size()));
    for (std::size_t i = 0; i < curves[c].falseAlarm.size() && i < curves[c].detection.size(); ++i)
      points << QPointF(curves[c].falseAlarm[i], curves[c].detection[i]);
    curves_[c]->replace(points);
    curves_[c]->setName(curves[c].name);
    // Curve c is dashed as the c-th series of any chart: overlaid curves differ in more than hue.
    QPen pen(curves[c].color);
    pen.setWidthF(curves[c].emphasized ? 3.0 : 1.6);
    pen.setStyle(colourPalette::seriesDash(int(c)));
    curves_[c]->setPen(pen);
  }
  operatingPoints_->replace(operatingPoints);
  view_->chart()->setTitle(title);
  QStringList entries;
  for (std::size_t c = 0; c < curves.size(); ++c) {
    const auto& curve = curves[c];
    const QString entry =
        colourPalette::swatch(curve.color, colourPalette::glyph(colourPalette::seriesDash(int(c)))) +
        QLatin1Char(' ') + curve.name.toHtmlEscaped();
    entries << (curve.emphasized ? QStringLiteral("<b>%1</b>").arg(entry) : entry);
  }
  QString extras = colourPalette::swatch(kChance, QStringLiteral("╌╌")) + QLatin1Char(' ') + tr("chance");
  if (!operatingPoints.isEmpty())
    extras += QStringLiteral(" &nbsp; ") + colourPalette::swatch(kOperatingPoint, QStringLiteral("●")) +
              QLatin1Char(' ') + pointsName.toHtmlEscaped();
  entries << extras;
  legend_->setText(entries.join(QStringLiteral("<br>")));
}

QString RocChart::legendText() const {
  return legend_->text();
}

void RocChart::showAnomalies(const ebm::AnomalyFrame& a) {
  std::vector<RocSeries> curves;
  if (a.watchdogs.empty()) {
    curves.push_back({tr("all thresholds"), a.rocFalseAlarm, a.rocDetection, palette(0), true});
  } else {
    for (std::size_t k = 0; k < a.watchdogs.size(); ++k) {
      const auto& w = a.watchdogs[k];
      curves.push_back({tr("%1 — area %2").arg(QString::fromStdString(w.name)).arg(w.area, 0, 'f', 3),
                        w.rocFalseAlarm, w.rocDetection, palette(int(k)), w.watching});
    }
  }
  showCurves(curves, {QPointF(a.falseAlarmRate, 1.0 - a.missRate)}, tr("the threshold now"),
             tr("ROC curve — area %1").arg(a.area, 0, 'f', 3));
}

int RocChart::curvePoints() const {
  return curves_.empty() ? 0 : int(curves_.front()->count());
}

}  // namespace ebmui
