// Where a VTK view draws a world point, in the widget's coordinates, and a mouse drag across a view: for
// tests that press the mouse on something drawn (a pattern's dot, a user's dot, the map under a brush).
#pragma once

#include <vtkRenderer.h>

#include <QApplication>
#include <QMouseEvent>
#include <QPointF>
#include <QTest>

#include "vtk/vtk_view.h"

namespace ebmui {

/// The widget point where `view` draws the world point (x₁, x₂, z) in its last render.
inline QPointF widgetPointOfWorld(VtkView* view, double x, double y, double z) {
  view->renderer()->SetWorldPoint(x, y, z, 1.0);
  view->renderer()->WorldToDisplay();
  const double* display = view->renderer()->GetDisplayPoint();
  return view->widgetPoint(display[0], display[1]);
}

/// Sends a left-button press at `from`, moves in `steps` steps to `to` (pausing `pauseMs` after each, so
/// the window draws in between) and releases there.
inline void dragWithLeftButton(QWidget* view, QPointF from, QPointF to, int steps, int pauseMs) {
  auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, view->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(view, &event);
  };
  send(QEvent::MouseButtonPress, from, Qt::LeftButton);
  for (int step = 1; step <= steps; ++step) {
    send(QEvent::MouseMove, from + (to - from) * step / double(steps), Qt::LeftButton);
    QTest::qWait(pauseMs);
  }
  send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

}  // namespace ebmui
