// ROC curves of "flag a point when its score is above a threshold": one detector with its operating point, or
// several overlaid (watchdogs of an anomaly lesson; a classifier's energy and max-softmax scores).
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

#include "simulation/frame.h"

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ebmui {

/// One curve: x = false-alarm rate, y = detection rate, one entry per threshold.
struct RocSeries {
  QString name;  ///< its legend entry ("RBM watchdog — AUC 0.931")
  std::vector<double> falseAlarm, detection;
  QColor color;
  bool emphasized = false;  ///< the detector in use: drawn thicker
};

// The chart with its legend as a label beneath it: curve names with their areas are too long for a Qt Charts
// legend in a side panel, which elides them to "RB…".
class RocChart : public QWidget {
  Q_OBJECT
 public:
  explicit RocChart(QWidget* parent = nullptr);
  /// The anomaly lesson: the energy's curve and the threshold's operating point, or every watchdog's curve
  /// when the lesson has several energies.
  void showAnomalies(const ebm::AnomalyFrame& anomaly);
  /// Replaces the curves; `operatingPoints` (may be empty) are marked as dots, named `pointsName` in the
  /// legend.
  void showCurves(const std::vector<RocSeries>& curves, const QList<QPointF>& operatingPoints,
                  const QString& pointsName, const QString& title);
  /// Points on the first curve, and the number of curves.
  [[nodiscard]] int curvePoints() const;
  [[nodiscard]] int curveCount() const { return int(curves_.size()); }
  /// The legend as shown (rich text): one entry per curve, then chance and the operating points.
  [[nodiscard]] QString legendText() const;
  /// The colour of the n-th overlaid curve.
  [[nodiscard]] static QColor palette(int n);

 private:
  QChartView* view_;
  QLabel* legend_;
  std::vector<QLineSeries*> curves_;
  QLineSeries* chance_;
  QScatterSeries* operatingPoints_;
  QValueAxis* x_;
  QValueAxis* y_;
};

}  // namespace ebmui
