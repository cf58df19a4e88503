// The training panel: how a neural energy learns the data (PCD, CD-k, DSM, NCE, RBM), the buttons that run
// it, a progress bar with its ETA, and live charts.
#pragma once

#include <QWidget>

#include "simulation/frame.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ebmui {

class Session;
class TrainingCharts;

class TrainingPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPanel(Session* session, QWidget* parent = nullptr);
  void showFrame(const ebm::Frame& frame);
  [[nodiscard]] TrainingCharts* charts() const { return charts_; }

 signals:
  void trainRequested();
  void pauseRequested();
  void stopRequested();
  /// Start again from freshly initialized weights.
  void resetRequested();

 private:
  void refresh();
  void apply();
  void showState(ebm::TrainingFrame::State state);

  Session* session_;
  QComboBox* energy_;
  QComboBox* method_;
  QLineEdit* widths_;
  QComboBox* activation_;
  QSpinBox* iterations_;
  QSpinBox* batchSize_;
  QDoubleSpinBox* learningRate_;
  QSpinBox* langevinSteps_;
  QDoubleSpinBox* langevinStepSize_;
  QDoubleSpinBox* regularization_;
  QDoubleSpinBox* noiseLevel_;
  QSpinBox* hiddenUnits_;
  QSpinBox* seed_;
  QFormLayout* form_;
  QPushButton* train_;
  QPushButton* pause_;
  QPushButton* stop_;
  QPushButton* reset_;
  QProgressBar* progress_;
  QLabel* status_;
  TrainingCharts* charts_;
  ebm::TrainingFrame::State state_ = ebm::TrainingFrame::State::Idle;
  bool updating_ = false;
};

}  // namespace ebmui
