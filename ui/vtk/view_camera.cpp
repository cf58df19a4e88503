#include "vtk/view_camera.h"

#include <vtkCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace ebmui {

// VTK fits the bounds' bounding sphere, which leaves a flat landscape small in the view. Project the box's
// corners with the camera's own matrix and zoom so they fill the view between 6% and 84% of its width (the
// colour bar takes the right edge) or 82% of its height, leaving room for the axis labels around the box.
// A map's labels and titles hang below and left of it: it keeps that room and uses the rest.
// A map's labels and y title are screen text left of the box, where VTK puts the title 50 pixels from the
// axis but never nearer than 10 pixels to the view's edge — onto the labels if the box starts closer: the
// map keeps about 80 points free on its left.
void fitCameraTightly(vtkRenderer* renderer, const double bounds[6]) {
  const int* size = renderer->GetSize();
  if (size[0] <= 1 || size[1] <= 1) return;
  vtkCamera* camera = renderer->GetActiveCamera();
  double left = 0.06, bottom = 0.09, top = 0.91;
  const double right = 0.84;  // the colour bar starts at 0.87
  if (camera->GetParallelProjection()) {
    // A map's numbers and x title hang below the box, none above it: about 50 points of room there.
    const double dpi = renderer->GetRenderWindow() ? renderer->GetRenderWindow()->GetDPI() : 72.0;
    left = std::clamp(80.0 * dpi / 72.0 / size[0], left, 0.2);
    bottom = std::clamp(50.0 * dpi / 72.0 / size[1], bottom, 0.25);
    top = 0.97;
  }
  // A window centre of c puts the picture's centre at (1 − c)/2 of the view's width (height).
  camera->SetWindowCenter(1.0 - (left + right), 1.0 - (bottom + top));
  // Perspective: move closer (dolly) rather than narrowing the lens, twice, since the fit is not linear.
  for (int pass = 0; pass < (camera->GetParallelProjection() ? 1 : 2); ++pass) {
    vtkMatrix4x4* projection =
        camera->GetCompositeProjectionTransformMatrix(double(size[0]) / double(size[1]), -1, 1);
    double lowX = 1e300, highX = -1e300, lowY = 1e300, highY = -1e300;
    for (int corner = 0; corner < 8; ++corner) {
      const double world[4] = {bounds[corner & 1], bounds[2 + ((corner >> 1) & 1)],
                               bounds[4 + ((corner >> 2) & 1)], 1.0};
      double clip[4];
      projection->MultiplyPoint(world, clip);
      if (clip[3] <= 0) continue;  // behind the camera
      const double x = (clip[0] / clip[3] + 1) * 0.5 * size[0], y = (clip[1] / clip[3] + 1) * 0.5 * size[1];
      lowX = std::min(lowX, x), highX = std::max(highX, x);
      lowY = std::min(lowY, y), highY = std::max(highY, y);
    }
    const double share =
        std::max((highX - lowX) / ((right - left) * size[0]), (highY - lowY) / ((top - bottom) * size[1]));
    if (!(share > 0)) return;
    if (camera->GetParallelProjection()) {
      camera->Zoom(1.0 / share);
    } else {
      camera->Dolly(std::clamp(1.0 / share, 0.2, 5.0));
    }
    renderer->ResetCameraClippingRange();
  }
}

void applyCameraPreset(vtkRenderer* renderer, CameraPreset preset) {
  vtkCamera* camera = renderer->GetActiveCamera();
  double bounds[6];
  renderer->ComputeVisiblePropBounds(bounds);
  if (bounds[0] > bounds[1]) return;  // nothing visible yet
  const double center[3] = {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2,
                            (bounds[4] + bounds[5]) / 2};
  double direction[3] = {0, 0, 1}, up[3] = {0, 1, 0};
  switch (preset) {
    case CameraPreset::Top:
      break;
    case CameraPreset::Front:
      direction[1] = -1, direction[2] = 0;
      up[1] = 0, up[2] = 1;
      break;
    case CameraPreset::Iso:
      direction[0] = 0.55, direction[1] = -0.95, direction[2] = 0.85;
      up[1] = 0, up[2] = 1;
      break;
  }
  camera->SetFocalPoint(center);
  camera->SetPosition(center[0] + direction[0], center[1] + direction[1], center[2] + direction[2]);
  camera->SetViewUp(up);
  camera->OrthogonalizeViewUp();
  renderer->ResetCamera(bounds);
  fitCameraTightly(renderer, bounds);
  renderer->ResetCameraClippingRange();
}

void applyCameraOrbit(vtkRenderer* renderer, CameraPreset preset, double azimuth, double elevation) {
  applyCameraPreset(renderer, preset);
  vtkCamera* camera = renderer->GetActiveCamera();
  camera->Azimuth(azimuth);
  camera->Elevation(elevation);
  camera->OrthogonalizeViewUp();
  renderer->ResetCameraClippingRange();
}

}  // namespace ebmui
