// The out-of-distribution panel of a classifier lesson: does the classifier know what it has never seen? Its
// energy score against its max-softmax score (accuracy, AUROC, FPR95, ROC curves), which score the map
// shows, and Liu et al.'s energy fine-tuning with its margins and outliers.
#pragma once

#include <QWidget>

#include "simulation/frame.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace ebmui {

class Session;
class ParameterSlider;
class RocChart;

class OodPanel : public QWidget {
  Q_OBJECT
 public:
  explicit OodPanel(Session* session, QWidget* parent = nullptr);
  void showFrame(const ebm::Frame& frame);
  [[nodiscard]] RocChart* roc() const { return roc_; }

 signals:
  /// Start (or resume) training: fine-tuning continues from the classifier's current weights.
  void trainRequested();

 private:
  void refresh();
  void fineTune();

  Session* session_;
  QLabel* scores_;
  QCheckBox* showSoftmax_;
  QLabel* legend_;
  RocChart* roc_;
  ParameterSlider* weight_;
  ParameterSlider* marginIn_;
  ParameterSlider* marginOut_;
  ParameterSlider* outliers_;
  QPushButton* fineTune_;
  bool updating_ = false;
};

}  // namespace ebmui
