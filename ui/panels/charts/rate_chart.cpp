#include "panels/charts/rate_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <cmath>

#include "panels/charts/chart_style.h"
#include "panels/rich_text.h"
#include "style/palette.h"

namespace ebmui {
namespace {
constexpr std::int64_t kMinimumParticleSteps = 20000;  // below this a rate is mostly noise
}

RateChart::RateChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("Barrier crossings vs temperature"));
  measured_ = new QScatterSeries(chart);
  measured_->setName(tr("measured"));
  measured_->setMarkerSize(9);
  measured_->setColor(palette::kOrange.qcolor());
  arrhenius_ = new QLineSeries(chart);
  arrhenius_->setName(tr("Arrhenius ∝ exp(−ΔE/T)"));
  QPen dashed(palette::kSkyBlue.qcolor());
  dashed.setStyle(Qt::DashLine);
  dashed.setWidthF(1.8);
  arrhenius_->setPen(dashed);
  chart->addSeries(arrhenius_);
  chart->addSeries(measured_);
  temperatureAxis_ = new QLogValueAxis(chart);
  temperatureAxis_->setTitleText(tr("temperature T"));
  temperatureAxis_->setLabelFormat(QStringLiteral("%g"));
  rateAxis_ = new QLogValueAxis(chart);
  rateAxis_->setTitleText(tr("rate"));  // the tooltip gives its unit: a longer title is cut
  rateAxis_->setLabelFormat(QStringLiteral("%.0e"));
  styleAxis(temperatureAxis_);
  styleAxis(rateAxis_);
  chart->addAxis(temperatureAxis_, Qt::AlignBottom);
  chart->addAxis(rateAxis_, Qt::AlignLeft);
  for (QAbstractSeries* s :
       {static_cast<QAbstractSeries*>(measured_), static_cast<QAbstractSeries*>(arrhenius_)}) {
    s->attachAxis(temperatureAxis_);
    s->attachAxis(rateAxis_);
  }
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(180);
  setToolTip(richText(
      tr("Leave the particles at a temperature for a while: the rate of jumps between valleys is "
         "measured there (rate: crossings per particle per step). Kramers/Arrhenius: the rate falls as "
         "e^{−ΔE/T} with the barrier height ΔE.")));
}

void RateChart::clear() {
  rates_.clear();
  measured_->clear();
  arrhenius_->clear();
}

void RateChart::showParticles(const ebm::ParticleLayer& particles, double temperature) {
  if (particles.particleStepsAtTemperature < kMinimumParticleSteps || !(particles.crossingRate > 0)) return;
  const double key = std::stod(QString::number(temperature, 'g', 3).toStdString());
  rates_[key] = particles.crossingRate;
  redraw(key, particles.barrier);
}

void RateChart::redraw(double temperature, double barrier) {
  QList<QPointF> points;
  double lowT = temperature, highT = temperature, lowRate = rates_.at(temperature), highRate = lowRate;
  for (const auto& [t, rate] : rates_) {
    points << QPointF(t, rate);
    lowT = std::min(lowT, t), highT = std::max(highT, t);
    lowRate = std::min(lowRate, rate), highRate = std::max(highRate, rate);
  }
  measured_->replace(points);
  QList<QPointF> law;
  if (std::isfinite(barrier) && barrier > 0) {
    const double anchor = rates_.at(temperature);
    const double t0 = lowT / 1.5, t1 = highT * 1.5;
    for (int i = 0; i <= 40; ++i) {
      const double t = t0 * std::pow(t1 / t0, i / 40.0);
      const double rate = anchor * std::exp(-barrier * (1.0 / t - 1.0 / temperature));
      if (rate > 0 && rate < 1) law << QPointF(t, rate);
    }
    for (const QPointF& p : law)
      lowRate = std::min(lowRate, p.y()), highRate = std::max(highRate, p.y());
  }
  arrhenius_->replace(law);
  temperatureAxis_->setRange(lowT / 1.6, highT * 1.6);
  rateAxis_->setRange(std::max(lowRate / 3, 1e-9), std::min(1.0, highRate * 3));
}

}  // namespace ebmui
