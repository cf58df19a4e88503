// Presentation mode (F11, View ▸ Presentation): the window as a projector needs it.
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QMainWindow;
class QTextBrowser;
class QWidget;

namespace ebmui {

/// Full screen, the lesson text, the controls and the views' labels, points and lines larger (readable from
/// the back of a classroom), the status bar hidden, the side panels no wider than they need, the views as
/// large as the rest allows. Leaving it puts the window back as it was. The action is checkable; F11 toggles
/// it, Esc leaves it.
class PresentationMode : public QObject {
  Q_OBJECT
 public:
  PresentationMode(QMainWindow* window, QTextBrowser* lessonText, QWidget* controls);

  [[nodiscard]] QAction* action() const { return action_; }
  [[nodiscard]] bool active() const { return active_; }
  void setActive(bool active);

  /// How much larger the lesson text and the controls are drawn.
  static constexpr double kTextScale = 1.5;
  static constexpr double kControlsScale = 1.3;
  /// The VTK views' text, point sizes and line widths (VtkView::setTypeScale), as much as the controls.
  static constexpr double kViewsScale = kControlsScale;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QMainWindow* window_;
  QPointer<QTextBrowser> lessonText_;
  QPointer<QWidget> controls_;
  QAction* action_;
  QAction* leave_;
  bool active_ = false;
  // As they were before: put back on leaving.
  Qt::WindowStates windowState_;
  QRect normalGeometry_;
  QFont controlsFont_;
  int textZoom_ = 0;
  bool statusBarShown_ = true;
};

}  // namespace ebmui
