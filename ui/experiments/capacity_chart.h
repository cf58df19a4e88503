// A Hopfield network's capacity curve: the mean final overlap against the load α = P/N, with the 0.9 line
// that defines α_c and the classical α_c ≈ 0.138 for comparison.
#pragma once

#include <QtCharts/QChartView>
#include <memory>

#include "hopfield/hopfield_capacity.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ebmui {

class CapacityChart : public QChartView {
  Q_OBJECT
 public:
  explicit CapacityChart(QWidget* parent = nullptr);
  void showCurve(const std::shared_ptr<const ebm::hopfield::CapacityCurve>& curve);
  [[nodiscard]] int points() const;

 private:
  QLineSeries* curve_;
  QScatterSeries* critical_;
  QLineSeries* threshold_;
  QLineSeries* theory_;
  std::shared_ptr<const ebm::hopfield::CapacityCurve> shown_;
};

}  // namespace ebmui
