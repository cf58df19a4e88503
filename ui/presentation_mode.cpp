#include "presentation_mode.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScreen>
#include <QStatusBar>
#include <QTextBrowser>
#include <cmath>

#include "vtk/vtk_view.h"

namespace ebmui {

PresentationMode::PresentationMode(QMainWindow* window, QTextBrowser* lessonText, QWidget* controls)
    : QObject(window),
      window_(window),
      lessonText_(lessonText),
      controls_(controls),
      action_(new QAction(tr("&Presentation"), window)),
      leave_(new QAction(tr("Leave Presentation"), window)) {
  action_->setObjectName(QStringLiteral("presentationAction"));
  action_->setCheckable(true);
  action_->setShortcut(Qt::Key_F11);
  action_->setToolTip(tr("Full screen with larger text, for a projector (F11; Esc leaves)"));
  connect(action_, &QAction::toggled, this, &PresentationMode::setActive);
  // Esc leaves, but only while presenting (elsewhere it closes dialogs and cancels drags).
  leave_->setShortcut(Qt::Key_Escape);
  leave_->setEnabled(false);
  connect(leave_, &QAction::triggered, this, [this] { setActive(false); });
  window_->addAction(leave_);
  window_->installEventFilter(this);
}

void PresentationMode::setActive(bool active) {
  if (active == active_) return;
  active_ = active;
  action_->setChecked(active);
  leave_->setEnabled(active);
  if (active) {
    windowState_ = window_->windowState();
    statusBarShown_ = window_->statusBar()->isVisible();
    window_->statusBar()->hide();
    if (lessonText_) {
      // zoomIn works in points on the document's default font: rich text with relative sizes follows.
      const int points = std::max(1, lessonText_->font().pointSize());
      textZoom_ = int(std::lround(points * (kTextScale - 1)));
      lessonText_->zoomIn(textZoom_);
    }
    if (controls_) {
      controlsFont_ = controls_->font();
      QFont larger = controlsFont_;
      larger.setPointSizeF(std::max(1.0, controlsFont_.pointSizeF()) * kControlsScale);
      controls_->setFont(larger);
    }
    for (VtkView* view : window_->findChildren<VtkView*>())
      view->setTypeScale(kViewsScale);
    normalGeometry_ = window_->geometry();
    // Without a window manager (a bare X server, a kiosk) nobody resizes a full-screen window: the screen's
    // size first, then full screen (setting a geometry afterwards would drop the full-screen state).
    if (QScreen* screen = window_->screen()) window_->setGeometry(screen->geometry());
    window_->showFullScreen();
  } else {
    if (lessonText_) lessonText_->zoomOut(textZoom_);
    textZoom_ = 0;
    if (controls_) controls_->setFont(controlsFont_);
    for (VtkView* view : window_->findChildren<VtkView*>())
      view->setTypeScale(1);
    window_->statusBar()->setVisible(statusBarShown_);
    window_->setWindowState(windowState_);
    window_->show();
    window_->setGeometry(normalGeometry_);
  }
}

// The window leaving full screen by other means (the window manager) ends the presentation too.
bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
  if (watched == window_ && event->type() == QEvent::WindowStateChange && active_ &&
      !(window_->windowState() & Qt::WindowFullScreen)) {
    setActive(false);
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace ebmui
