#include "panels/charts/histogram_chart.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

#include "panels/charts/chart_style.h"
#include "panels/rich_text.h"
#include "style/palette.h"

namespace ebmui {

HistogramChart::HistogramChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("Particle energies"));
  particles_ = new QLineSeries(chart);
  particles_->setName(tr("particles"));
  boltzmann_ = new QLineSeries(chart);
  boltzmann_->setName(richText(tr("Boltzmann p_T")));
  auto* bars = new QAreaSeries(particles_);
  bars->setName(tr("particles"));
  bars->setColor(palette::kParticles.qcolor(150));
  bars->setBorderColor(palette::kParticles.qcolor());
  QPen dashed(palette::kSkyBlue.qcolor());
  dashed.setWidthF(2.0);
  dashed.setStyle(Qt::DashLine);
  boltzmann_->setPen(dashed);
  chart->addSeries(bars);
  chart->addSeries(boltzmann_);
  energyAxis_ = new QValueAxis(chart);
  energyAxis_->setTitleText(tr("energy E"));
  shareAxis_ = new QValueAxis(chart);
  shareAxis_->setTitleText(tr("share"));
  styleAxis(energyAxis_);
  styleAxis(shareAxis_);
  chart->addAxis(energyAxis_, Qt::AlignBottom);
  chart->addAxis(shareAxis_, Qt::AlignLeft);
  for (QAbstractSeries* s :
       {static_cast<QAbstractSeries*>(bars), static_cast<QAbstractSeries*>(boltzmann_)}) {
    s->attachAxis(energyAxis_);
    s->attachAxis(shareAxis_);
  }
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(170);
  setToolTip(
      richText(tr("Orange: where the particles' energies are. Dashed: where p_T says they should be. "
                  "They agree once the sampler has mixed.")));
}

void HistogramChart::showHistogram(const ebm::EnergyHistogram& histogram) {
  const std::size_t bins = histogram.particles.size();
  if (bins == 0 || histogram.binEdges.size() != bins + 1) return;
  // A step outline: each bin is a flat top from its left to its right edge.
  QList<QPointF> steps, predicted;
  double top = 0;
  for (std::size_t b = 0; b < bins; ++b) {
    const double share = histogram.particles[b];
    steps << QPointF(histogram.binEdges[b], share) << QPointF(histogram.binEdges[b + 1], share);
    top = std::max(top, share);
    if (histogram.boltzmann.size() == bins) {
      const double center = 0.5 * (histogram.binEdges[b] + histogram.binEdges[b + 1]);
      predicted << QPointF(center, histogram.boltzmann[b]);
      top = std::max(top, histogram.boltzmann[b]);
    }
  }
  particles_->replace(steps);
  boltzmann_->replace(predicted);
  energyAxis_->setRange(histogram.binEdges.front(), histogram.binEdges.back());
  shareAxis_->setRange(0, top > 0 ? top * 1.1 : 1.0);
}

}  // namespace ebmui
