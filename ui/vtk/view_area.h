// The views of the main window: for a 2D lesson a 3D landscape and a top-down map side by side (or one of
// them), for a 3D lesson the volume view; each frame from the engine is copied into their layers.
#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

#include "io/lesson.h"
#include "simulation/frame.h"

class QSplitter;

namespace ebmui {

class VtkView;
class FramePresenter;
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

 private:
  void fitCamera(VtkView* view);

  QSplitter* splitter_;
  VtkView* landscape_;
  VtkView* map_;
  VtkView* volume_;
  QPointer<QWidget> stage_;
  std::unique_ptr<FramePresenter> presenter_;
  int dimension_ = 2;
  ebm::ViewSettings::Layout layout_ = ebm::ViewSettings::Layout::SideBySide;
  bool fitPending_ = true;
  int framesThisSecond_ = 0;
  qint64 secondStarted_ = 0;
};

}  // namespace ebmui
