// The composition panel: how the lesson's energies combine (AND, blend, OR, NOT), the sliders that act on the
// landscape live (a rule's strength λ among them), the temperature, and log Z_T, the free energy and the
// probability of breaking a rule as numbers that follow the sliders.
#pragma once

#include <QWidget>

#include "simulation/frame.h"

class QComboBox;
class QLabel;
class QListWidget;
class QSlider;

namespace ebmui {

class Session;
class ParameterSlider;

class CompositionPanel : public QWidget {
  Q_OBJECT
 public:
  explicit CompositionPanel(Session* session, QWidget* parent = nullptr);

  /// Shows log Z_T, F_T and the box warning of a frame.
  void showFrame(const ebm::Frame& frame);

 private:
  void refresh();
  void applyOperation();

  Session* session_;
  QComboBox* operation_;
  QComboBox* first_;
  QComboBox* second_;
  QListWidget* sumTerms_;
  QWidget* pairRow_;
  ParameterSlider* alpha_;
  ParameterSlider* weight_;
  ParameterSlider* gamma_;
  ParameterSlider* strength_;
  ParameterSlider* temperature_;
  ParameterSlider* noise_;
  QLabel* logPartition_;
  QLabel* freeEnergy_;
  QLabel* ruleBreaking_;
  QLabel* warning_;
  QWidget* sliceRow_;
  QComboBox* sliceAxis_;
  QSlider* slicePosition_;
  bool updating_ = false;
};

}  // namespace ebmui
