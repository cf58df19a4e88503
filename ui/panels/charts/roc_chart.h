// The ROC curve of "flag a point when its energy is above the threshold", with the threshold's operating
// point.
#pragma once

#include <QtCharts/QChartView>

#include "simulation/frame.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
QT_END_NAMESPACE

namespace ebmui {

class RocChart : public QChartView {
  Q_OBJECT
 public:
  explicit RocChart(QWidget* parent = nullptr);
  void showAnomalies(const ebm::AnomalyFrame& anomaly);
  [[nodiscard]] int curvePoints() const;

 private:
  QLineSeries* curve_;
  QLineSeries* chance_;
  QScatterSeries* operatingPoint_;
};

}  // namespace ebmui
