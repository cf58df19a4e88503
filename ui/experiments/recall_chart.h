// The Hopfield lesson's lines against a common x (updates): the energy of a recall, the overlaps with every
// memory. Redraws only when it gets a new history.
#pragma once

#include <QtCharts/QChartView>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ebmui {

class RecallChart : public QChartView {
  Q_OBJECT
 public:
  /// `fixedLowest` < `fixedHighest` pins the y axis (overlaps: −1 to 1); otherwise it follows the data.
  RecallChart(const QString& title, const QString& xTitle, const QString& yTitle, double fixedLowest = 0,
              double fixedHighest = 0, QWidget* parent = nullptr);
  /// Draws ys[k] against xs for each k, named names[k] in the legend (shown for 2 to 12 lines).
  void showHistory(const std::shared_ptr<const std::vector<double>>& xs,
                   const std::vector<const std::vector<double>*>& ys, const QStringList& names);
  [[nodiscard]] int seriesCount() const { return int(series_.size()); }
  /// The newest y of line k (for tests), or NaN.
  [[nodiscard]] double lastValue(int k) const;

 private:
  std::vector<QLineSeries*> series_;
  QValueAxis* xAxis_;
  QValueAxis* yAxis_;
  double fixedLowest_, fixedHighest_;
  std::shared_ptr<const std::vector<double>> shownXs_;
};

}  // namespace ebmui
