// The anomaly panel: energy as surprise — which model watches (the true density, an RBM or a network trained
// on normal data), a threshold on its energy calibrated on normal data, the false-alarm and miss rates, and
// the ROC curves of every watchdog.
#pragma once

#include <QWidget>
#include <optional>

#include "simulation/frame.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace ebmui {

class Session;
class ParameterSlider;
class RocChart;

class AnomalyPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AnomalyPanel(Session* session, QWidget* parent = nullptr);
  void showFrame(const ebm::Frame& frame);
  [[nodiscard]] RocChart* roc() const { return roc_; }
  [[nodiscard]] QComboBox* watchdog() const { return watchdog_; }

 private:
  void refresh();
  void chooseWatchdog(int energy);
  void enableCalibrate();

  Session* session_;
  QComboBox* watchdog_;
  QLabel* watchdogLabel_;
  ParameterSlider* threshold_;
  QPushButton* calibrate_;
  QLabel* rates_;
  QLabel* legend_;
  RocChart* roc_;
  std::optional<double> calibrated_;  ///< the threshold calibration gives, once a frame has told it
  bool updating_ = false;
};

}  // namespace ebmui
