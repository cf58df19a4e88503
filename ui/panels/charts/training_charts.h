// Live training charts: the loss, the mean energy of data against negatives, a classifier's accuracy, the
// held-out NLL and the sampler's acceptance rate, each against the iteration.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include "simulation/frame.h"
#include "style/palette.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace ebmui {

/// A column of small line charts drawn from TrainingFrame histories.
class TrainingCharts : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingCharts(QWidget* parent = nullptr);
  void showTraining(const ebm::TrainingFrame& training);
  /// Says in the NLL chart's title which units its nats are per: imported data's own units (the engine's
  /// held-out NLL plus the log-Jacobian of the standardization), or the landscape's.
  void setUnits(const ebm::DataAxes& axes, int dimension);
  void clear();
  /// Points currently in the loss series (tests check that charts received data).
  [[nodiscard]] int lossPoints() const;
  /// Points in the batch-accuracy series (a classifier's run).
  [[nodiscard]] int accuracyPoints() const;

 private:
  struct Chart {
    QChartView* view = nullptr;
    std::vector<QLineSeries*> series;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
  };
  Chart makeChart(const QString& title, const QStringList& names, const QList<palette::Rgb>& colors,
                  const QString& tip);
  void show(Chart& chart, std::size_t series, const std::vector<double>& x, const std::vector<double>& y);
  void rescale(Chart& chart);

  static constexpr std::size_t kChartPoints = 300;  ///< points drawn per series at most
  static constexpr qint64 kRefreshMs = 250;         ///< a running chart is redrawn this often at most

  Chart loss_, energies_, accuracy_, likelihood_, acceptance_;
  QElapsedTimer sinceShown_;
  ebm::TrainingFrame::State lastState_ = ebm::TrainingFrame::State::Idle;
  QLabel* placeholder_ = nullptr;
  void showOnlyChartsWithData();
  QString units_;  ///< the units the NLL chart says it is in ("" = the landscape's own)
};

}  // namespace ebmui
