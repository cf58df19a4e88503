// The ebmscape main window: the views, the panels that drive the lesson, the menus and toolbar, and the
// wiring between the lesson being edited (Session) and the engine running it (SimulationWorker). The parts
// live in their own files: view switches (view_actions), lesson files (session/lesson_files), the panels'
// tabs (panels/control_panels), point files and model files (panels/point_import, panels/model_files).
#pragma once

#include <QMainWindow>
#include <QPixmap>

#include "io/lesson.h"
#include "panels/control_panels.h"
#include "simulation/frame.h"

class QAction;
class QLabel;
class QMenu;
class QTextBrowser;

namespace ebmui {

class Session;
class SimulationWorker;
class ViewArea;
class VtkView;
class MessageBar;
class PointImport;
class ModelFiles;
class LessonFiles;
class ViewActions;
class PresentationMode;
enum class LessonPart;

/// The window a teacher sees. It never computes: edits go to the worker, frames come back and are drawn.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens a lesson (replacing the current one; its engine is built on the worker).
  void openLesson(const ebm::Lesson& lesson, const QString& filePath = {});
  /// Continues where `previous` (a window of another language) stands: its lesson as edited, file, unsaved
  /// state, geometry and presentation mode. The undo history stays behind.
  void takeOverFrom(const MainWindow& previous);
  /// Loads a built-in lesson by name or a lesson file; on error shows the message and keeps the open lesson.
  bool openLessonNamed(const QString& nameOrPath);
  /// If the last session ended without closing, reopens the lesson it autosaved: after asking, or at once
  /// when `ask` is false. Returns true if a lesson was restored.
  bool offerRecovery(bool ask);
  /// Asks where and how to export the lesson's animation, then exports it in the background.
  void exportAnimation();

  [[nodiscard]] Session* session() const { return session_; }
  [[nodiscard]] SimulationWorker* worker() const { return worker_; }
  [[nodiscard]] ViewArea* views() const { return views_; }
  /// The main 3D view (the landscape for a 2D lesson, the volume for a 3D one).
  [[nodiscard]] VtkView* view() const;
  [[nodiscard]] const ebm::Lesson& lesson() const;
  [[nodiscard]] MessageBar* messageBar() const { return messageBar_; }
  [[nodiscard]] ControlPanels* panels() const { return panels_; }
  [[nodiscard]] TrainingPanel* trainingPanel() const { return panels_->trainingPanel(); }
  [[nodiscard]] AnomalyPanel* anomalyPanel() const { return panels_->anomalyPanel(); }
  [[nodiscard]] OodPanel* oodPanel() const { return panels_->oodPanel(); }
  [[nodiscard]] ExperimentPanel* experimentPanel() const { return panels_->experimentPanel(); }
  /// Opening, saving, autosaving and recovering the lesson (the File menu's lesson commands).
  [[nodiscard]] LessonFiles* lessonFiles() const { return lessonFiles_; }
  /// Importing the teacher's own points (Data ▸ Import points…, and the command line's --data).
  [[nodiscard]] PointImport* pointImport() const { return pointImport_; }
  /// Loading and saving trained models (the Energies panel's buttons).
  [[nodiscard]] ModelFiles* modelFiles() const { return modelFiles_; }
  /// The View menu's switches of what is drawn.
  [[nodiscard]] ViewActions* viewActions() const { return viewActions_; }
  /// Full screen with larger text, for a projector (F11).
  [[nodiscard]] PresentationMode* presentation() const { return presentation_; }
  /// "Start the demo" (the command line's --play): the particles (or the experiment) run, and the lesson's
  /// animation, if it has keyframes, plays in the window, looping.
  void play();
  /// The newest frame drawn.
  [[nodiscard]] ebm::FramePtr lastFrame() const { return lastFrame_; }
  /// The whole window as it looks, its views drawn at full resolution.
  [[nodiscard]] QPixmap screenshot();
  /// Writes screenshot() to `path` as a PNG, whole or not at all (QSaveFile). False if it could not.
  bool writeScreenshot(const QString& path);

 signals:
  /// Emitted after each frame from the engine has been copied into the views (a repaint is scheduled).
  void frameShown();
  /// Emitted when the first frame of a newly opened lesson has been shown.
  void landscapeShown();
  /// Emitted when View ▸ Language picks another language (already saved): the program rebuilds the window.
  void languageChosen(const QString& tag);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  // main_window.cpp: the wiring.
  void buildDocks();
  void buildStatusBar();
  void connectPanels();
  void connectSession();
  void connectWorker();
  void showLesson();
  void showLessonChange(LessonPart part);
  void showFrame(const ebm::FramePtr& frame);
  void showExperimentPanel();
  void showError(const QString& message);
  void updateTitle();
  void updateStatus();
  // main_window_menus.cpp: the menus and the toolbar.
  void buildActions();
  void buildMenus();
  void buildLanguageMenu(QMenu* menu);
  void syncRunActions();
  void syncStepAction();
  void step();
  void saveScreenshot();
  // main_window_training.cpp: trained weights, and training commands that need a word with the teacher.
  void toggleTraining();
  void offerData();
  void resetTraining();
  void keepTrainedSpec(int index, const QString& json);

  Session* session_;
  SimulationWorker* worker_;
  ViewArea* views_;
  MessageBar* messageBar_;
  ControlPanels* panels_ = nullptr;
  QTextBrowser* explanation_ = nullptr;
  LessonFiles* lessonFiles_;
  PointImport* pointImport_ = nullptr;
  ModelFiles* modelFiles_ = nullptr;
  ViewActions* viewActions_ = nullptr;
  PresentationMode* presentation_ = nullptr;
  QLabel* fpsLabel_ = nullptr;
  QLabel* statusLabel_ = nullptr;
  QAction* playAction_ = nullptr;
  QAction* trainAction_ = nullptr;
  QAction* stepAction_ = nullptr;

  QString experimentKind_;        ///< the kind whose panel is shown ("" for none)
  ebm::ViewSettings engineView_;  ///< the view settings the engine last saw (to skip pure display changes)
  ebm::FramePtr lastFrame_;
  bool landscapeReady_ = false;
  bool applyingEngineResult_ = false;
  bool trainedSinceLastSpec_ =
      false;  ///< a frame showed training running since the last trained weights came
};

}  // namespace ebmui
