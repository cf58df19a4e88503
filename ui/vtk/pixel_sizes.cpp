#include "vtk/pixel_sizes.h"

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCubeAxesActor.h>
#include <vtkProp.h>
#include <vtkPropCollection.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkScalarBarActor.h>

#include <algorithm>
#include <cmath>

#include "vtk/cube_axes.h"

namespace ebmui {

namespace {
constexpr int kUncappedBarWidth = 1 << 24;  // VTK's default cap is INT_MAX: no cap to scale
}  // namespace

// Sizes are compared as the float VTK stores (a point size of 6 × 0.7 reads back as 4.19999981): an exact
// comparison would take every read-back for a new size and shrink it again at each render.
double PixelSizes::scaled(Size& size, double current, double scale) {
  if (size.applied == 0 || float(current) != float(size.applied)) size.base = current;  // new, or set again
  size.applied = double(float(size.base * scale));
  return size.applied;
}

void PixelSizes::apply(vtkRenderWindow* window, double scale) {
  const int dpi = std::max(1, int(std::lround(72 * scale)));
  if (window->GetDPI() != dpi) window->SetDPI(dpi);
  vtkRendererCollection* renderers = window->GetRenderers();
  vtkCollectionSimpleIterator it;
  renderers->InitTraversal(it);
  while (vtkRenderer* renderer = renderers->GetNextRenderer(it))
    apply(renderer, scale);
}

// Everything is set only when it changes: vtkCubeAxesActor marks itself modified at every call, which would
// make a view's still layer look changed at every render (StillPicture).
void PixelSizes::applyToAxes(vtkObject* object, double scale) {
  auto* axes = static_cast<vtkCubeAxesActor*>(object);
  // Its 3D labels and titles are ScreenSize pixels per unit of their vector font (measured: a label's height
  // is proportional to it, whatever the window's size); the offsets are pixels too.
  const double size = scaled(screenSizes_[axes], axes->GetScreenSize(), scale);
  if (axes->GetScreenSize() != size) axes->SetScreenSize(size);
  const double label = scaled(labelOffsets_[axes], axes->GetLabelOffset(), scale);
  if (axes->GetLabelOffset() != label) axes->SetLabelOffset(label);
  const double title = scaled(titleOffsets_[axes], axes->GetTitleOffset(), scale);
  if (axes->GetTitleOffset() != title) axes->SetTitleOffset(title);
  if (auto* ours = CubeAxesActor::SafeDownCast(axes)) {  // its screen-text titles' distances
    const double below = scaled(titleBelowX_[ours], ours->screenTitleOffsetBelowX(), scale);
    const double left = scaled(titleLeftOfY_[ours], ours->screenTitleOffsetLeftOfY(), scale);
    if (ours->screenTitleOffsetBelowX() != below || ours->screenTitleOffsetLeftOfY() != left)
      ours->setScreenTitleOffsets(below, left);
  }
  for (vtkProperty* lines :
       {axes->GetXAxesLinesProperty(), axes->GetYAxesLinesProperty(), axes->GetZAxesLinesProperty()}) {
    const auto width = float(scaled(lineWidths_[lines], lines->GetLineWidth(), scale));
    if (lines->GetLineWidth() != width) lines->SetLineWidth(width);
  }
}

void PixelSizes::apply(vtkRenderer* renderer, double scale) {
  vtkActorCollection* actors = renderer->GetActors();
  vtkCollectionSimpleIterator it;
  actors->InitTraversal(it);
  while (vtkActor* actor = actors->GetNextActor(it)) {
    if (vtkCubeAxesActor::SafeDownCast(actor)) {
      applyToAxes(actor, scale);
      continue;
    }
    vtkProperty* property = actor->GetProperty();
    property->SetPointSize(float(scaled(pointSizes_[property], property->GetPointSize(), scale)));
    property->SetLineWidth(float(scaled(lineWidths_[property], property->GetLineWidth(), scale)));
  }
  // A colour bar's text follows the DPI; its width is capped in pixels.
  vtkPropCollection* props = renderer->GetViewProps();
  props->InitTraversal(it);
  while (vtkProp* prop = props->GetNextProp(it)) {
    auto* bar = vtkScalarBarActor::SafeDownCast(prop);
    if (!bar || bar->GetMaximumWidthInPixels() >= kUncappedBarWidth) continue;
    Size& size = barWidths_[bar];  // whole pixels: what was written is what reads back
    const int current = bar->GetMaximumWidthInPixels();
    if (size.applied == 0 || current != int(size.applied)) size.base = current;
    const int width = std::max(1, int(std::lround(size.base * scale)));
    size.applied = width;
    if (current != width) bar->SetMaximumWidthInPixels(width);
  }
}

}  // namespace ebmui
