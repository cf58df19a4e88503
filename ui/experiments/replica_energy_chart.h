// The energy of every replica of a discrete search against sweeps: a class sees E fall, stall in a trap and
// jump at a reheat, and the cold replicas of a tempering ladder below the hot ones.
#pragma once

#include <QtCharts/QChartView>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ebmui {

class ReplicaEnergyChart : public QChartView {
  Q_OBJECT
 public:
  explicit ReplicaEnergyChart(QWidget* parent = nullptr);
  /// Draws `energies[k]` against `sweeps` for each replica k (coldest first), with the temperatures in the
  /// legend.
  void showHistory(const std::shared_ptr<const std::vector<double>>& sweeps,
                   const std::shared_ptr<const std::vector<std::vector<double>>>& energies,
                   const std::vector<double>& temperatures);
  [[nodiscard]] int seriesCount() const { return int(series_.size()); }
  /// The legend's name of replica k's line ("T = 1.5").
  [[nodiscard]] QString seriesName(int k) const;

 private:
  /// Names each replica's line by its temperature now (an annealing replica cools between histories).
  void nameByTemperature(const std::vector<double>& temperatures);
  std::vector<QLineSeries*> series_;
  QValueAxis* sweepAxis_;
  QValueAxis* energyAxis_;
  std::shared_ptr<const std::vector<double>> shownSweeps_;
};

}  // namespace ebmui
