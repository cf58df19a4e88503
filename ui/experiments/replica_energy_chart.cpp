#include "experiments/replica_energy_chart.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

#include "panels/charts/chart_style.h"

namespace ebmui {
namespace {

// Cold to hot along a perceptually ordered ramp (viridis, from its bright end), so the ladder reads in order.
QColor replicaColour(std::size_t k, std::size_t count) {
  static const QColor ramp[] = {QColor(253, 231, 37), QColor(94, 201, 98), QColor(33, 145, 140),
                                QColor(59, 82, 139), QColor(110, 60, 150)};
  const double t = count > 1 ? double(k) / double(count - 1) : 0.0;
  const double x = t * 4;
  const int i = std::min(3, int(x));
  const double f = x - i;
  const QColor& a = ramp[i];
  const QColor& b = ramp[i + 1];
  return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                          float(a.greenF() + f * (b.greenF() - a.greenF())),
                          float(a.blueF() + f * (b.blueF() - a.blueF())));
}

}  // namespace

ReplicaEnergyChart::ReplicaEnergyChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart;
  styleChart(chart, tr("Energy of each replica"));
  sweepAxis_ = new QValueAxis(chart);
  sweepAxis_->setTitleText(tr("sweeps"));
  sweepAxis_->setLabelFormat(QStringLiteral("%.0f"));
  energyAxis_ = new QValueAxis(chart);
  energyAxis_->setTitleText(tr("E (conflicts)"));
  energyAxis_->setLabelFormat(QStringLiteral("%.0f"));
  styleAxis(sweepAxis_);
  styleAxis(energyAxis_);
  chart->addAxis(sweepAxis_, Qt::AlignBottom);
  chart->addAxis(energyAxis_, Qt::AlignLeft);
  setChart(chart);
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  setToolTip(
      tr("E = the digits missing from rows and columns; 0 means solved. A replica stuck above 0 is in a "
         "trap; a reheat (or a hotter replica swapping down) lets it out."));
}

void ReplicaEnergyChart::showHistory(const std::shared_ptr<const std::vector<double>>& sweeps,
                                     const std::shared_ptr<const std::vector<std::vector<double>>>& energies,
                                     const std::vector<double>& temperatures) {
  if (!sweeps || !energies) return;
  if (sweeps == shownSweeps_) {  // the same history; an annealing replica's temperature still moves
    nameByTemperature(temperatures);
    return;
  }
  shownSweeps_ = sweeps;
  QChart* chart = this->chart();
  const std::size_t n = energies->size();
  while (series_.size() > n) {
    chart->removeSeries(series_.back());
    delete series_.back();
    series_.pop_back();
  }
  while (series_.size() < n) {
    auto* s = new QLineSeries(chart);
    chart->addSeries(s);
    s->attachAxis(sweepAxis_);
    s->attachAxis(energyAxis_);
    series_.push_back(s);
  }
  double highest = 1;
  for (std::size_t k = 0; k < n; ++k) {
    const auto& e = (*energies)[k];
    QList<QPointF> points;
    points.reserve(qsizetype(e.size()));
    for (std::size_t i = 0; i < e.size() && i < sweeps->size(); ++i) {
      points << QPointF((*sweeps)[i], e[i]);
      highest = std::max(highest, e[i]);
    }
    series_[k]->replace(points);
    QPen pen(replicaColour(k, n));
    pen.setWidthF(k == 0 ? 2.4 : 1.4);
    series_[k]->setPen(pen);
  }
  nameByTemperature(temperatures);
  sweepAxis_->setRange(0, std::max(10.0, sweeps->empty() ? 10.0 : sweeps->back()));
  energyAxis_->setRange(0, highest * 1.05);
  chart->legend()->setVisible(n > 1 && n <= 8);
}

QString ReplicaEnergyChart::seriesName(int k) const {
  return k >= 0 && k < int(series_.size()) ? series_[std::size_t(k)]->name() : QString();
}

void ReplicaEnergyChart::nameByTemperature(const std::vector<double>& temperatures) {
  for (std::size_t k = 0; k < series_.size(); ++k) {
    const QString name = k < temperatures.size() ? tr("T = %1").arg(temperatures[k], 0, 'g', 2) : QString();
    if (series_[k]->name() != name) series_[k]->setName(name);
  }
}

}  // namespace ebmui
