#include "vtk/frame_presenter.h"

#include "vtk/field_scene.h"
#include "vtk/volume_scene.h"

namespace ebmui {

FramePresenter::FramePresenter()
    : landscape_(std::make_unique<FieldScene>(SceneMode::Landscape)),
      map_(std::make_unique<FieldScene>(SceneMode::Map)),
      volume_(std::make_unique<VolumeScene>()) {}

FramePresenter::~FramePresenter() = default;

void FramePresenter::addTo(SceneRenderers landscape, SceneRenderers map, vtkRenderer* volume) {
  if (landscape.still) landscape_->addTo(landscape.still, landscape.moving);
  if (map.still) map_->addTo(map.still, map.moving);
  if (volume) volume_->addTo(volume);
}

void FramePresenter::configure(const ebm::ViewSettings& v) {
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
  options.boundaries = v.showBoundaries;
  landscape_->setOptions(options);
  map_->setOptions(options);
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
  volume_->setOptions(volume);
}

void FramePresenter::present(const ebm::FramePtr& frame) {
  if (!frame) return;
  if (frame->dimension == 3) {
    present3D(*frame);
  } else {
    present2D(*frame);
  }
  last_ = frame;
}

void FramePresenter::present2D(const ebm::Frame& frame) {
  const ebm::Frame* previous = last_.get();
  if (previous && previous->dimension == 3) volume_->clear();
  // Each scene is redrawn only for its own field: a temperature changes the map's p_T, not the landscape's E
  // (an unchanged scene keeps its kept still picture, StillPicture).
  const bool newLandscapeField = !previous || previous->shownGrid != frame.shownGrid;
  const bool newMapField = newLandscapeField || previous->mapGrid != frame.mapGrid;
  const auto newField = [&](const FieldScene* scene) {
    return scene == landscape_.get() ? newLandscapeField : newMapField;
  };
  landscape_->setDataAxes(frame.axes);
  map_->setDataAxes(frame.axes);
  if (frame.shownGrid) {
    const FieldKind kind = frame.showsDensity ? FieldKind::Density : FieldKind::Energy;
    if (newLandscapeField) landscape_->setField(*frame.shownGrid, kind);
    if (newMapField) {
      map_->setField(frame.mapGrid ? *frame.mapGrid : *frame.shownGrid,
                     frame.mapShowsConfidence ? FieldKind::Confidence
                     : frame.mapShowsDensity  ? FieldKind::Density
                                              : kind);
    }
  }
  // Point heights depend on the mapping, which a new field refits: redo them whenever the field changed.
  auto points = [&](PointSet set, const std::shared_ptr<const ebm::PointLayer>& layer,
                    const std::shared_ptr<const ebm::PointLayer>& before) {
    if (!layer) return;
    for (FieldScene* scene : {landscape_.get(), map_.get()}) {
      if (before != layer || newField(scene))
        scene->setPoints(set, layer->positions, layer->fieldValues, layer->labels);
    }
  };
  points(PointSet::Data, frame.data, previous ? previous->data : nullptr);
  const auto noMarkers =
      std::make_shared<const ebm::PointLayer>(ebm::PointLayer{ebm::Points(2, 0), {}, {}, {}});
  points(PointSet::Markers,
         frame.markers ? frame.markers : (previous && previous->markers ? noMarkers : nullptr),
         previous ? previous->markers : nullptr);
  points(PointSet::Negatives, frame.negatives, previous ? previous->negatives : nullptr);
  points(PointSet::ReplayBuffer, frame.replayBuffer, previous ? previous->replayBuffer : nullptr);
  const auto noTests =
      std::make_shared<const ebm::PointLayer>(ebm::PointLayer{ebm::Points(2, 0), {}, {}, {}});
  // Test points: an anomaly lesson's normal points and anomalies, or a classifier's outliers.
  const auto testPoints = [](const ebm::Frame* f) -> std::shared_ptr<const ebm::PointLayer> {
    if (!f) return nullptr;
    return f->anomaly ? f->anomaly->testPoints : f->ood ? f->ood->outliers : nullptr;
  };
  const auto tests = testPoints(&frame), testsBefore = testPoints(previous);
  points(PointSet::TestPoints, tests ? tests : (testsBefore ? noTests : nullptr), testsBefore);
  // Lines: a classifier's decision boundaries and its detector's threshold (cleared when they go away).
  auto segments = [&](SegmentSet set, const std::shared_ptr<const ebm::PointLayer>& layer,
                      const std::shared_ptr<const ebm::PointLayer>& before) {
    for (FieldScene* scene : {landscape_.get(), map_.get()}) {
      if (before == layer && !newField(scene)) continue;
      if (layer) {
        scene->setSegments(set, layer->positions, layer->fieldValues);
      } else {
        scene->setSegments(set, ebm::Points(2, 0), {});
      }
    }
  };
  segments(SegmentSet::Boundaries, frame.boundaries, previous ? previous->boundaries : nullptr);
  segments(SegmentSet::Threshold, frame.ood ? frame.ood->threshold : nullptr,
           previous && previous->ood ? previous->ood->threshold : nullptr);
  if (frame.particles) {
    const auto& p = *frame.particles;
    for (FieldScene* scene : {landscape_.get(), map_.get()}) {
      if (previous && previous->particles == frame.particles && !newField(scene)) continue;
      scene->setPoints(PointSet::Particles, p.positions, p.fieldValues);
      if (p.trailLength > 1) scene->setTrails(p.trails, p.trailLength, p.trailValues);
    }
  }
  if (frame.minimum) {
    const bool moved =
        !previous || previous->minimum != frame.minimum || previous->minimumTrace != frame.minimumTrace;
    const ebm::Points noTrace(2, 0);
    for (FieldScene* scene : {landscape_.get(), map_.get()}) {
      if (!moved && !newField(scene)) continue;
      scene->setMinimum(frame.minimum->positions, frame.minimum->fieldValues,
                        frame.minimumTrace ? frame.minimumTrace->positions : noTrace,
                        frame.minimumTrace ? frame.minimumTrace->fieldValues : std::vector<float>{});
    }
  }
  if (frame.scoreAnchors && frame.scores) {
    for (FieldScene* scene : {landscape_.get(), map_.get()}) {
      if (previous && previous->scoreAnchors == frame.scoreAnchors && !newField(scene)) continue;
      scene->setScoreField(frame.scoreAnchors->positions, *frame.scores, frame.scoreSpacing,
                           frame.scoreAnchors->fieldValues);
    }
  }
}

void FramePresenter::present3D(const ebm::Frame& frame) {
  const ebm::Frame* previous = last_.get();
  volume_->setDataAxes(frame.axes);
  if (frame.energyGrid && (!previous || previous->energyGrid != frame.energyGrid)) {
    volume_->setField(*frame.energyGrid, frame.isoLevels, frame.density ? *frame.density : ebm::Vector());
  }
  if (frame.data && (!previous || previous->data != frame.data)) {
    volume_->setPoints(PointSet::Data, frame.data->positions, frame.data->labels);
  }
  if (frame.negatives && (!previous || previous->negatives != frame.negatives)) {
    volume_->setPoints(PointSet::Negatives, frame.negatives->positions);
  }
  if (frame.particles && (!previous || previous->particles != frame.particles)) {
    volume_->setPoints(PointSet::Particles, frame.particles->positions);
  }
  if (frame.anomaly &&
      (!previous || !previous->anomaly || previous->anomaly->testPoints != frame.anomaly->testPoints)) {
    volume_->setPoints(PointSet::TestPoints, frame.anomaly->testPoints->positions,
                       frame.anomaly->testPoints->labels);
  }
  if (frame.replayBuffer && (!previous || previous->replayBuffer != frame.replayBuffer)) {
    volume_->setPoints(PointSet::ReplayBuffer, frame.replayBuffer->positions);
  }
}

}  // namespace ebmui
