// The Qt 6 ↔ VTK bridge: a QOpenGLWidget that owns a VTK render window and feeds it Qt's mouse events.
#pragma once

#include <QOpenGLWidget>
#include <QSurfaceFormat>
#include <array>
#include <memory>

#include "vtk/view_grab.h"

class vtkRenderWindow;
class vtkRenderer;

namespace ebmui {

/// Fixed camera directions a teacher can jump to.
enum class CameraPreset { Top, Front, Iso };

/// A VTK view inside a Qt 6 window. VTK renders into its own framebuffer inside Qt's context; paintGL() blits
/// it into the widget. Renders only when asked (requestRender(), a mouse drag, a resize), never on a timer.
/// Mouse: left drag rotates, middle drag (or shift+left) pans, wheel or right drag zooms — unless a grab
/// handler takes a left press (see setGrabHandler).
class VtkView : public QOpenGLWidget {
  Q_OBJECT
 public:
  explicit VtkView(QWidget* parent = nullptr);
  ~VtkView() override;

  /// The renderer the scene's layers add their props to.
  [[nodiscard]] vtkRenderer* renderer() const;
  [[nodiscard]] vtkRenderWindow* renderWindow() const;

  /// Schedules one repaint (coalesced by Qt): call after changing any VTK prop or array.
  void requestRender();
  /// Fits the camera to everything visible, keeping its direction.
  void resetCamera();
  void setCameraPreset(CameraPreset preset);
  /// A map view: parallel projection, left drag pans instead of rotating, the wheel zooms.
  void setTopDownOnly(bool topDown);

  /// Offers hovers and left presses to `handler` first (an empty one removes it): a press it accepts starts a
  /// grab that gets the moves and the release instead of the camera. The cursor is an open hand over what
  /// it can grab and a closed hand while it holds it.
  void setGrabHandler(GrabHandler handler);
  /// The cursors over what the grab handler can grab and while it holds it (an open and a closed hand unless
  /// set; a brush is a cross).
  void setGrabCursors(Qt::CursorShape hover, Qt::CursorShape held);
  /// The widget position (logical pixels, y down) of a point in the renderer's display coordinates: the
  /// inverse of the mapping the mouse events and the grab handler use.
  [[nodiscard]] QPointF widgetPoint(double displayX, double displayY) const;
  /// The renderer's display coordinates (pixels of the last render, y up) of a widget position.
  [[nodiscard]] std::array<double, 2> displayPoint(const QPointF& widget) const;

  /// True once the teacher moved this view's camera with the mouse (a fitted camera then stays as it is).
  [[nodiscard]] bool cameraTouched() const;
  void setCameraTouched(bool touched);

  /// Milliseconds the last VTK render took (GUI thread).
  [[nodiscard]] double lastRenderMilliseconds() const;
  /// The share of the widget's pixels per axis the last render drew. Renders that stream (a new frame, a
  /// camera drag) adapt it so one takes about 18 ms, down to 0.7 (software OpenGL at a large size); a still
  /// view is drawn once more at full resolution. EBMSCAPE_RENDER_SCALE=s fixes it at s.
  [[nodiscard]] double renderScale() const;
  /// The next render (a screenshot's, say) draws every pixel.
  void renderAtFullResolutionNext();
  /// Frees what this view holds in OpenGL (buffers, textures, shaders, its render targets); the next render
  /// makes them again. Hidden views do not call it: with software OpenGL every shader made again is compiled
  /// again by LLVM, whose memory only grows (a soak that released on every hide grew ~40 MiB in 5 min).
  void releaseGraphicsResources();

 signals:
  /// Emitted after every completed frame.
  void frameRendered(double milliseconds);
  /// Emitted once, after the first frame has been drawn.
  void firstFrameRendered();
  /// Emitted after the widget (and VTK's idea of its size) changed size.
  void resized();

 protected:
  void initializeGL() override;
  void resizeGL(int width, int height) override;
  void resizeEvent(QResizeEvent* event) override;
  void paintGL() override;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void enterEvent(QEnterEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void applyRenderSize(double scale);
  [[nodiscard]] double eventScale() const;
  /// Asks the grab handler about the widget position `pos`; false without one.
  bool askGrab(GrabPhase phase, const QPointF& pos);

  struct Impl;
  std::unique_ptr<Impl> d_;
};

/// The OpenGL format VTK needs (3.2 core profile, depth and stencil buffers). Set it as Qt's default with
/// QSurfaceFormat::setDefaultFormat() before the QApplication is created.
[[nodiscard]] QSurfaceFormat vtkSurfaceFormat();

/// Points the camera of `renderer` along a preset direction and fits it to the visible props.
void applyCameraPreset(vtkRenderer* renderer, CameraPreset preset);

/// The animation camera: the preset's view turned by `azimuth` degrees about the vertical axis and raised by
/// `elevation` degrees (the "camera.azimuth" and "camera.elevation" keyframe parameters).
void applyCameraOrbit(vtkRenderer* renderer, CameraPreset preset, double azimuth, double elevation);

/// Keeps the camera's direction and zooms (perspective: dollies) so that the box `bounds` fills the view as
/// the window's views do, leaving room for the colour bar and the axis labels. The renderer needs its size.
void fitCameraTightly(vtkRenderer* renderer, const double bounds[6]);

}  // namespace ebmui
