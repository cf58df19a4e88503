#include "vtk/vtk_view.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkObjectFactory.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QResizeEvent>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "vtk/pixel_sizes.h"
#include "vtk/render_pacer.h"
#include "vtk/vtk_frame.h"

namespace ebmui {
namespace {

// For the top-down map: left drag pans (rotating a map only confuses), right drag and the wheel zoom.
class MapInteractorStyle : public vtkInteractorStyleTrackballCamera {
 public:
  static MapInteractorStyle* New();
  vtkTypeMacro(MapInteractorStyle, vtkInteractorStyleTrackballCamera);
  void OnLeftButtonDown() override {
    FindPokedRenderer(Interactor->GetEventPosition()[0], Interactor->GetEventPosition()[1]);
    if (CurrentRenderer) StartPan();
  }
  void OnLeftButtonUp() override {
    if (State == VTKIS_PAN) EndPan();
  }
};
vtkStandardNewMacro(MapInteractorStyle);

}  // namespace

// VTK fits the bounds' bounding sphere, which leaves a flat landscape small in the view. Project the box's
// corners with the camera's own matrix and zoom so they fill the view between 8% and 78% of its width (the
// colour bar takes the right edge) or 82% of its height, leaving room for the axis labels around the box.
// A map's labels and y title are screen text left of the box, where VTK puts the title 50 pixels from the
// axis but never nearer than 10 pixels to the view's edge — onto the labels if the box starts closer: the
// map keeps about 80 points free on its left.
void fitCameraTightly(vtkRenderer* renderer, const double bounds[6]) {
  const int* size = renderer->GetSize();
  if (size[0] <= 1 || size[1] <= 1) return;
  vtkCamera* camera = renderer->GetActiveCamera();
  double left = 0.08;
  const double right = 0.78;
  if (camera->GetParallelProjection()) {
    const double dpi = renderer->GetRenderWindow() ? renderer->GetRenderWindow()->GetDPI() : 72.0;
    left = std::clamp(80.0 * dpi / 72.0 / size[0], left, 0.2);
  }
  // A window centre of c puts the picture's centre at (1 − c)/2 of the view's width.
  camera->SetWindowCenter(1.0 - (left + right), 0.0);
  // Perspective: move closer (dolly) rather than narrowing the lens, twice, since the fit is not linear.
  for (int pass = 0; pass < (camera->GetParallelProjection() ? 1 : 2); ++pass) {
    vtkMatrix4x4* projection =
        camera->GetCompositeProjectionTransformMatrix(double(size[0]) / double(size[1]), -1, 1);
    double lowX = 1e300, highX = -1e300, lowY = 1e300, highY = -1e300;
    for (int corner = 0; corner < 8; ++corner) {
      const double world[4] = {bounds[corner & 1], bounds[2 + ((corner >> 1) & 1)],
                               bounds[4 + ((corner >> 2) & 1)], 1.0};
      double clip[4];
      projection->MultiplyPoint(world, clip);
      if (clip[3] <= 0) continue;  // behind the camera
      const double x = (clip[0] / clip[3] + 1) * 0.5 * size[0], y = (clip[1] / clip[3] + 1) * 0.5 * size[1];
      lowX = std::min(lowX, x), highX = std::max(highX, x);
      lowY = std::min(lowY, y), highY = std::max(highY, y);
    }
    const double share =
        std::max((highX - lowX) / ((right - left) * size[0]), (highY - lowY) / (0.82 * size[1]));
    if (!(share > 0)) return;
    if (camera->GetParallelProjection()) {
      camera->Zoom(1.0 / share);
    } else {
      camera->Dolly(std::clamp(1.0 / share, 0.2, 5.0));
    }
    renderer->ResetCameraClippingRange();
  }
}

struct VtkView::Impl {
  vtkNew<vtkGenericOpenGLRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  vtkNew<vtkGenericRenderWindowInteractor> interactor;
  vtkNew<vtkInteractorStyleTrackballCamera> style;
  vtkNew<vtkCallbackCommand> makeCurrent, isCurrent, renderRequest;
  double lastRenderMs = 0;
  bool firstFrameDone = false;
  bool cameraTouched = false;
  bool renderPending = false;
  // Adaptive resolution: streaming renders draw at `streamingScale` of the widget's pixels (lowered when a
  // render overruns the budget, raised when it is cheap); `nextScale` is what the next paint uses; a render
  // at full resolution follows once no render was asked for a moment.
  double streamingScale = 1, nextScale = 1, renderedScale = 0;
  bool adaptive = true;
  QTimer refine;
  PixelSizes pixelSizes;
  GrabHandler grab;
  bool grabbing = false;
  Qt::CursorShape hoverCursor = Qt::OpenHandCursor, heldCursor = Qt::ClosedHandCursor;
};

namespace {

constexpr double kRenderBudgetMs = 18;  // a streaming render should take about this much
constexpr double kLowestScale = 0.7;    // never below 0.7 per axis (half the pixels): sharper than less
constexpr int kRefineAfterMs = 250;     // still for this long: draw once more at full resolution

}  // namespace

VtkView::VtkView(QWidget* parent) : QOpenGLWidget(parent), d_(std::make_unique<Impl>()) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(false);
  setMinimumSize(200, 150);

