#include "vtk/pixel_sizes.h"

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCubeAxesActor.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <cmath>

namespace ebmui {

// Sizes are compared as the float VTK stores (a point size of 6 × 0.7 reads back as 4.19999981): an exact
// comparison would take every read-back for a new size and shrink it again at each render.
double PixelSizes::scaled(Size& size, double current, double scale) {
  if (size.applied == 0 || float(current) != float(size.applied)) size.base = current;  // new, or set again
  size.applied = double(float(size.base * scale));
  return size.applied;
}

void PixelSizes::apply(vtkRenderer* renderer, double scale) {
  vtkActorCollection* actors = renderer->GetActors();
  vtkCollectionSimpleIterator it;
  actors->InitTraversal(it);
  while (vtkActor* actor = actors->GetNextActor(it)) {
    if (auto* axes = vtkCubeAxesActor::SafeDownCast(actor)) {
      // The labels' size on screen grows as the square of ScreenSize (measured): √scale keeps it.
      // Set only when it changes: vtkCubeAxesActor marks itself modified at every call, which would make a
      // view's still layer look changed at every render (StillPicture).
      const double size = scaled(screenSizes_[axes], axes->GetScreenSize(), std::sqrt(scale));
      if (axes->GetScreenSize() != size) axes->SetScreenSize(size);
      continue;  // its own lines are drawn by its axis actors, 1 pixel wide
    }
    vtkProperty* property = actor->GetProperty();
    property->SetPointSize(float(scaled(pointSizes_[property], property->GetPointSize(), scale)));
    property->SetLineWidth(float(scaled(lineWidths_[property], property->GetLineWidth(), scale)));
  }
}

}  // namespace ebmui
