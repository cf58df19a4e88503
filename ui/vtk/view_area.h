// The views of the main window: for a 2D lesson a 3D landscape and a top-down map side by side (or one of
// them), for a 3D lesson the volume view; each frame from the engine is copied into their layers.
#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

#include "io/lesson.h"
#include "simulation/frame.h"
#include "vtk/view_grab.h"

class QSplitter;

namespace ebmui {

class VtkView;
class FramePresenter;
class SegmentLayer;
class FieldScene;
enum class CameraPreset;

/// Owns the VTK views and their scenes. The camera of each view is kept when frames arrive; it is fitted
/// only when a lesson opens (or on request).
class ViewArea : public QWidget {
  Q_OBJECT
 public:
  explicit ViewArea(QWidget* parent = nullptr);
  ~ViewArea() override;

  /// Arranges the views for a lesson's dimension and view settings (layout, what is shown).
  void configure(const ebm::Lesson& lesson);
  /// An experiment's stage (a Sudoku board, …) takes the map's place beside the landscape; nullptr gives the
  /// map back. The area does not own the stage.
  void setStage(QWidget* stage);
  [[nodiscard]] QWidget* stage() const { return stage_; }
  /// Who may drag an experiment's markers (its panel) in the landscape and the map: asked with the marker's
  /// index (its column in frame.markers) and a world point (x₁, x₂) — on Hover and Press the marker's own
  /// position, and the answer says whether it can be dragged; on Move the point under the mouse on the
  /// horizontal plane through the dot as it was grabbed; on Release the last point. An empty handler (the
  /// default) leaves every press to the cameras.
  using MarkerDragHandler = std::function<bool(GrabPhase phase, int marker, const Eigen::Vector2d& point)>;
  void setMarkerDragHandler(MarkerDragHandler handler);
  /// A brush on the map (the Data panel's drawing): while one is set, every left press on the map is the
  /// brush's, not the camera's (a drag draws, it does not pan; the middle button and the wheel still move the
  /// camera), and `handler` gets the world point (x₁, x₂) under the mouse on the Press, each Move and the
  /// Release. The cursor is a cross with a circle of `radius` (world units) around it. An empty handler gives
  /// the map back to the camera and to an experiment's markers.
  using BrushHandler = std::function<void(GrabPhase phase, const Eigen::Vector2d& point)>;
  void setMapBrush(BrushHandler handler, double radius = 0);
  /// The radius of the circle drawn around the brush.
  void setBrushRadius(double radius);
  [[nodiscard]] bool hasMapBrush() const { return bool(brush_); }
  /// The height of the plane a drag of marker `marker` in `view` moves on (its dot's drawn z), if it is
  /// drawn.
  [[nodiscard]] std::optional<double> markerHeight(VtkView* view, int marker) const;
  /// Copies a frame into the scenes (layers whose data did not change are skipped) and schedules repaints.
  void showFrame(const ebm::FramePtr& frame);
  /// Fits the cameras to the scene the next time a frame arrives.
  void fitCamerasOnNextFrame() { fitPending_ = true; }
  void resetCameras();
  void setCameraPreset(CameraPreset preset);
  /// The animation's camera on the main view (see applyCameraOrbit); the map keeps its top view.
  void setCameraOrbit(double azimuth, double elevation);

  /// The view a camera preset or screenshot applies to: the landscape (2D) or the volume (3D).
  [[nodiscard]] VtkView* mainView() const;
  [[nodiscard]] VtkView* landscapeView() const { return landscape_; }
  [[nodiscard]] VtkView* mapView() const { return map_; }
  [[nodiscard]] VtkView* volumeView() const { return volume_; }
  [[nodiscard]] const ebm::FramePtr& lastFrame() const;

 signals:
  /// Frames per second actually drawn by the main view (updated about once a second).
  void framesPerSecond(double fps);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  /// Side by side in a wide area, one above the other in a tall one: a landscape is wider than high, and two
  /// tall narrow views left most of each empty (issue 16).
  void arrangeForShape();
  void fitCamera(VtkView* view);
  [[nodiscard]] FieldScene& sceneOf(VtkView* view) const;
  bool grabMarker(VtkView* view, GrabPhase phase, double x, double y, double pixelScale);
  /// Gives `view` the grab handler its state asks for: the brush (map), the markers' drag, or none.
  void installGrabHandler(VtkView* view);
  bool brushAt(GrabPhase phase, double x, double y);
  void showBrushOutline(bool visible);
  bool eventFilter(QObject* watched, QEvent* event) override;

  QSplitter* splitter_;
  VtkView* landscape_;
  VtkView* map_;
  VtkView* volume_;
  QPointer<QWidget> stage_;
  std::unique_ptr<FramePresenter> presenter_;
  int dimension_ = 2;
  ebm::ViewSettings::Layout layout_ = ebm::ViewSettings::Layout::SideBySide;
  bool fitPending_ = true;
  MarkerDragHandler markerDrag_;
  int grabbedMarker_ = -1;  ///< the marker a drag holds, or -1
  double grabHeight_ = 0;
  Eigen::Vector2d grabPoint_ = Eigen::Vector2d::Zero();
  Eigen::Vector2d pressedAt_ = Eigen::Vector2d::Zero();  ///< display point of the press
  bool grabMoved_ = false;
  BrushHandler brush_;
  double brushRadius_ = 0;
  bool brushHeld_ = false;  ///< a stroke is on: the left button went down on the map
  Eigen::Vector2d brushPoint_ = Eigen::Vector2d::Zero();
  std::unique_ptr<SegmentLayer> brushOutline_;
  int framesThisSecond_ = 0;
  qint64 secondStarted_ = 0;
};

}  // namespace ebmui