  auto& w = *d_->window;
  w.AddRenderer(d_->renderer);
  w.SetReadyForRendering(false);
  w.SetOwnContext(false);
  w.SetFrameBlitModeToNoBlit();  // we blit VTK's display framebuffer into Qt's ourselves in paintGL()
  w.SetMultiSamples(0);

  // VTK asks its window to make the context current or reports whether it is: answer with Qt's context.
  d_->makeCurrent->SetClientData(this);
  // QOpenGLWidget::makeCurrent() also binds the widget's framebuffer behind VTK's back (VTK caches the
  // binding and would then draw into Qt's framebuffer), so only switch contexts when another one is current.
  d_->makeCurrent->SetCallback([](vtkObject*, unsigned long, void* self, void*) {
    auto* view = static_cast<VtkView*>(self);
    if (QOpenGLContext::currentContext() != view->context()) view->makeCurrent();
  });
  w.AddObserver(vtkCommand::WindowMakeCurrentEvent, d_->makeCurrent);
  d_->isCurrent->SetClientData(this);
  d_->isCurrent->SetCallback([](vtkObject*, unsigned long, void* self, void* callData) {
    auto* view = static_cast<VtkView*>(self);
    *static_cast<bool*>(callData) = view->context() && QOpenGLContext::currentContext() == view->context();
  });
  w.AddObserver(vtkCommand::WindowIsCurrentEvent, d_->isCurrent);

  d_->interactor->SetRenderWindow(d_->window);
  d_->interactor->SetInteractorStyle(d_->style);
  // The interactor must never render by itself: its requests become a Qt repaint.
  d_->interactor->EnableRenderOff();
  d_->renderRequest->SetClientData(this);
  d_->renderRequest->SetCallback(
      [](vtkObject*, unsigned long, void* self, void*) { static_cast<VtkView*>(self)->requestRender(); });
  d_->interactor->AddObserver(vtkCommand::RenderEvent, d_->renderRequest);
  d_->interactor->Initialize();

  // EBMSCAPE_RENDER_SCALE=s fixes the scale (1 = always full resolution); unset, it adapts.
  bool fixed = false;
  const double scale = qEnvironmentVariable("EBMSCAPE_RENDER_SCALE").toDouble(&fixed);
  if (fixed && scale > 0) {
    d_->adaptive = false;
    d_->streamingScale = d_->nextScale = std::clamp(scale, 0.1, 1.0);
  }
  connect(this, &QOpenGLWidget::frameSwapped, this, [this] { RenderPacer::of(this)->frameSwapped(); });
  d_->refine.setSingleShot(true);
  d_->refine.setInterval(kRefineAfterMs);
  connect(&d_->refine, &QTimer::timeout, this, [this] {
    if (d_->renderedScale >= 1) return;
    d_->nextScale = 1;
    update();
  });
}

VtkView::~VtkView() {
  makeCurrent();
  d_->window->Finalize();
  doneCurrent();
}

