// Barrier crossings per particle-step against temperature, beside the Arrhenius law: the rates lesson.
#pragma once

#include <QtCharts/QChartView>
#include <map>

#include "simulation/frame.h"

QT_BEGIN_NAMESPACE
class QScatterSeries;
class QLineSeries;
class QLogValueAxis;
QT_END_NAMESPACE

namespace ebmui {

/// One point per temperature the particles were left at (the latest rate measured there), and a dashed line
/// rate ∝ e^{−ΔE/T} through the newest point, with ΔE the landscape's lowest barrier.
class RateChart : public QChartView {
  Q_OBJECT
 public:
  explicit RateChart(QWidget* parent = nullptr);
  void showParticles(const ebm::ParticleLayer& particles, double temperature);
  void clear();
  [[nodiscard]] int pointCount() const { return int(rates_.size()); }

 private:
  void redraw(double temperature, double barrier);

  QScatterSeries* measured_;
  QLineSeries* arrhenius_;
  QLogValueAxis* temperatureAxis_;
  QLogValueAxis* rateAxis_;
  std::map<double, double> rates_;  ///< T (3 significant digits) → crossings per particle-step
};

}  // namespace ebmui
