// The attention lesson's panel: β on a log scale, the dot-product or Euclidean variant, "normalize patterns"
// (all three edit the lesson's modern_hopfield energy, where they live), the query and the Step button.
#pragma once

#include "experiments/experiment_panel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace ebmui {

class ParameterSlider;

class AttentionPanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit AttentionPanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Attention"); }
  [[nodiscard]] QString toolTip() const override {
    return tr(
        "Attention is one descent step of a modern Hopfield energy: ξ ← X softmax(β Xᵀξ). Drag a "
        "pattern's dot on the landscape to move it");
  }
  void showFrame(const ebm::Frame& frame) override;
  /// A stored pattern's dot dragged in the map or the landscape moves the pattern: one undo step per drag.
  bool dragMarker(GrabPhase phase, int marker, const Eigen::Vector2d& point) override;

 private:
  /// Writes `key` = `value` into the spec of the energy the experiment reads, as one undoable edit.
  void editSpec(const char* key, const nlohmann::json& value, const QString& what, int mergeId = -1);

  QSlider* beta_;
  QLabel* betaLabel_;
  QComboBox* variant_;
  QCheckBox* normalize_;
  ParameterSlider *queryX_, *queryY_;
  QPushButton *step_, *reset_;
  QLabel* readout_;
  bool updating_ = false;
  bool patternMacroOpen_ = false;  ///< a pattern drag has made its first edit (its undo macro is open)
};

}  // namespace ebmui
