#include "vtk/view_area.h"

#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QSplitter>
#include <QTimer>
#include <cmath>

#include "vtk/field_scene.h"
#include "vtk/frame_presenter.h"
#include "vtk/segment_layer.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

constexpr double kMarkerGrabRadius = 10;  // widget pixels around a marker's dot that grab it
constexpr int kBrushOutlineSegments = 48;

}  // namespace

ViewArea::ViewArea(QWidget* parent)
    : QWidget(parent),
      splitter_(new QSplitter(Qt::Horizontal, this)),
      landscape_(new VtkView(splitter_)),
      map_(new VtkView(splitter_)),
      volume_(new VtkView(splitter_)),
      presenter_(std::make_unique<FramePresenter>()),
      brushOutline_(std::make_unique<SegmentLayer>(std::array<double, 3>{0.95, 0.95, 0.95}, 1.5)) {
  landscape_->setObjectName(QStringLiteral("landscapeView"));
  map_->setObjectName(QStringLiteral("mapView"));
  volume_->setObjectName(QStringLiteral("volumeView"));
  landscape_->setToolTip(QString());
  presenter_->addTo({landscape_->renderer(), landscape_->movingRenderer()},
                    {map_->renderer(), map_->movingRenderer()}, volume_->renderer());
  brushOutline_->addTo(map_->movingRenderer());  // it follows the mouse: the still layer stays kept
  brushOutline_->setVisible(false);
  map_->installEventFilter(this);  // the brush's circle leaves with the mouse
  map_->setTopDownOnly(true);
  splitter_->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter_);
  volume_->hide();
  // Until the teacher moves a camera, it stays fitted to its view whatever the layout or window size does.
  for (VtkView* view : {landscape_, map_, volume_}) {
    connect(view, &VtkView::resized, this, [this, view] {
      if (!view->cameraTouched() && lastFrame()) fitCamera(view);
    });
  }
  connect(landscape_, &VtkView::frameRendered, this, [this] {
    ++framesThisSecond_;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (secondStarted_ == 0) secondStarted_ = now;
    if (now - secondStarted_ >= 1000) {
      emit framesPerSecond(1000.0 * framesThisSecond_ / double(now - secondStarted_));
      framesThisSecond_ = 0;
      secondStarted_ = now;
    }
  });
}

ViewArea::~ViewArea() = default;

namespace {

// Wider than this (width / height) the two views stand side by side, else one above the other: the ratio at
// which a landscape (about 1.6 : 1 on screen) and a square map get about the same room either way.
constexpr double kSideBySideAspect = 1.3;

}  // namespace

void ViewArea::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  arrangeForShape();
}

void ViewArea::arrangeForShape() {
  const Qt::Orientation wanted = width() >= kSideBySideAspect * height() ? Qt::Horizontal : Qt::Vertical;
  if (splitter_->orientation() == wanted) return;
  splitter_->setOrientation(wanted);
  QList<int> sizes;
  for (int i = 0; i < splitter_->count(); ++i)
    sizes << 1000;  // halves again
  splitter_->setSizes(sizes);
}

const ebm::FramePtr& ViewArea::lastFrame() const {
  return presenter_->lastFrame();
}

VtkView* ViewArea::mainView() const {
  return dimension_ == 3 ? volume_ : landscape_;
}

void ViewArea::configure(const ebm::Lesson& lesson) {
  const auto& v = lesson.view;
  using Layout = ebm::ViewSettings::Layout;
  // A new arrangement changes the views' shapes: fit the cameras again once Qt has laid them out.
  dimension_ = lesson.box.dimension;
  layout_ = v.layout;
  landscape_->setVisible(dimension_ == 2 && v.layout != Layout::Map);
  map_->setVisible(dimension_ == 2 && v.layout != Layout::Landscape && !stage_);
  if (stage_) stage_->setVisible(v.layout != Layout::Landscape);
  volume_->setVisible(dimension_ == 3);
  presenter_->configure(v);
  for (VtkView* view : {landscape_, map_, volume_})
    view->requestRender();
}

