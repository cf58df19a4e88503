// Grabbing things drawn in a view with the mouse (a stored pattern's dot, say) instead of moving the camera:
// the phases a grab goes through and the geometry that finds what lies under the mouse.
#pragma once

#include <Eigen/Core>
#include <array>
#include <functional>
#include <optional>
#include <vector>

class vtkRenderer;

namespace ebmui {

/// The mouse hovers (no button), presses the left button, moves while it holds a grab, or releases it.
enum class GrabPhase { Hover, Press, Move, Release };

/// Asked by a VtkView with the mouse position in its renderer's display coordinates (pixels of the last
/// render, y up) and how many display pixels one widget pixel is. On Hover and Press it answers whether
/// something grabbable lies there; after a Press it accepts, the moves and the release go to it, not to the
/// camera. A Release with NaN coordinates ends a grab without a new point (the handler was replaced).
using GrabHandler = std::function<bool(GrabPhase phase, double displayX, double displayY, double pixelScale)>;

/// The index of the point of `points` (world coordinates) drawn nearest the display point (x, y), if it is
/// within `radius` display pixels; -1 otherwise.
[[nodiscard]] int pointNearDisplay(vtkRenderer* renderer, const std::vector<std::array<double, 3>>& points,
                                   double x, double y, double radius);

/// The world (x₁, x₂) under the display point (x, y) on the horizontal plane z = `height`: where the ray from
/// the camera through that pixel meets it. Exact for the map's parallel camera and the landscape's
/// perspective one; nothing when the ray runs parallel to the plane.
[[nodiscard]] std::optional<Eigen::Vector2d> pointOnPlane(vtkRenderer* renderer, double x, double y,
                                                          double height);

}  // namespace ebmui
