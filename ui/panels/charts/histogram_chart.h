// The histogram of particle energies next to the Boltzmann prediction: do the particles sample p_T?
#pragma once

#include <QtCharts/QChartView>

#include "simulation/frame.h"

QT_BEGIN_NAMESPACE
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace ebmui {

/// Bars: the share of particles in each energy bin; line: the share p_T predicts for the same bins.
class HistogramChart : public QChartView {
  Q_OBJECT
 public:
  explicit HistogramChart(QWidget* parent = nullptr);
  void showHistogram(const ebm::EnergyHistogram& histogram);

 private:
  QLineSeries* particles_;
  QLineSeries* boltzmann_;
  QValueAxis* energyAxis_;
  QValueAxis* shareAxis_;
};

}  // namespace ebmui
