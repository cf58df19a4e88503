// The Sudoku lesson's panel: the puzzle (from the lesson's set, or typed or pasted), the energy it is solved
// with, the temperature and the pace, Play / Step / Reheat / Restart, and every replica's energy against
// sweeps.
#pragma once

#include "experiments/experiment_panel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ebmui {

class ParameterSlider;
class ReplicaEnergyChart;

class SudokuPanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit SudokuPanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Sudoku"); }
  [[nodiscard]] QString toolTip() const override {
    return tr("Rules as energy terms: the answer is the state of zero energy, found by descent");
  }
  void showFrame(const ebm::Frame& frame) override;

 private:
  void choosePuzzle(int index);
  void usePastedPuzzle();
  void editSetting(const char* key, const nlohmann::json& value, const QString& what);
  void syncFromLesson();

  QComboBox* puzzle_;
  QLineEdit* paste_;
  QPushButton* usePaste_;
  QLabel* pasteError_;
  QComboBox* method_;
  QCheckBox* propagate_;
  ParameterSlider* temperature_;
  ParameterSlider* pace_;
  QPushButton* play_;
  QPushButton* step_;
  QPushButton* reheat_;
  QPushButton* restart_;
  QLabel* readout_;
  ReplicaEnergyChart* chart_;
  bool updating_ = false;
};

}  // namespace ebmui