vtkRenderer* VtkView::renderer() const {
  return d_->renderer;
}
vtkRenderWindow* VtkView::renderWindow() const {
  return d_->window;
}
bool VtkView::cameraTouched() const {
  return d_->cameraTouched;
}
void VtkView::setCameraTouched(bool touched) {
  d_->cameraTouched = touched;
}

double VtkView::lastRenderMilliseconds() const {
  return d_->lastRenderMs;
}

// Renders are paced so drawing leaves the GUI thread a share of its time: after a window repaint (every view
// that asked, then the composition) that took R ms, the next one waits R/4 ms (RenderPacer). With software
// OpenGL a repaint can take tens of milliseconds, and back-to-back repaints would starve the event loop
// (sliders, buttons) of the time between them.
void VtkView::requestRender() {
  d_->nextScale = d_->streamingScale;
  if (d_->renderPending) return;
  const qint64 wait = RenderPacer::of(this)->waitMilliseconds();
  if (wait <= 0) {
    update();
    return;
  }
  d_->renderPending = true;
  QTimer::singleShot(int(wait), this, [this] {
    d_->renderPending = false;
    update();
  });
}

void VtkView::resetCamera() {
  double bounds[6];
  d_->renderer->ComputeVisiblePropBounds(bounds);
  if (bounds[0] <= bounds[1]) {
    d_->renderer->ResetCamera(bounds);
    fitCameraTightly(d_->renderer, bounds);
  }
  d_->renderer->ResetCameraClippingRange();
  requestRender();
}

void VtkView::setCameraPreset(CameraPreset preset) {
  applyCameraPreset(d_->renderer, preset);
  requestRender();
}

void VtkView::setTopDownOnly(bool topDown) {
  if (topDown) {
    vtkNew<MapInteractorStyle> style;
    d_->interactor->SetInteractorStyle(style);
  } else {
    d_->interactor->SetInteractorStyle(d_->style);
  }
  d_->renderer->GetActiveCamera()->SetParallelProjection(topDown);
}

void VtkView::setGrabHandler(GrabHandler handler) {
  // A grab in progress ends where it last moved (NaN: no new point).
  if (d_->grabbing && d_->grab) d_->grab(GrabPhase::Release, std::nan(""), std::nan(""), eventScale());
  d_->grabbing = false;
  d_->grab = std::move(handler);
  setMouseTracking(bool(d_->grab));  // hovers, for the open hand
  unsetCursor();
}

void VtkView::setGrabCursors(Qt::CursorShape hover, Qt::CursorShape held) {
  d_->hoverCursor = hover;
  d_->heldCursor = held;
}

// Display coordinates are the render's pixels with y up, as setEventInfo gives them to the interactor.
QPointF VtkView::widgetPoint(double displayX, double displayY) const {
  const double scale = eventScale();
  return {displayX / scale, (d_->window->GetSize()[1] - 1 - displayY) / scale};
}

std::array<double, 2> VtkView::displayPoint(const QPointF& widget) const {
  const double scale = eventScale();
  return {widget.x() * scale, d_->window->GetSize()[1] - 1 - widget.y() * scale};
}

bool VtkView::askGrab(GrabPhase phase, const QPointF& pos) {
  if (!d_->grab) return false;
  const auto display = displayPoint(pos);
  return d_->grab(phase, display[0], display[1], eventScale());
}

void VtkView::initializeGL() {
  auto& w = *d_->window;
  w.SetMapped(1);
  w.SetIsDirect(1);
  w.SetSupportsOpenGL(1);
  w.SetForceMaximumHardwareLineWidth(1);
}

void VtkView::releaseGraphicsResources() {
  auto& w = *d_->window;
  if (!context() || !w.GetReadyForRendering()) return;
  makeCurrent();
  w.ReleaseGraphicsResources(&w);
  doneCurrent();
}

void VtkView::resizeGL(int, int) {
  applyRenderSize(d_->nextScale);
}

// VTK learns the new size at once (not only at the next paint), so camera fits made right after a layout
// change measure the view as it will be drawn.
void VtkView::resizeEvent(QResizeEvent* event) {
  applyRenderSize(d_->nextScale);
  QOpenGLWidget::resizeEvent(event);
  emit resized();
}

