#include "vtk/view_area.h"

#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <QDateTime>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTimer>

#include "vtk/field_scene.h"
#include "vtk/volume_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui {

ViewArea::ViewArea(QWidget* parent)
    : QWidget(parent),
      splitter_(new QSplitter(Qt::Horizontal, this)),
      landscape_(new VtkView(splitter_)),
      map_(new VtkView(splitter_)),
      volume_(new VtkView(splitter_)),
      landscapeScene_(std::make_unique<FieldScene>(SceneMode::Landscape)),
      mapScene_(std::make_unique<FieldScene>(SceneMode::Map)),
      volumeScene_(std::make_unique<VolumeScene>()) {
  landscape_->setObjectName(QStringLiteral("landscapeView"));
  map_->setObjectName(QStringLiteral("mapView"));
  volume_->setObjectName(QStringLiteral("volumeView"));
  landscape_->setToolTip(QString());
  landscapeScene_->addTo(landscape_->renderer());
  mapScene_->addTo(map_->renderer());
  volumeScene_->addTo(volume_->renderer());
  map_->setTopDownOnly(true);
  splitter_->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter_);
  volume_->hide();
  // Until the teacher moves a camera, it stays fitted to its view whatever the layout or window size does.
  for (VtkView* view : {landscape_, map_, volume_}) {
    connect(view, &VtkView::resized, this, [this, view] {
      if (!view->cameraTouched() && last_) fitCamera(view);
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
  map_->setVisible(dimension_ == 2 && v.layout != Layout::Landscape);
  volume_->setVisible(dimension_ == 3);
  SceneOptions options;
  options.contours = v.showContours;
  options.axes = v.showAxes;
  options.colorBar = v.showColorBar;
  options.data = v.showData;
  options.particles = v.showParticles;
  options.negatives = v.showNegatives;
  options.trails = v.showTrails;
  options.scoreField = v.showScoreField;
  options.minimum = v.showMinimum;
  landscapeScene_->setOptions(options);
  SceneOptions mapOptions = options;
  mapOptions.axes = v.showAxes;
  mapScene_->setOptions(mapOptions);
  VolumeOptions volume;
  volume.volume = v.showVolume;
  volume.slice = true;
  volume.sliceAxis = v.sliceAxis;
  volume.slicePosition = v.slicePosition;
  volume.axes = v.showAxes;
  volume.colorBar = v.showColorBar;
  volume.data = v.showData;
  volume.particles = v.showParticles;
  volume.negatives = v.showNegatives;
  volumeScene_->setOptions(volume);
  for (VtkView* view : {landscape_, map_, volume_})
    view->requestRender();
}

void ViewArea::showFrame(const ebm::FramePtr& frame) {
  if (!frame) return;
  if (frame->dimension == 3) {
    applyFrame3D(*frame);
  } else {
    applyFrame2D(*frame);
  }
  if (fitPending_ && frame->energyGrid) {
    fitPending_ = false;
    resetCameras();
  }
  last_ = frame;
  for (VtkView* view : {landscape_, map_, volume_}) {
    if (view->isVisible()) view->requestRender();
  }
}

void ViewArea::applyFrame2D(const ebm::Frame& frame) {
  const ebm::Frame* previous = last_.get();
  const bool newField =
      !previous || previous->shownGrid != frame.shownGrid || previous->mapGrid != frame.mapGrid;
  if (frame.shownGrid && newField) {
    const FieldKind kind = frame.showsDensity ? FieldKind::Density : FieldKind::Energy;
    landscapeScene_->setField(*frame.shownGrid, kind);
    mapScene_->setField(frame.mapGrid ? *frame.mapGrid : *frame.shownGrid,
                        frame.mapShowsDensity ? FieldKind::Density : kind);
  }
  // Point heights depend on the mapping, which a new field refits: redo them whenever the field changed.
  auto points = [&](PointSet set, const std::shared_ptr<const ebm::PointLayer>& layer,
                    const std::shared_ptr<const ebm::PointLayer>& before) {
    if (!layer || (!newField && before == layer)) return;
    for (FieldScene* scene : {landscapeScene_.get(), mapScene_.get()}) {
      scene->setPoints(set, layer->positions, layer->fieldValues, layer->labels);
    }
  };
  points(PointSet::Data, frame.data, previous ? previous->data : nullptr);
  points(PointSet::Negatives, frame.negatives, previous ? previous->negatives : nullptr);
  points(PointSet::ReplayBuffer, frame.replayBuffer, previous ? previous->replayBuffer : nullptr);
  const auto noTests =
      std::make_shared<const ebm::PointLayer>(ebm::PointLayer{ebm::Points(2, 0), {}, {}, {}});
  points(PointSet::TestPoints,
         frame.anomaly ? frame.anomaly->testPoints : (previous && previous->anomaly ? noTests : nullptr),
         previous && previous->anomaly ? previous->anomaly->testPoints : nullptr);
  if (frame.particles && (newField || !previous || previous->particles != frame.particles)) {
    const auto& p = *frame.particles;
    for (FieldScene* scene : {landscapeScene_.get(), mapScene_.get()}) {
      scene->setPoints(PointSet::Particles, p.positions, p.fieldValues);
      if (p.trailLength > 1) scene->setTrails(p.trails, p.trailLength, p.trailValues);
    }
  }
  if (frame.minimum && (newField || !previous || previous->minimum != frame.minimum ||
                        previous->minimumTrace != frame.minimumTrace)) {
    const ebm::Points noTrace(2, 0);
    for (FieldScene* scene : {landscapeScene_.get(), mapScene_.get()}) {
      scene->setMinimum(frame.minimum->positions, frame.minimum->fieldValues,
                        frame.minimumTrace ? frame.minimumTrace->positions : noTrace,
                        frame.minimumTrace ? frame.minimumTrace->fieldValues : std::vector<float>{});
    }
  }
  if (frame.scoreAnchors && frame.scores &&
      (newField || !previous || previous->scoreAnchors != frame.scoreAnchors)) {
    for (FieldScene* scene : {landscapeScene_.get(), mapScene_.get()}) {
      scene->setScoreField(frame.scoreAnchors->positions, *frame.scores, frame.scoreSpacing,
                           frame.scoreAnchors->fieldValues);
    }
  }
}

void ViewArea::applyFrame3D(const ebm::Frame& frame) {
  const ebm::Frame* previous = last_.get();
  if (frame.energyGrid && (!previous || previous->energyGrid != frame.energyGrid)) {
    volumeScene_->setField(*frame.energyGrid, frame.isoLevels,
                           frame.density ? *frame.density : ebm::Vector());
  }
  if (frame.data && (!previous || previous->data != frame.data)) {
    volumeScene_->setPoints(PointSet::Data, frame.data->positions, frame.data->labels);
  }
  if (frame.negatives && (!previous || previous->negatives != frame.negatives)) {
    volumeScene_->setPoints(PointSet::Negatives, frame.negatives->positions);
  }
  if (frame.particles && (!previous || previous->particles != frame.particles)) {
    volumeScene_->setPoints(PointSet::Particles, frame.particles->positions);
  }
  if (frame.anomaly &&
      (!previous || !previous->anomaly || previous->anomaly->testPoints != frame.anomaly->testPoints)) {
    volumeScene_->setPoints(PointSet::TestPoints, frame.anomaly->testPoints->positions,
                            frame.anomaly->testPoints->labels);
  }
  if (frame.replayBuffer && (!previous || previous->replayBuffer != frame.replayBuffer)) {
    volumeScene_->setPoints(PointSet::ReplayBuffer, frame.replayBuffer->positions);
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
