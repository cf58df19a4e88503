#include "export/orbit_camera.h"

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

constexpr double kDegree = 3.14159265358979323846 / 180.0;
constexpr double kHighestElevation = 89.0;  // straight down has no "up" for the vertical axis
constexpr std::size_t kFitSamples = 240;

}  // namespace

void OrbitCamera::start(vtkRenderer* renderer) {
  vtkCamera* camera = renderer->GetActiveCamera();
  double position[3];
  camera->GetFocalPoint(focalPoint_);
  camera->GetPosition(position);
  const double dx = position[0] - focalPoint_[0], dy = position[1] - focalPoint_[1],
               dz = position[2] - focalPoint_[2];
  distance_ = std::max(1e-9, std::sqrt(dx * dx + dy * dy + dz * dz));
  azimuth_ = std::atan2(dy, dx);
  elevation_ = std::asin(std::clamp(dz / distance_, -1.0, 1.0));
}

void OrbitCamera::apply(vtkRenderer* renderer, const CameraPose& pose) const {
  const double elevation = std::isnan(pose.elevation)
                               ? elevation_
                               : std::clamp(pose.elevation, -kHighestElevation, kHighestElevation) * kDegree;
  const double limited = std::clamp(elevation, -kHighestElevation * kDegree, kHighestElevation * kDegree);
  const double azimuth = azimuth_ + pose.azimuth * kDegree;
  vtkCamera* camera = renderer->GetActiveCamera();
  camera->SetFocalPoint(focalPoint_);
  camera->SetPosition(focalPoint_[0] + distance_ * std::cos(limited) * std::cos(azimuth),
                      focalPoint_[1] + distance_ * std::cos(limited) * std::sin(azimuth),
                      focalPoint_[2] + distance_ * std::sin(limited));
  camera->SetViewUp(0, 0, 1);
  camera->OrthogonalizeViewUp();
  renderer->ResetCameraClippingRange();
}

void OrbitCamera::fitDistance(vtkRenderer* renderer, const double bounds[6],
                              const std::vector<CameraPose>& poses) {
  if (poses.empty()) return;
  vtkCamera* camera = renderer->GetActiveCamera();
  double needed = 0;
  // Every pose of a short animation; for a long one an even sample, always with the last pose.
  const std::size_t step = std::max<std::size_t>(1, poses.size() / kFitSamples);
  std::vector<std::size_t> samples;
  for (std::size_t i = 0; i < poses.size(); i += step)
    samples.push_back(i);
  if (samples.back() != poses.size() - 1) samples.push_back(poses.size() - 1);
  for (const std::size_t i : samples) {
    apply(renderer, poses[i]);
    renderer->ResetCamera(bounds);
    fitCameraTightly(renderer, bounds);
    needed = std::max(needed, camera->GetDistance());
  }
  if (needed > 0) distance_ = needed;
  apply(renderer, poses.front());
}

}  // namespace ebmui
