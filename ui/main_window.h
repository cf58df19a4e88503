// The ebmscape main window: the landscape view, the lesson's explanation, and the menus that drive them.
#pragma once

#include <QFutureWatcher>
#include <QMainWindow>
#include <memory>

#include "analysis/energy_grid.h"
#include "io/lesson.h"

class QAction;
class QLabel;
class QTextBrowser;

namespace ebmui {

class VtkView;
class MessageBar;
class FieldScene;

/// The window a teacher sees. Opening a lesson evaluates its energy grid on a worker thread (never on the GUI
/// thread) and shows it as a landscape when it arrives.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Shows `lesson`; its grid is computed in the background. The view's camera keeps its direction.
  void openLesson(const ebm::Lesson& lesson);
  /// Loads a built-in lesson by name or a lesson file; on error shows the message and keeps the open lesson.
  bool openLessonNamed(const QString& nameOrPath);

  [[nodiscard]] VtkView* view() const { return view_; }
  [[nodiscard]] MessageBar* messageBar() const { return messageBar_; }
  [[nodiscard]] const ebm::Lesson& lesson() const { return lesson_; }
  /// True once the current lesson's landscape has been drawn.
  [[nodiscard]] bool landscapeReady() const { return landscapeReady_; }

 signals:
  /// Emitted when a lesson's landscape has arrived in the view and a repaint is scheduled.
  void landscapeShown();

 private:
  void buildMenus();
  void buildLessonPanel();
  void showGrid(const ebm::EnergyGrid& grid);
  void applyViewToggles();
  void showError(const QString& message);
  void chooseLessonFile();
  void saveScreenshot();

  VtkView* view_ = nullptr;
  MessageBar* messageBar_ = nullptr;
  std::unique_ptr<FieldScene> scene_;
  QLabel* titleLabel_ = nullptr;
  QTextBrowser* explanation_ = nullptr;
  QLabel* frameLabel_ = nullptr;
  QLabel* lessonLabel_ = nullptr;
  QAction* showContours_ = nullptr;
  QAction* showAxes_ = nullptr;
  QAction* showColorBar_ = nullptr;
  ebm::Lesson lesson_;
  QFutureWatcher<ebm::EnergyGrid> gridWatcher_;
  bool landscapeReady_ = false;
  bool cameraPlaced_ = false;
};

}  // namespace ebmui