void ViewArea::setStage(QWidget* stage) {
  if (stage_ == stage) return;
  if (stage_) {
    stage_->hide();
    stage_->setParent(nullptr);  // back to its panel's care
  }
  stage_ = stage;
  if (stage_) {
    splitter_->insertWidget(splitter_->indexOf(map_), stage_);
    map_->hide();
    stage_->show();
    // Half and half, as the landscape and the map share it.
    QList<int> sizes;
    for (int i = 0; i < splitter_->count(); ++i)
      sizes << (splitter_->widget(i) == landscape_ || splitter_->widget(i) == stage_ ? 1000 : 0);
    splitter_->setSizes(sizes);
  }
}

FieldScene& ViewArea::sceneOf(VtkView* view) const {
  return view == map_ ? presenter_->map() : presenter_->landscape();
}

void ViewArea::setMarkerDragHandler(MarkerDragHandler handler) {
  if (grabbedMarker_ >= 0 && markerDrag_) markerDrag_(GrabPhase::Release, grabbedMarker_, grabPoint_);
  grabbedMarker_ = -1;
  markerDrag_ = std::move(handler);
  installGrabHandler(landscape_);
  if (!brush_) installGrabHandler(map_);
}

void ViewArea::setMapBrush(BrushHandler handler, double radius) {
  // A stroke in progress ends where it last was, told to the handler that began it.
  if (brushHeld_ && brush_) {
    const BrushHandler previous = brush_;
    brushHeld_ = false;
    previous(GrabPhase::Release, brushPoint_);
  }
  brushHeld_ = false;
  brush_ = std::move(handler);
  brushRadius_ = radius;
  installGrabHandler(map_);
  if (!brush_) showBrushOutline(false);
}

void ViewArea::setBrushRadius(double radius) {
  brushRadius_ = radius;
}

void ViewArea::installGrabHandler(VtkView* view) {
  if (view == map_ && brush_) {
    view->setGrabCursors(Qt::CrossCursor, Qt::CrossCursor);
    view->setGrabHandler(
        [this](GrabPhase phase, double x, double y, double) { return brushAt(phase, x, y); });
    return;
  }
  view->setGrabCursors(Qt::OpenHandCursor, Qt::ClosedHandCursor);
  if (!markerDrag_) {
    view->setGrabHandler({});
    return;
  }
  view->setGrabHandler([this, view](GrabPhase phase, double x, double y, double pixelScale) {
    return grabMarker(view, phase, x, y, pixelScale);
  });
}

// The brush takes every press on the map (the cross shows everywhere): the map's camera looks straight down,
// so the point under the mouse on any horizontal plane is the same (x₁, x₂).
bool ViewArea::brushAt(GrabPhase phase, double x, double y) {
  if (!brush_) return false;
  std::optional<Eigen::Vector2d> point;
  if (std::isfinite(x) && std::isfinite(y)) point = pointOnPlane(map_->renderer(), x, y, 0.0);
  const bool found = point && point->allFinite();
  if (found) {
    brushPoint_ = *point;
    showBrushOutline(true);
  }
  const BrushHandler brush = brush_;  // the handler may replace the brush while it runs
  switch (phase) {
    case GrabPhase::Hover:
      return true;
    case GrabPhase::Press:
      if (!found) return false;
      brushHeld_ = true;
      brush(GrabPhase::Press, brushPoint_);
      return true;
    case GrabPhase::Move:
      if (brushHeld_ && found) brush(GrabPhase::Move, brushPoint_);
      return true;
    case GrabPhase::Release:
      if (brushHeld_) {
        brushHeld_ = false;
        brush(GrabPhase::Release, brushPoint_);
      }
      return true;
  }
  return true;
}

// A circle of the brush's radius around the point under the mouse, at the height the map draws its points.
void ViewArea::showBrushOutline(bool visible) {
  visible = visible && brush_ && brushRadius_ > 0;
  if (visible) {
    constexpr double kTurn = 6.283185307179586;
    ebm::Points ends(2, 2 * kBrushOutlineSegments);
    for (int s = 0; s < kBrushOutlineSegments; ++s) {
      for (int end = 0; end < 2; ++end) {
        const double angle = kTurn * double(s + end) / kBrushOutlineSegments;
        ends(0, 2 * s + end) = float(brushPoint_.x() + brushRadius_ * std::cos(angle));
        ends(1, 2 * s + end) = float(brushPoint_.y() + brushRadius_ * std::sin(angle));
      }
    }
    const auto height = float(presenter_->map().mapping().floorZ * 2);
    brushOutline_->setSegments(ends, std::vector<float>(std::size_t(ends.cols()), height));
  }
  brushOutline_->setVisible(visible);
  map_->requestRender();
}

