// Turns a 3D view's camera around the vertical axis and up or down for an animation ("camera.azimuth",
// "camera.elevation"), at one distance that fits the scene from every direction the animation visits, so the
// picture neither clips nor breathes as it turns.
#pragma once

#include <limits>
#include <vector>

class vtkRenderer;

namespace ebmui {

/// Where the camera is along the orbit, in degrees. Azimuth turns about the vertical (z) axis counted from
/// the starting camera's direction; elevation is the angle of the camera above the horizontal plane
/// (−89 … 89), NaN to keep the starting camera's.
struct CameraPose {
  double azimuth = 0;
  double elevation = std::numeric_limits<double>::quiet_NaN();
};

/// The start of an orbit and its distance. Angles are applied about the start camera's focal point.
class OrbitCamera {
 public:
  /// Takes `renderer`'s current camera as the start (azimuth 0, its own elevation and distance).
  void start(vtkRenderer* renderer);
  /// Sets the distance to the largest one that a tight fit of `bounds` (as the window fits its views) needs
  /// over `poses`. Leaves the renderer's camera at the first pose.
  void fitDistance(vtkRenderer* renderer, const double bounds[6], const std::vector<CameraPose>& poses);
  /// Puts the renderer's camera at `pose`, vertical axis up.
  void apply(vtkRenderer* renderer, const CameraPose& pose) const;

 private:
  double focalPoint_[3] = {0, 0, 0};
  double distance_ = 1;
  double azimuth_ = 0;    // radians, of the start direction
  double elevation_ = 0;  // radians
};

}  // namespace ebmui
