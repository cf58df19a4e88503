// An offscreen picture of a lesson laid out like the window's views — landscape and map side by side (or the
// one the lesson's layout asks for), the volume view for a 3D lesson — at any size up to 4K, whatever any
// window's size, read back into memory frame by frame.
#pragma once

#include <memory>
#include <vector>

#include "export/orbit_camera.h"
#include "export/rgb_image.h"
#include "io/lesson.h"
#include "simulation/frame.h"

namespace ebmui {

/// The largest picture the offscreen renderer makes (4K UHD).
inline constexpr int kMaxRenderWidth = 3840;
inline constexpr int kMaxRenderHeight = 2160;
inline constexpr int kMinRenderSize = 16;

/// One offscreen VTK render window with a viewport per view, drawn by the same scenes and FramePresenter as
/// the window. It owns an OpenGL context: create, use and destroy it on one thread.
class OffscreenScene {
 public:
  /// Throws ebm::ArgumentError for a size out of range, ExportError when there is no X display to render on.
  OffscreenScene(const ebm::Lesson& lesson, int width, int height);
  ~OffscreenScene();
  OffscreenScene(const OffscreenScene&) = delete;
  OffscreenScene& operator=(const OffscreenScene&) = delete;

  /// Copies a frame into the scenes. The first frame with a field places the cameras as the window fits its
  /// views (or where the lesson's saved camera says).
  void show(const ebm::FramePtr& frame);
  /// Whether the layout has a 3D camera (landscape or volume) that poses can turn.
  [[nodiscard]] bool hasOrbitView() const;
  /// Prepares an orbit over `poses` (after the first show()): one distance that fits them all, unless the
  /// lesson's own camera gives it.
  void prepareOrbit(const std::vector<CameraPose>& poses);
  /// Moves the 3D camera to `pose` (after prepareOrbit()).
  void setPose(const CameraPose& pose);

  /// Renders and reads the picture back into `image` (resized to width×height).
  void render(RgbImage& image);

  [[nodiscard]] int width() const { return width_; }
  [[nodiscard]] int height() const { return height_; }

 private:
  void placeCameras();

  struct Impl;
  std::unique_ptr<Impl> d_;
  int width_, height_;
};

}  // namespace ebmui
