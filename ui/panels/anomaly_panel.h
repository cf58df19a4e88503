// The anomaly panel: energy as surprise — a threshold on the energy, calibrated on normal data, its
// false-alarm and miss rates, and the ROC curve.
#pragma once

#include <QWidget>

#include "simulation/frame.h"

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

 private:
  Session* session_;
  ParameterSlider* threshold_;
  QPushButton* calibrate_;
  QLabel* rates_;
  QLabel* legend_;
  RocChart* roc_;
  double calibrated_ = 0;
};

}  // namespace ebmui
