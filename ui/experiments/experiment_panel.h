// The panel of an experiment lesson (a Sudoku, a Hopfield memory, a softmax over items): its controls and
// charts in the Controls dock, and the stage it gives the views. Each kind derives one; experiment_panels.cpp
// is the table that makes them.
#pragma once

#include <QAbstractButton>
#include <QPointer>
#include <QWidget>
#include <nlohmann/json.hpp>

#include "simulation/frame.h"
#include "vtk/view_grab.h"

namespace ebmui {

class Session;
class StageWidget;

class ExperimentPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ExperimentPanel(Session* session, QWidget* parent = nullptr);
  /// Deletes the stage too, wherever the window placed it.
  ~ExperimentPanel() override;

  /// The tab's title ("Sudoku", "Memory", …) and its tooltip.
  [[nodiscard]] virtual QString title() const = 0;
  [[nodiscard]] virtual QString toolTip() const = 0;
  /// Shows a frame of the running lesson (the experiment's part is frame.experiment).
  virtual void showFrame(const ebm::Frame& frame) = 0;
  /// A mouse drag of the experiment's marker `marker` (its column in frame.markers) in the landscape or the
  /// map (see ViewArea::setMarkerDragHandler): on Hover and Press, whether it can be dragged. None can here.
  virtual bool dragMarker(GrabPhase phase, int marker, const Eigen::Vector2d& point);
  /// The stage the views show beside the landscape (owned by the panel's parent window once placed).
  [[nodiscard]] StageWidget* stage() const { return stage_.data(); }
  /// The panel's Step button, which the window's Run ▸ Step (S) presses; nullptr for a kind without one.
  [[nodiscard]] QAbstractButton* stepButton() const { return stepButton_.data(); }

 signals:
  /// Asks the running experiment to do something ("reheat", "step", …; see its kind).
  void commandRequested(const std::string& name, const nlohmann::json& arguments);

 protected:
  /// Creates the stage (kinds with a stage call this in their constructor).
  StageWidget* makeStage();
  void setStepButton(QAbstractButton* button) { stepButton_ = button; }
  Session* session_;

 private:
  QPointer<StageWidget> stage_;
  QPointer<QAbstractButton> stepButton_;
};

/// The panel of an experiment kind; throws ebm::ArgumentError for a kind without one.
[[nodiscard]] ExperimentPanel* createExperimentPanel(const std::string& kind, Session* session,
                                                     QWidget* parent = nullptr);

}  // namespace ebmui
