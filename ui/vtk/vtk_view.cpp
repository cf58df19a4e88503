#include "vtk/vtk_view.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMath.h>
#include <vtkNew.h>
#include <vtkOpenGLRenderWindow.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkUnsignedCharArray.h>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "vtk/map_interactor_style.h"
#include "vtk/pixel_sizes.h"
#include "vtk/render_pacer.h"
#include "vtk/still_picture.h"

namespace ebmui {

struct VtkView::Impl {
  vtkNew<vtkRenderWindow> window;  // the platform's offscreen window (X: vtkXOpenGLRenderWindow)
  vtkNew<vtkRenderer> renderer;    // the still layer: layer 0, drawn again only when something in it changed
  vtkNew<vtkRenderer> moving;      // what moves from frame to frame: layer 1, same camera, drawn every render
  StillPicture still;
  vtkNew<vtkGenericRenderWindowInteractor> interactor;
  vtkNew<vtkInteractorStyleTrackballCamera> style;
  vtkNew<vtkCallbackCommand> renderRequest;
  vtkNew<vtkUnsignedCharArray> pixels;  // the read-back, RGBA, bottom row first
  QImage picture;                       // what paintEvent shows: the last render, top row first
  double lastRenderMs = 0;
  bool firstFrameDone = false;
  bool cameraTouched = false;
  bool renderPending = false;  // a paced render is scheduled
  bool renderDue = false;      // something changed since the last render
  // Adaptive resolution: streaming renders draw at `streamingScale` of the widget's pixels (lowered when a
  // render overruns the budget, raised when it is cheap); `nextScale` is what the next paint uses; a render
  // at full resolution follows once no render was asked for a moment.
  double streamingScale = 1, nextScale = 1, renderedScale = 0;
  bool adaptive = true;
  bool keptStill = false;
  int movingOnlyRenders = 0;  // renders in a row that found the still layer unchanged
  bool sharpening = false;  // the scale went back to 1 after such a run: the next full render is not counted
  QTimer refine;
  PixelSizes pixelSizes;
  double typeScale = 1;  // text, points and lines × this (presentation mode)
  GrabHandler grab;
  bool grabbing = false;
  Qt::CursorShape hoverCursor = Qt::OpenHandCursor, heldCursor = Qt::ClosedHandCursor;
};

namespace {

constexpr double kRenderBudgetMs = 18;  // a streaming render should take about this much
constexpr double kLowestScale = 0.7;    // never below 0.7 per axis (half the pixels): sharper than less
constexpr int kRefineAfterMs = 250;     // still for this long: draw once more at full resolution
constexpr int kMovingOnlyRendersBeforeSharp = 10;  // then the moving layer alone is drawn at full resolution

}  // namespace

VtkView::VtkView(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(false);
  setMinimumSize(200, 150);
  setAttribute(Qt::WA_OpaquePaintEvent);  // the picture covers the widget: Qt need not clear behind it

  auto& w = *d_->window;
  w.SetNumberOfLayers(2);
  w.AddRenderer(d_->renderer);
  d_->moving->SetLayer(1);
  d_->moving->SetActiveCamera(d_->renderer->GetActiveCamera());
  d_->moving->PreserveDepthBufferOn();  // hidden behind the still layer's surfaces where they are nearer
  d_->moving->InteractiveOff();         // the camera is the still layer's
  w.AddRenderer(d_->moving);
  w.SetOffScreenRendering(1);
  w.SetMultiSamples(0);

  d_->interactor->SetRenderWindow(d_->window);
  d_->interactor->SetInteractorStyle(d_->style);
  // The interactor must never render by itself: its requests become a paced render.
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
  d_->refine.setSingleShot(true);
  d_->refine.setInterval(kRefineAfterMs);
  connect(&d_->refine, &QTimer::timeout, this, [this] {
    if (d_->renderedScale >= 1) return;
    d_->nextScale = 1;
    d_->renderDue = true;
    render();
  });
}

VtkView::~VtkView() {
  d_->window->Finalize();
}

vtkRenderer* VtkView::renderer() const {
  return d_->renderer;
}
vtkRenderer* VtkView::movingRenderer() const {
  return d_->moving;
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
bool VtkView::lastRenderKeptStillLayer() const {
  return d_->keptStill;
}

// Renders are paced so drawing leaves the GUI thread a share of its time: after a render that took R ms, the
// next one waits R/4 ms (RenderPacer). With software OpenGL a render can take tens of milliseconds, and
// back-to-back renders would starve the event loop (sliders, buttons) of the time between them. Each render
// is its own event, so input is served between the views' renders too.
void VtkView::requestRender() {
  d_->nextScale = d_->streamingScale;
  d_->renderDue = true;
  if (d_->renderPending) return;
  d_->renderPending = true;
  const qint64 wait = RenderPacer::of(this)->waitMilliseconds();
  QTimer::singleShot(int(std::max<qint64>(wait, 0)), this, [this] {
    d_->renderPending = false;
    render();
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

void VtkView::releaseGraphicsResources() {
  auto& w = static_cast<vtkOpenGLRenderWindow&>(*d_->window);
  if (!d_->firstFrameDone) return;  // nothing made yet
  d_->still.release(&w);
  w.ReleaseGraphicsResources(&w);
  // VTK 9.1 then replaces the window's OpenGL state with a fresh one and marks it uninitialised, but its
  // context lives on, so no render initialises the new state again: no texture units, no texture formats.
  // Initialise it.
  w.MakeCurrent();
  w.OpenGLInit();
}

// VTK learns the new size at once (not only at the next render), so camera fits made right after a layout
// change measure the view as it will be drawn.
void VtkView::resizeEvent(QResizeEvent* event) {
  applyRenderSize(d_->nextScale);
  QWidget::resizeEvent(event);
  emit resized();
  requestRender();
}

void VtkView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  requestRender();
}

// VTK draws `scale` × the widget's device pixels per axis; paintEvent stretches the picture over the widget.
// Every size in pixels (text, points, lines) follows the same factor times the type scale, so on a 200 %
// screen a label is as large next to the panels' text as on a 100 % one, and it keeps its size on screen
// while a drag renders fewer pixels.
void VtkView::applyRenderSize(double scale) {
  const double pixels = devicePixelRatioF() * scale;
  const int pw = std::max(1, int(std::lround(width() * pixels))),
            ph = std::max(1, int(std::lround(height() * pixels)));
  const int* size = d_->window->GetSize();
  if (size[0] != pw || size[1] != ph) {
    d_->window->SetSize(pw, ph);
    d_->interactor->UpdateSize(pw, ph);
  }
  d_->pixelSizes.apply(d_->window, pixels * d_->typeScale);
  d_->renderedScale = scale;
}

double VtkView::eventScale() const {
  return devicePixelRatioF() * d_->renderedScale;
}

void VtkView::renderAtFullResolutionNext() {
  d_->nextScale = 1;
  d_->renderDue = true;
}

void VtkView::setTypeScale(double scale) {
  if (scale <= 0 || scale == d_->typeScale) return;
  d_->typeScale = scale;
  requestRender();
}

double VtkView::typeScale() const {
  return d_->typeScale;
}

double VtkView::renderScale() const {
  return d_->renderedScale;
}

QImage VtkView::grabFramebuffer() {
  d_->nextScale = 1;
  d_->renderDue = true;
  render();
  return d_->picture;
}

void VtkView::render() {
  if (!d_->renderDue || width() < 1 || height() < 1 || !isVisible()) return;
  d_->renderDue = false;
  RenderPacer* pacer = RenderPacer::of(this);
  pacer->renderStarted();
  const double scale = d_->nextScale;
  applyRenderSize(scale);  // also catches pixel sizes a layer set since the last render
  QElapsedTimer timer;
  timer.start();
  const bool drewStill = drawLayers();
  d_->keptStill = !drewStill;
  readBack();
  d_->lastRenderMs = double(timer.nsecsElapsed()) / 1e6;
  pacer->renderFinished();
  if (d_->adaptive && scale == d_->streamingScale) adaptScale(scale, drewStill);
  static const bool profile = qEnvironmentVariableIsSet("EBMSCAPE_PROFILE");
  if (profile) {
    std::fprintf(stderr, "render %s: %.1f ms at scale %.2f%s\n", qPrintable(objectName()), d_->lastRenderMs,
                 scale, drewStill ? "" : ", still layer kept");
  }
  d_->nextScale = d_->streamingScale;
  if (scale < 1) d_->refine.start();
  update();
  emit frameRendered(d_->lastRenderMs);
  if (!d_->firstFrameDone) {
    d_->firstFrameDone = true;
    emit firstFrameRendered();
  }
}

// The still layer is drawn again only if it changed since its picture was kept; the moving one always, on
// top of it. True if the still layer was drawn.
bool VtkView::drawLayers() {
  auto& w = *d_->window;
  if (d_->moving->VisibleActorCount() == 0) {
    w.Render();
    d_->still.forget();
    return true;
  }
  const unsigned long stamp = stillStamp(d_->renderer);
  const bool drawStill = !d_->still.matches(&w, stamp);
  if (drawStill) {
    d_->moving->DrawOff();
    w.Render();
    d_->moving->DrawOn();
    d_->still.keep(&w, stillStamp(d_->renderer));
  } else {
    d_->still.restore(&w);
  }
  d_->renderer->DrawOff();
  w.Render();
  d_->renderer->DrawOn();
  return drawStill;
}

// Reads the picture back (bottom-up RGBA) into the image paintEvent shows (top-down 0xffRRGGBB, the format
// Qt's raster painter draws fastest).
void VtkView::readBack() {
  auto& w = *d_->window;
  const int* size = w.GetSize();
  const int pw = size[0], ph = size[1];
  if (w.GetRGBACharPixelData(0, 0, pw - 1, ph - 1, 0, d_->pixels) == VTK_ERROR ||
      d_->pixels->GetNumberOfValues() != vtkIdType(pw) * ph * 4) {
    return;
  }
  if (d_->picture.width() != pw || d_->picture.height() != ph)
    d_->picture = QImage(pw, ph, QImage::Format_RGB32);
  const unsigned char* source = d_->pixels->GetPointer(0);
  for (int y = 0; y < ph; ++y) {
    const unsigned char* from = source + std::size_t(ph - 1 - y) * std::size_t(pw) * 4;
    auto* to = reinterpret_cast<QRgb*>(d_->picture.scanLine(y));
    for (int x = 0; x < pw; ++x, from += 4)
      to[x] = qRgb(from[0], from[1], from[2]);
  }
}

// Streaming renders that draw the still layer adapt their scale to the budget: the pixel count (∝ scale²) in
// proportion to time. Renders of the moving layer alone are cheap: after a run of them (the still layer holds
// still, e.g. particles playing) the scale goes back to 1 — one full render, not counted, then cheap ones at
// full resolution. (Adapting on every render would change the scale, hence the pixel sizes, hence the still
// layer, at every frame.)
void VtkView::adaptScale(double scale, bool drewStill) {
  if (!drewStill) {
    if (scale < 1 && ++d_->movingOnlyRenders >= kMovingOnlyRendersBeforeSharp) {
      d_->streamingScale = 1;
      d_->sharpening = true;
    }
    return;
  }
  d_->movingOnlyRenders = 0;
  if (d_->sharpening) {
    d_->sharpening = false;
    return;
  }
  const double wanted = scale * std::sqrt(kRenderBudgetMs / std::max(d_->lastRenderMs, 0.1));
  d_->streamingScale = std::clamp(std::min(wanted, scale * 1.2), kLowestScale, 1.0);
}

// A picture drawn at fewer pixels than the widget's is stretched with bilinear filtering. Paints that Qt
// asks for by itself (an expose, a grab of the window) render first if the picture is out of date.
void VtkView::paintEvent(QPaintEvent*) {
  if (d_->renderDue) render();
  QPainter painter(this);
  if (d_->picture.isNull()) {
    painter.fillRect(rect(), QColor(18, 20, 26));
    return;
  }
  painter.setRenderHint(QPainter::SmoothPixmapTransform, d_->renderedScale < 1);
  painter.drawImage(QRectF(rect()), d_->picture, QRectF(d_->picture.rect()));
  // Where the arrow keys go, once the keyboard moved the focus (as the style's focus rectangles): a frame in
  // the highlight colour.
  if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange)) {
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
  }
}

namespace {

// Feeds one Qt mouse position and modifier state to the interactor, in device pixels with y up.
void setEventInfo(vtkGenericRenderWindowInteractor* interactor, const QPointF& pos,
                  Qt::KeyboardModifiers mods, qreal dpr, int repeat = 0) {
  interactor->SetEventInformationFlipY(int(std::lround(pos.x() * dpr)), int(std::lround(pos.y() * dpr)),
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

// The keyboard's camera: the arrows turn a 3D view by 5° (about the vertical, and up and down) and move a map
// by a tenth of what it shows; + and − zoom by a tenth. Other keys go on to the window (its shortcuts).
void VtkView::keyPressEvent(QKeyEvent* event) {
  vtkCamera* camera = d_->renderer->GetActiveCamera();
  const bool map = camera->GetParallelProjection() != 0;
  const double turn = 5, zoom = 1.1;
  double across = 0, up = 0;
  switch (event->key()) {
    case Qt::Key_Left:
      across = -1;
      break;
    case Qt::Key_Right:
      across = 1;
      break;
    case Qt::Key_Up:
      up = 1;
      break;
    case Qt::Key_Down:
      up = -1;
      break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus: {
      const double factor = event->key() == Qt::Key_Minus ? 1 / zoom : zoom;
      if (map) {
        camera->Zoom(factor);
      } else {
        camera->Dolly(factor);
      }
      break;
    }
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  if (map) {
    // Move the picture the way the arrow points: the camera goes the other way.
    const double step = 0.1 * 2 * camera->GetParallelScale();
    double focal[3], position[3], viewUp[3], right[3], direction[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    camera->GetViewUp(viewUp);
    camera->GetDirectionOfProjection(direction);
    vtkMath::Cross(direction, viewUp, right);
    for (int i = 0; i < 3; ++i) {
      const double shift = -step * (across * right[i] + up * viewUp[i]);
      focal[i] += shift;
      position[i] += shift;
    }
    camera->SetFocalPoint(focal);
    camera->SetPosition(position);
  } else {
    camera->Azimuth(-turn * across);
    camera->Elevation(-turn * up);
    camera->OrthogonalizeViewUp();
  }
  d_->renderer->ResetCameraClippingRange();
  d_->cameraTouched = true;
  requestRender();
  event->accept();
}

void VtkView::focusInEvent(QFocusEvent* event) {
  update();
  QWidget::focusInEvent(event);
}

void VtkView::focusOutEvent(QFocusEvent* event) {
  update();
  QWidget::focusOutEvent(event);
}

void VtkView::enterEvent(QEnterEvent* event) {
  d_->interactor->InvokeEvent(vtkCommand::EnterEvent);
  QWidget::enterEvent(event);
}

void VtkView::leaveEvent(QEvent* event) {
  d_->interactor->InvokeEvent(vtkCommand::LeaveEvent);
  QWidget::leaveEvent(event);
}

}  // namespace ebmui
