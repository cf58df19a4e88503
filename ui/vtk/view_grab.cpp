#include "vtk/view_grab.h"

#include <vtkRenderer.h>
#include <cmath>

namespace ebmui {

int pointNearDisplay(vtkRenderer* renderer, const std::vector<std::array<double, 3>>& points, double x,
                     double y, double radius) {
  int nearest = -1;
  double best = radius * radius;
  for (std::size_t i = 0; i < points.size(); ++i) {
    renderer->SetWorldPoint(points[i][0], points[i][1], points[i][2], 1.0);
    renderer->WorldToDisplay();
    const double* display = renderer->GetDisplayPoint();
    const double distance2 = (display[0] - x) * (display[0] - x) + (display[1] - y) * (display[1] - y);
    if (distance2 <= best) {
      best = distance2;
      nearest = int(i);
    }
  }
  return nearest;
}

// The pixel's ray runs from its point on the near plane (display depth 0) to the far plane (depth 1); the
// plane z = h meets it at the fraction t = (h − z_near) / (z_far − z_near) of the way.
std::optional<Eigen::Vector2d> pointOnPlane(vtkRenderer* renderer, double x, double y, double height) {
  auto worldAt = [&](double depth) {
    renderer->SetDisplayPoint(x, y, depth);
    renderer->DisplayToWorld();
    const double* world = renderer->GetWorldPoint();
    return Eigen::Vector3d(world[0] / world[3], world[1] / world[3], world[2] / world[3]);
  };
  const Eigen::Vector3d nearPoint = worldAt(0.0), farPoint = worldAt(1.0);
  const double rise = farPoint.z() - nearPoint.z();
  if (std::abs(rise) < 1e-12 * (1.0 + (farPoint - nearPoint).norm())) return std::nullopt;
  const double t = (height - nearPoint.z()) / rise;
  const Eigen::Vector3d hit = nearPoint + t * (farPoint - nearPoint);
  return Eigen::Vector2d(hit.x(), hit.y());
}

}  // namespace ebmui