// VTK draws `scale` × the widget's device pixels per axis; paintGL stretches the picture over the widget.
// Text is sized in points, so the DPI follows the scale and labels keep their size on screen.
void VtkView::applyRenderSize(double scale) {
  const double pixels = devicePixelRatioF() * scale;
  const int pw = std::max(1, int(width() * pixels + 0.5)), ph = std::max(1, int(height() * pixels + 0.5));
  const int* size = d_->window->GetSize();
  if (size[0] != pw || size[1] != ph) {
    d_->window->SetSize(pw, ph);
    d_->interactor->UpdateSize(pw, ph);
  }
  d_->window->SetDPI(std::max(1, int(72 * scale + 0.5)));
  d_->pixelSizes.apply(d_->renderer, scale);
  d_->renderedScale = scale;
}

double VtkView::eventScale() const {
  return devicePixelRatioF() * d_->renderedScale;
}

void VtkView::renderAtFullResolutionNext() {
  d_->nextScale = 1;
}

double VtkView::renderScale() const {
  return d_->renderedScale;
}

void VtkView::paintGL() {
  auto& w = *d_->window;
  if (!w.GetReadyForRendering()) {
    w.OpenGLInitContext();
    w.SetReadyForRendering(true);
  }
  RenderPacer::of(this)->paintStarted();
  const double scale = d_->nextScale;
  applyRenderSize(scale);  // also catches pixel sizes a layer set since the last render
  QElapsedTimer timer;
  timer.start();
  const qreal dpr = devicePixelRatioF();
  renderInto(&w, defaultFramebufferObject(), int(width() * dpr + 0.5), int(height() * dpr + 0.5));
  d_->lastRenderMs = double(timer.nsecsElapsed()) / 1e6;
  // Streaming renders adapt their scale to the budget: the pixel count (∝ scale²) in proportion to time.
  if (d_->adaptive && scale == d_->streamingScale) {
    const double wanted = scale * std::sqrt(kRenderBudgetMs / std::max(d_->lastRenderMs, 0.1));
    d_->streamingScale = std::clamp(std::min(wanted, scale * 1.2), kLowestScale, 1.0);
  }
  d_->nextScale = d_->streamingScale;
  if (scale < 1) d_->refine.start();
  emit frameRendered(d_->lastRenderMs);
  if (!d_->firstFrameDone) {
    d_->firstFrameDone = true;
    emit firstFrameRendered();
  }
}

namespace {

// Feeds one Qt mouse position and modifier state to the interactor, in device pixels with y up.
void setEventInfo(vtkGenericRenderWindowInteractor* interactor, const QPointF& pos,
                  Qt::KeyboardModifiers mods, qreal dpr, int repeat = 0) {
  interactor->SetEventInformationFlipY(int(pos.x() * dpr + 0.5), int(pos.y() * dpr + 0.5),
                                       (mods & Qt::ControlModifier) ? 1 : 0,
                                       (mods & Qt::ShiftModifier) ? 1 : 0, 0, repeat);
  interactor->SetAltKey((mods & Qt::AltModifier) ? 1 : 0);
}

}  // namespace

void VtkView::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton && event->type() == QEvent::MouseButtonPress &&
      askGrab(GrabPhase::Press, event->position())) {
    d_->grabbing = true;
    setCursor(d_->heldCursor);
    event->accept();
    return;
  }
  d_->cameraTouched = true;
  setEventInfo(d_->interactor, event->position(), event->modifiers(), eventScale(),
               event->type() == QEvent::MouseButtonDblClick ? 1 : 0);
  switch (event->button()) {
    case Qt::LeftButton:
      d_->interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent);
      break;
    case Qt::MiddleButton:
      d_->interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent);
      break;
    case Qt::RightButton:
      d_->interactor->InvokeEvent(vtkCommand::RightButtonPressEvent);
      break;
    default:
      break;
  }
  event->accept();
}

