// The Controls dock's tabs: one per panel (landscape, sampler, training, data, energies, anomalies,
// out-of-distribution, animation), and an experiment lesson's own panel as the last tab.
#pragma once

#include <QTabWidget>

#include "io/lesson.h"
#include "simulation/frame.h"

namespace ebmui {

class AnimationPanel;
class AnomalyPanel;
class CompositionPanel;
class DataPanel;
class EnergyPanel;
class ExperimentPanel;
class OodPanel;
class SamplerPanel;
class Session;
class TrainingPanel;
class ViewArea;

/// The panels that drive the lesson, each in a tab that scrolls up and down (never sideways). Which tabs a
/// class sees is the lesson's: its lesson mode hides some, and only lessons with anomalies or outliers show
/// those tabs.
class ControlPanels : public QTabWidget {
  Q_OBJECT
 public:
  /// The fixed tabs, in their order; an experiment's tab comes after them.
  enum Tab { Landscape, Sampler, Training, Data, Energies, Anomalies, Ood, Animation };

  ControlPanels(Session* session, ViewArea* views, QWidget* parent = nullptr);

  [[nodiscard]] CompositionPanel* compositionPanel() const { return composition_; }
  [[nodiscard]] SamplerPanel* samplerPanel() const { return sampler_; }
  [[nodiscard]] TrainingPanel* trainingPanel() const { return training_; }
  [[nodiscard]] DataPanel* dataPanel() const { return data_; }
  [[nodiscard]] EnergyPanel* energyPanel() const { return energy_; }
  [[nodiscard]] AnomalyPanel* anomalyPanel() const { return anomaly_; }
  [[nodiscard]] OodPanel* oodPanel() const { return ood_; }
  [[nodiscard]] AnimationPanel* animationPanel() const { return animation_; }
  /// The experiment lesson's panel (the last tab), or nullptr.
  [[nodiscard]] ExperimentPanel* experimentPanel() const { return experiment_; }

  /// Puts `panel` in the experiment's tab (nullptr: no such tab). The panel before it is deleted, with its
  /// stage.
  void setExperimentPanel(ExperimentPanel* panel);
  /// Shows the tabs `lesson` uses, and opens on its experiment's tab, else its anomalies', else its
  /// out-of-distribution tab, else the landscape's.
  void showLesson(const ebm::Lesson& lesson);
  /// Shows a frame of the running lesson in every panel that draws one.
  void showFrame(const ebm::Frame& frame);
  /// Opens the next shown tab (`step` 1) or the one before it (−1), round the end (View ▸ Next Panel).
  void showNeighbourTab(int step);

 private:
  CompositionPanel* composition_;
  SamplerPanel* sampler_;
  TrainingPanel* training_;
  DataPanel* data_;
  EnergyPanel* energy_;
  AnomalyPanel* anomaly_;
  OodPanel* ood_;
  AnimationPanel* animation_;
  ExperimentPanel* experiment_ = nullptr;
  QWidget* experimentTab_ = nullptr;  ///< its tab: a scroll area holding it
};

}  // namespace ebmui
