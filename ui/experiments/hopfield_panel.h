// The Hopfield lesson's panel: which memories are stored (bitmaps, random patterns, the rule), the cue and
// its noise, the temperature and pace of the recall, the landscape's two axes, the energy and overlaps as the
// recall runs, and the capacity experiment. Painting on the stage edits the cue.
#pragma once

#include <vector>

#include "experiments/experiment_panel.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ebmui {

class CapacityChart;
class RecallChart;
class ParameterSlider;

class HopfieldPanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit HopfieldPanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Memory"); }
  [[nodiscard]] QString toolTip() const override {
    return tr("A Hopfield network: memories are valleys of E(s) = −½ Σ wᵢⱼ sᵢ sⱼ, recall is descent");
  }
  void showFrame(const ebm::Frame& frame) override;

 private:
  void editSetting(const char* key, const nlohmann::json& value, const QString& what);
  void editStored();
  void syncFromLesson();
  void rebuildMemoryBoxes(const nlohmann::json& experiment);
  void paintAt(QPointF position, QSizeF size, Qt::MouseButtons buttons);

  QGridLayout* memories_;
  std::vector<QCheckBox*> stored_;
  QSpinBox* randomPatterns_;
  QComboBox* rule_;
  QComboBox* cue_;
  ParameterSlider* noise_;
  ParameterSlider* temperature_;
  ParameterSlider* pace_;
  QPushButton* newCue_;
  QPushButton* recall_;
  QPushButton* step_;
  QPushButton* play_;
  QComboBox* axes_[2];
  QLabel* readout_;
  RecallChart* energyChart_;
  RecallChart* overlapChart_;
  QSpinBox* capacityNeurons_;
  QPushButton* measureCapacity_;
  CapacityChart* capacityChart_;
  QLabel* capacityReadout_;
  int paintedUnit_ = -1;
  int paintedValue_ = 0;
  bool updating_ = false;
};

}  // namespace ebmui