bool ViewArea::eventFilter(QObject* watched, QEvent* event) {
  if (watched == map_ && event->type() == QEvent::Leave && brush_) showBrushOutline(false);
  return QWidget::eventFilter(watched, event);
}

std::optional<double> ViewArea::markerHeight(VtkView* view, int marker) const {
  const auto dots = sceneOf(view).markerPoints();
  if (marker < 0 || marker >= int(dots.size())) return std::nullopt;
  return dots[std::size_t(marker)][2];
}

// A drag moves on the horizontal plane through the dot it grabbed, so the dot stays under the mouse in the
// map and in a landscape seen from any side (until the landscape under it changes height).
bool ViewArea::grabMarker(VtkView* view, GrabPhase phase, double x, double y, double pixelScale) {
  if (!markerDrag_) return false;
  if (phase == GrabPhase::Hover || phase == GrabPhase::Press) {
    const auto dots = sceneOf(view).markerPoints();
    const int marker = pointNearDisplay(view->renderer(), dots, x, y, kMarkerGrabRadius * pixelScale);
    if (marker < 0) return false;
    const auto& dot = dots[std::size_t(marker)];
    if (!markerDrag_(phase, marker, Eigen::Vector2d(dot[0], dot[1]))) return false;
    if (phase == GrabPhase::Press) {
      grabbedMarker_ = marker;
      grabHeight_ = dot[2];
      grabPoint_ = Eigen::Vector2d(dot[0], dot[1]);
      grabMoved_ = false;
      pressedAt_ = Eigen::Vector2d(x, y);
    }
    return true;
  }
  if (grabbedMarker_ < 0) return false;
  const int marker = grabbedMarker_;
  // A click that does not move leaves the marker where it is.
  const bool moved = grabMoved_ || phase == GrabPhase::Move || Eigen::Vector2d(x, y) != pressedAt_;
  if (std::isfinite(x) && std::isfinite(y) && moved) {
    grabMoved_ = true;
    if (const auto point = pointOnPlane(view->renderer(), x, y, grabHeight_); point && point->allFinite()) {
      grabPoint_ = *point;
      markerDrag_(GrabPhase::Move, marker, grabPoint_);
    }
  }
  if (phase == GrabPhase::Release) {
    grabbedMarker_ = -1;
    markerDrag_(GrabPhase::Release, marker, grabPoint_);
  }
  return true;
}

void ViewArea::showFrame(const ebm::FramePtr& frame) {
  if (!frame) return;
  // A new box (points imported, the box edited) is a new scene: the cameras frame it again.
  const auto& before = presenter_->lastFrame();
  if (before && before->energyGrid && frame->energyGrid &&
      before->energyGrid->lattice.box != frame->energyGrid->lattice.box)
    fitPending_ = true;
  presenter_->present(frame);
  if (fitPending_ && frame->energyGrid) {
    fitPending_ = false;
    resetCameras();
  }
  for (VtkView* view : {landscape_, map_, volume_}) {
    if (view->isVisible()) view->requestRender();
  }
}

void ViewArea::fitCamera(VtkView* view) {
  applyCameraPreset(view->renderer(), view == map_ ? CameraPreset::Top : CameraPreset::Iso);
  view->requestRender();
}

void ViewArea::resetCameras() {
  for (VtkView* view : {landscape_, map_, volume_}) {
    view->setCameraTouched(false);
    fitCamera(view);
  }
}

void ViewArea::setCameraOrbit(double azimuth, double elevation) {
  applyCameraOrbit(mainView()->renderer(), CameraPreset::Iso, azimuth, elevation);
  mainView()->setCameraTouched(true);
  mainView()->requestRender();
}

void ViewArea::setCameraPreset(CameraPreset preset) {
  mainView()->setCameraPreset(preset);
}

}  // namespace ebmui
