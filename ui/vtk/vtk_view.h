// The Qt 6 ↔ VTK bridge: a plain (raster) widget that shows the pictures of its own offscreen VTK render
// window and feeds it Qt's mouse events.
#pragma once

#include <QImage>
#include <QWidget>
#include <array>
#include <memory>

#include "vtk/view_camera.h"
#include "vtk/view_grab.h"

class vtkRenderWindow;
class vtkRenderer;

namespace ebmui {

/// A VTK view inside a Qt 6 window. VTK renders offscreen, in its own OpenGL context, and the picture is read
/// back into an image the widget paints, so the window stays a raster surface: a QOpenGLWidget would make Qt
/// compose the whole window through OpenGL at every frame, which with software OpenGL cost more than the
/// views' own renders (the table in the README). Renders only when asked (requestRender(), a mouse drag, a
/// resize), never on a timer; each view renders in its own turn of the event loop.
/// Mouse: left drag rotates, middle drag (or shift+left) pans, wheel or right drag zooms — unless a grab
/// handler takes a left press (see setGrabHandler). Keyboard (Tab reaches the view, which then shows a focus
/// frame): the arrows turn the camera (a map's move it), + and − zoom.
class VtkView : public QWidget {
  Q_OBJECT
 public:
  explicit VtkView(QWidget* parent = nullptr);
  ~VtkView() override;

  /// The renderer the scene's still layers add their props to (surface, map, contours, axes, colour bar).
  [[nodiscard]] vtkRenderer* renderer() const;
  /// The renderer of what moves every frame (particles, trails): drawn over a kept picture of the still
  /// layers when only it changed (StillPicture). Same camera as renderer().
  [[nodiscard]] vtkRenderer* movingRenderer() const;
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
  /// Whether the last render drew only the moving layer over the kept picture of the still one.
  [[nodiscard]] bool lastRenderKeptStillLayer() const;
  /// The share of the widget's pixels per axis the last render drew. Renders that stream (a new frame, a
  /// camera drag) adapt it so one takes about 18 ms, down to 0.7 (software OpenGL at a large size); a still
  /// view is drawn once more at full resolution. EBMSCAPE_RENDER_SCALE=s fixes it at s.
  [[nodiscard]] double renderScale() const;
  /// How much larger than usual the view draws its text, points and lines (presentation mode enlarges them).
  /// Sizes in pixels follow the device pixel ratio by themselves; this is on top of it.
  void setTypeScale(double scale);
  [[nodiscard]] double typeScale() const;
  /// The next render (a screenshot's, say) draws every pixel.
  void renderAtFullResolutionNext();
  /// Renders now at full resolution and returns the picture (device pixels), as the widget shows it.
  [[nodiscard]] QImage grabFramebuffer();
  /// Frees what this view holds in OpenGL (buffers, textures, shaders, its render targets); the next render
  /// makes them again. Hidden views do not call it: with software OpenGL every shader made again is compiled
  /// again by LLVM, whose memory only grows (a soak that released on every hide grew ~40 MiB in 5 min).
  void releaseGraphicsResources();

 signals:
  /// Emitted after every completed frame (its render and read-back, in milliseconds).
  void frameRendered(double milliseconds);
  /// Emitted once, after the first frame has been drawn.
  void firstFrameRendered();
  /// Emitted after the widget (and VTK's idea of its size) changed size.
  void resized();

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;
  void enterEvent(QEnterEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  /// Renders at the next scale and reads the picture back (when visible and sized).
  void render();
  bool drawLayers();
  void readBack();
  void adaptScale(double scale, bool drewStill);
  void applyRenderSize(double scale);
  [[nodiscard]] double eventScale() const;
  /// Asks the grab handler about the widget position `pos`; false without one.
  bool askGrab(GrabPhase phase, const QPointF& pos);

  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