void VtkView::mouseMoveEvent(QMouseEvent* event) {
  if (d_->grabbing) {
    askGrab(GrabPhase::Move, event->position());
    event->accept();
    return;
  }
  if (event->buttons() == Qt::NoButton) {  // a hover, seen only while a grab handler is installed
    if (askGrab(GrabPhase::Hover, event->position()))
      setCursor(d_->hoverCursor);
    else
      unsetCursor();
    event->accept();
    return;
  }
  setEventInfo(d_->interactor, event->position(), event->modifiers(), eventScale());
  d_->interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
  event->accept();
}

void VtkView::mouseReleaseEvent(QMouseEvent* event) {
  if (d_->grabbing) {
    if (event->button() == Qt::LeftButton) {
      d_->grabbing = false;
      askGrab(GrabPhase::Release, event->position());
      setCursor(d_->hoverCursor);
    }
    event->accept();
    return;
  }
  setEventInfo(d_->interactor, event->position(), event->modifiers(), eventScale());
  switch (event->button()) {
    case Qt::LeftButton:
      d_->interactor->InvokeEvent(vtkCommand::LeftButtonReleaseEvent);
      break;
    case Qt::MiddleButton:
      d_->interactor->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent);
      break;
    case Qt::RightButton:
      d_->interactor->InvokeEvent(vtkCommand::RightButtonReleaseEvent);
      break;
    default:
      break;
  }
  event->accept();
}

void VtkView::wheelEvent(QWheelEvent* event) {
  d_->cameraTouched = true;
  setEventInfo(d_->interactor, event->position(), event->modifiers(), eventScale());
  const int delta = event->angleDelta().y();
  if (delta > 0) d_->interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
  if (delta < 0) d_->interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
  event->accept();
}

void VtkView::enterEvent(QEnterEvent* event) {
  d_->interactor->InvokeEvent(vtkCommand::EnterEvent);
  QOpenGLWidget::enterEvent(event);
}

void VtkView::leaveEvent(QEvent* event) {
  d_->interactor->InvokeEvent(vtkCommand::LeaveEvent);
  QOpenGLWidget::leaveEvent(event);
}

QSurfaceFormat vtkSurfaceFormat() {
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setRedBufferSize(8);
  format.setGreenBufferSize(8);
  format.setBlueBufferSize(8);
  format.setAlphaBufferSize(8);
  format.setDepthBufferSize(24);
  format.setStencilBufferSize(8);
  format.setSamples(0);
  format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
  return format;
}

void applyCameraPreset(vtkRenderer* renderer, CameraPreset preset) {
  vtkCamera* camera = renderer->GetActiveCamera();
  double bounds[6];
  renderer->ComputeVisiblePropBounds(bounds);
  if (bounds[0] > bounds[1]) return;  // nothing visible yet
  const double center[3] = {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2,
                            (bounds[4] + bounds[5]) / 2};
  double direction[3] = {0, 0, 1}, up[3] = {0, 1, 0};
  switch (preset) {
    case CameraPreset::Top:
      break;
    case CameraPreset::Front:
      direction[1] = -1, direction[2] = 0;
      up[1] = 0, up[2] = 1;
      break;
    case CameraPreset::Iso:
      direction[0] = 0.55, direction[1] = -0.95, direction[2] = 0.85;
      up[1] = 0, up[2] = 1;
      break;
  }
  camera->SetFocalPoint(center);
  camera->SetPosition(center[0] + direction[0], center[1] + direction[1], center[2] + direction[2]);
  camera->SetViewUp(up);
  camera->OrthogonalizeViewUp();
  renderer->ResetCamera(bounds);
  fitCameraTightly(renderer, bounds);
  renderer->ResetCameraClippingRange();
}

}  // namespace ebmui

namespace ebmui {

void applyCameraOrbit(vtkRenderer* renderer, CameraPreset preset, double azimuth, double elevation) {
  applyCameraPreset(renderer, preset);
  vtkCamera* camera = renderer->GetActiveCamera();
  camera->Azimuth(azimuth);
  camera->Elevation(elevation);
  camera->OrthogonalizeViewUp();
  renderer->ResetCameraClippingRange();
}

}  // namespace ebmui
