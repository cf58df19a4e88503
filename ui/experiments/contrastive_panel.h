// The contrastive lesson's panel: the run's buttons and progress, τ and the view noise σ, the anchor whose
// energy landscape E(x, ·) is drawn (also set by a click on the stage's data), the data set and the
// embedding's shape, and live charts of InfoNCE, alignment and uniformity.
#pragma once

#include "experiments/experiment_panel.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ebmui {

class HistoryChart;
class ParameterSlider;

class ContrastivePanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit ContrastivePanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Contrastive"); }
  [[nodiscard]] QString toolTip() const override {
    return tr("InfoNCE trains E(x, y) = −g(x)·g(y)/τ on pairs: each view must pick its partner in the batch");
  }
  void showFrame(const ebm::Frame& frame) override;

 private:
  void showSettings();
  void editSetting(const std::string& key, const nlohmann::json& value, const QString& what);
  void pickAnchor(QPointF position, QSizeF size);

  QPushButton *train_, *pause_, *stop_, *reset_;
  QProgressBar* progress_;
  QLabel* status_;
  ParameterSlider *temperature_, *viewNoise_, *anchorX_, *anchorY_;
  QComboBox *dataSet_, *embedding_;
  HistoryChart *loss_, *alignment_, *uniformity_;
  int lossSeries_ = 0, lossBound_ = 0, uniformityFloor_ = 0;
  bool pressed_ = false;
  bool updating_ = false;
};

}  // namespace ebmui
