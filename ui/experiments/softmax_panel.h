// The softmax lesson's panel: the user whose recommendations are shown, the softmax temperature τ, a draw of
// recommendations, and the counts of a categorical data set whose surprise the stage shows.
#pragma once

#include "experiments/experiment_panel.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ebmui {

class ParameterSlider;

class SoftmaxPanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit SoftmaxPanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Choices"); }
  [[nodiscard]] QString toolTip() const override {
    return tr("A softmax is a Boltzmann distribution over choices: p(i) ∝ exp(−E_i/τ)");
  }
  void showFrame(const ebm::Frame& frame) override;
  /// A click on a user's dot (in the landscape or the map) makes that user the chosen one; items do not move.
  bool dragMarker(GrabPhase phase, int marker, const Eigen::Vector2d& point) override;

 private:
  void editCount(int row, int column);

  QComboBox* user_;
  ParameterSlider* temperature_;
  QPushButton* recommend_;
  QLabel* readout_;
  QTableWidget* categories_;
  bool updating_ = false;
  int itemCount_ = 0;  ///< the frame's first markers are the items, the users follow
};

}  // namespace ebmui
