// The ebmscape main window: the views, the panels that drive the lesson, the menus and toolbar, and the
// wiring between the lesson being edited (Session) and the engine running it (SimulationWorker).
#pragma once

#include <QFuture>
#include <QMainWindow>
#include <QPixmap>
#include <atomic>
#include <memory>

#include "io/lesson.h"
#include "session/recovery.h"
#include "simulation/frame.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace ebmui {

class Session;
class SimulationWorker;
class ViewArea;
class VtkView;
class MessageBar;
class CompositionPanel;
class SamplerPanel;
class TrainingPanel;
class DataPanel;
class EnergyPanel;
class AnomalyPanel;
class OodPanel;
class AnimationPanel;
class ExperimentPanel;
class PointImport;

/// The window a teacher sees. It never computes: edits go to the worker, frames come back and are drawn.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens a lesson (replacing the current one; its engine is built on the worker).
  void openLesson(const ebm::Lesson& lesson, const QString& filePath = {});
  /// Loads a built-in lesson by name or a lesson file; on error shows the message and keeps the open lesson.
  bool openLessonNamed(const QString& nameOrPath);
  /// Saves to `path` atomically; on error shows the message (the old file stays). Returns success.
  bool saveLessonTo(const QString& path);
  /// If the last session ended without closing, reopens the lesson it autosaved: after asking, or at once
  /// when `ask` is false. Returns true if a lesson was restored.
  bool offerRecovery(bool ask);
  /// Writes the autosave now (normally every 30 s, in the background).
  void autosave();
  /// Asks where and how to export the lesson's animation, then exports it in the background.
  void exportAnimation();

  [[nodiscard]] Session* session() const { return session_; }
  [[nodiscard]] SimulationWorker* worker() const { return worker_; }
  [[nodiscard]] ViewArea* views() const { return views_; }
  /// The main 3D view (the landscape for a 2D lesson, the volume for a 3D one).
  [[nodiscard]] VtkView* view() const;
  [[nodiscard]] const ebm::Lesson& lesson() const;
  [[nodiscard]] MessageBar* messageBar() const { return messageBar_; }
  [[nodiscard]] TrainingPanel* trainingPanel() const { return trainingPanel_; }
  [[nodiscard]] AnomalyPanel* anomalyPanel() const { return anomalyPanel_; }
  [[nodiscard]] OodPanel* oodPanel() const { return oodPanel_; }
  [[nodiscard]] QTabWidget* panels() const { return panels_; }
  [[nodiscard]] ExperimentPanel* experimentPanel() const { return experimentPanel_; }
  /// Importing the teacher's own points (Data ▸ Import points…, and the command line's --data).
  [[nodiscard]] PointImport* pointImport() const { return pointImport_; }
  /// True once a frame of the current lesson has been drawn.
  [[nodiscard]] bool landscapeReady() const { return landscapeReady_; }
  /// The newest frame drawn.
  [[nodiscard]] ebm::FramePtr lastFrame() const;
  /// The whole window as it looks, its views drawn at full resolution.
  [[nodiscard]] QPixmap screenshot();

 signals:
  /// Emitted after each frame from the engine has been copied into the views (a repaint is scheduled).
  void frameShown();
  /// Emitted when the first frame of a newly opened lesson has been shown.
  void landscapeShown();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildPanels();
  void buildActions();
  void buildMenus();
  void connectSession();
  void showFrame(const ebm::FramePtr& frame);
  void showError(const QString& message);
  void showWarnings(const std::vector<std::string>& warnings);
  void applyLessonMode();
  void syncViewActions();
  void setViewOption(const std::function<void(ebm::ViewSettings&)>& change);
  void updateTitle();
  void updateStatus();
  bool confirmDiscard();
  void chooseLessonFile();
  bool save();
  bool saveAs();
  void saveScreenshot();
  void loadModel();
  void saveModel(int index);
  void toggleTraining();
  void offerData();
  void resetTraining();
  void rebuildRecentMenu();
  void showExperimentPanel();

  Session* session_;
  SimulationWorker* worker_;
  ViewArea* views_;
  MessageBar* messageBar_;
  QTabWidget* panels_;
  QTextBrowser* explanation_;
  CompositionPanel* compositionPanel_ = nullptr;
  SamplerPanel* samplerPanel_ = nullptr;
  TrainingPanel* trainingPanel_ = nullptr;
  DataPanel* dataPanel_ = nullptr;
  EnergyPanel* energyPanel_ = nullptr;
  AnomalyPanel* anomalyPanel_ = nullptr;
  OodPanel* oodPanel_ = nullptr;
  AnimationPanel* animationPanel_ = nullptr;
  ExperimentPanel* experimentPanel_ = nullptr;  ///< the lesson's experiment panel (last tab), if it has one
  QWidget* experimentTab_ = nullptr;            ///< its tab (a scroll area holding it)
  QString experimentKind_;
  PointImport* pointImport_ = nullptr;
  QLabel* fpsLabel_;
  QLabel* statusLabel_;
  QMenu* recentMenu_ = nullptr;

  QAction* playAction_ = nullptr;
  QAction* trainAction_ = nullptr;
  QActionGroup* layoutGroup_ = nullptr;
  QAction* densityAction_ = nullptr;
  std::map<QString, QAction*> viewToggles_;

  ebm::ViewSettings engineView_;  ///< the view settings the engine last saw (to skip pure display changes)
  ebm::FramePtr lastFrame_;
  double fps_ = 0;
  bool landscapeReady_ = false;
  bool applyingEngineResult_ = false;
  bool trainedSinceLastSpec_ =
      false;  ///< a frame showed training running since the last trained weights came
  RecoveryStore recovery_;
  QTimer* autosaveTimer_ = nullptr;
  QFuture<QString> autosaveRun_;  ///< the autosave being written, if any
  bool autosaveFailedShown_ = false;
};

}  // namespace ebmui
