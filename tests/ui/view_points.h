// Where a VTK view draws a world point, in the widget's coordinates: for tests that press the mouse on
// something drawn (a pattern's dot, a user's dot).
#pragma once

#include <vtkRenderer.h>

#include <QPointF>

#include "vtk/vtk_view.h"

namespace ebmui {

/// The widget point where `view` draws the world point (x₁, x₂, z) in its last render.
inline QPointF widgetPointOfWorld(VtkView* view, double x, double y, double z) {
  view->renderer()->SetWorldPoint(x, y, z, 1.0);
  view->renderer()->WorldToDisplay();
  const double* display = view->renderer()->GetDisplayPoint();
  return view->widgetPoint(display[0], display[1]);
}

}  // namespace ebmui
