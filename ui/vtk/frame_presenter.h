// Copies the engine's frames into the scenes that draw them, shared by the window's views and the offscreen
// exporter so that a video or a still shows exactly what the window shows.
#pragma once

#include <memory>

#include "io/lesson.h"
#include "simulation/frame.h"

class vtkRenderer;

namespace ebmui {

class FieldScene;
class VolumeScene;

/// Where a 2D view's props go: its still layer, and the layer of what moves every frame (VtkView keeps the
/// two apart; an offscreen picture may put both in one renderer).
struct SceneRenderers {
  SceneRenderers(vtkRenderer* still, vtkRenderer* moving = nullptr)
      : still(still), moving(moving) {}  // NOLINT
  vtkRenderer* still;
  vtkRenderer* moving;
};

/// The scenes of one lesson — a landscape and a map for a 2D lesson, a volume view for a 3D one — and the
/// logic that fills them from frames. It only copies arrays into VTK (no rendering, no cameras); layers whose
/// data did not change since the last frame are skipped. Not thread-safe: one thread owns it.
class FramePresenter {
 public:
  FramePresenter();
  ~FramePresenter();
  FramePresenter(const FramePresenter&) = delete;
  FramePresenter& operator=(const FramePresenter&) = delete;

  /// Adds the scenes' layers to renderers; pass nullptr for a view that is not drawn. Call once per renderer.
  void addTo(SceneRenderers landscape, SceneRenderers map, vtkRenderer* volume);

  /// Shows or hides the layers as the lesson's view settings say (contours, axes, points, trails, …).
  void configure(const ebm::ViewSettings& view);

  /// Copies what changed since the last frame into the scenes. A null frame is ignored.
  void present(const ebm::FramePtr& frame);
  /// The frame presented last (null before the first).
  [[nodiscard]] const ebm::FramePtr& lastFrame() const { return last_; }

  [[nodiscard]] FieldScene& landscape() { return *landscape_; }
  [[nodiscard]] FieldScene& map() { return *map_; }
  [[nodiscard]] VolumeScene& volume() { return *volume_; }

 private:
  void present2D(const ebm::Frame& frame);
  void present3D(const ebm::Frame& frame);

  std::unique_ptr<FieldScene> landscape_, map_;
  std::unique_ptr<VolumeScene> volume_;
  ebm::FramePtr last_;
};

}  // namespace ebmui
