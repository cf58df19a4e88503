#include "vtk/field_scene.h"

#include <QtGlobal>
#include <cmath>

#include <vtkLookupTable.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include "core/errors.h"
#include "style/palette.h"
#include "vtk/annotation_layer.h"
#include "vtk/colormap.h"
#include "vtk/floor_contour_layer.h"
#include "vtk/map_image_layer.h"
#include "vtk/point_cloud_layer.h"
#include "vtk/score_field_layer.h"
#include "vtk/segment_layer.h"
#include "vtk/surface_layer.h"
#include "vtk/trail_layer.h"

namespace ebmui {

struct FieldScene::Impl {
  explicit Impl(SceneMode m) : mode(m) {}
  SceneMode mode;
  SurfaceLayer surface;
  MapImageLayer image;  ///< the map's field (the surface stays hidden in map mode)
  FloorContourLayer contours;
  AnnotationLayer annotations;
  PointCloudLayer data{PointStyle{palette::kDataPoints.unit(), 3.5, 0.8, LabelLook::Classes}};
  PointCloudLayer particles{PointStyle{palette::kParticles.unit(), 5.0, 1.0}};
  PointCloudLayer negatives{PointStyle{palette::kNegatives.unit(), 4.0, 0.9}};
  PointCloudLayer replayBuffer{PointStyle{palette::kReplayBuffer.unit(), 2.0, 0.35}};
  PointCloudLayer testPoints{PointStyle{{1.0, 1.0, 1.0}, 8.0, 1.0, LabelLook::Flags}};
  PointCloudLayer markers{PointStyle{{1.0, 1.0, 1.0}, 13.0, 1.0, LabelLook::Classes}};
  TrailLayer trails;
  TrailLayer minimumTrace;
  PointCloudLayer minimum{PointStyle{{1.0, 1.0, 1.0}, 11.0, 1.0}};
  ScoreFieldLayer scoreField;
  SegmentLayer boundaries{{0.93, 0.93, 0.96}, 1.6};
  SegmentLayer threshold{palette::kThreshold.unit(), 2.6};
  HeightMapping mapping;
  SceneOptions options;
  vtkSmartPointer<vtkLookupTable> colors = makeViridisTable(0, 1);
};

FieldScene::FieldScene(SceneMode mode) : d_(std::make_unique<Impl>(mode)) {
  const bool map = mode == SceneMode::Map;
  d_->surface.setLighting(!map);
  d_->surface.setVisible(!map);
  d_->contours.setPlateVisible(!map);
  d_->contours.setUniformColor(map);
  d_->annotations.setHeightAxis(!map);
  setOptions(d_->options);
}

FieldScene::~FieldScene() = default;

SceneMode FieldScene::mode() const {
  return d_->mode;
}

void applyBackground(vtkRenderer* renderer) {
  renderer->GradientBackgroundOn();
  renderer->SetBackground(0.07, 0.08, 0.10);
  renderer->SetBackground2(0.20, 0.23, 0.29);
}

void FieldScene::addTo(vtkRenderer* renderer, vtkRenderer* moving) {
  if (!moving) moving = renderer;
  applyBackground(renderer);
  d_->surface.addTo(renderer);
  d_->image.addTo(renderer);
  d_->contours.addTo(renderer);
  d_->scoreField.addTo(renderer);
  d_->boundaries.addTo(renderer);
  d_->threshold.addTo(renderer);
  d_->data.addTo(renderer);
  d_->testPoints.addTo(renderer);
  d_->annotations.addTo(renderer);
  d_->trails.addTo(moving);
  d_->replayBuffer.addTo(moving);
  d_->markers.addTo(moving);
  d_->negatives.addTo(moving);
  d_->particles.addTo(moving);
  d_->minimumTrace.addTo(moving);
  d_->minimum.addTo(moving);
}

namespace {

// A density starts at zero (its smallest value on a grid is some 1e-23 that nobody should read off a colour
// bar) and rises proportionally to its peak.
HeightMapping densityMapping(const ebm::EnergyGrid& values) {
  HeightMapping m = HeightMapping::fit(values, 1.0, 0.4, INFINITY);
  if (m.low > 0 && m.knee > m.low) {
    m.zPerValue *= (m.knee - m.low) / m.knee;  // the same height at the peak
    m.low = 0;
  }
  return m;
}

}  // namespace

void FieldScene::setField(const ebm::EnergyGrid& values, FieldKind kind, const HeightMapping* mapping) {
  if (values.lattice.dimension() != 2) throw ebm::ArgumentError("A landscape is drawn from a 2D grid.");
  // A confidence spans its whole range in colour (1/K … 1); it is only ever drawn flat, on the map.
  HeightMapping fitted = mapping                         ? *mapping
                         : kind == FieldKind::Energy     ? HeightMapping::fit(values)
                         : kind == FieldKind::Confidence ? HeightMapping::fit(values, 1.0, 0.4, INFINITY)
                                                         : densityMapping(values);
  d_->mapping = d_->mode == SceneMode::Map ? fitted.flattened() : fitted;
  d_->colors->SetTableRange(d_->mapping.low, d_->mapping.knee);
  if (d_->mode == SceneMode::Map) {
    d_->image.update(values, d_->mapping, d_->colors);
  } else {
    d_->surface.update(values, d_->mapping, d_->colors);
  }
  d_->contours.update(values, d_->mapping, d_->colors);
  d_->annotations.update(values.lattice.box, d_->mapping, d_->colors);
  for (PointCloudLayer* points :
       {&d_->data, &d_->particles, &d_->negatives, &d_->replayBuffer, &d_->testPoints, &d_->minimum}) {
    points->clipTo(values.lattice.box);
  }
  d_->trails.clipTo(values.lattice.box);
  d_->minimumTrace.clipTo(values.lattice.box);
  if (kind == FieldKind::Energy) {
    d_->annotations.setTitles(QT_TRANSLATE_NOOP("ebmui::ViewTitles", "energy E"),
                              QT_TRANSLATE_NOOP("ebmui::ViewTitles", "E"));
  } else if (kind == FieldKind::Confidence) {
    d_->annotations.setTitles(QT_TRANSLATE_NOOP("ebmui::ViewTitles", "max p(y|x)"),
                              QT_TRANSLATE_NOOP("ebmui::ViewTitles", "max p(y|x)"));
  } else {
    d_->annotations.setTitles(QT_TRANSLATE_NOOP("ebmui::ViewTitles", "density p"),
                              QT_TRANSLATE_NOOP("ebmui::ViewTitles", "p"));
  }
}

void FieldScene::setDataAxes(const ebm::DataAxes& axes) {
  d_->annotations.setDataAxes(axes);
}

const HeightMapping& FieldScene::mapping() const {
  return d_->mapping;
}

std::vector<float> FieldScene::heightsOf(const std::vector<float>& fieldValues, double lift) const {
  std::vector<float> heights(fieldValues.size());
  const double z0 = d_->mapping.flat() ? d_->mapping.floorZ * 2 : lift;
  for (std::size_t i = 0; i < fieldValues.size(); ++i)
    heights[i] = float(d_->mapping.height(fieldValues[i]) + z0);
  return heights;
}

void FieldScene::setPoints(PointSet set, ebm::ConstPointsRef positions, const std::vector<float>& fieldValues,
                           const std::vector<int>& labels) {
  // Lift points a little off the surface so they are not half buried in it.
  const double lift = 0.012 * d_->mapping.maxZ;
  std::vector<float> heights = heightsOf(fieldValues, lift);
  if (heights.empty() && positions.rows() == 2)
    heights.assign(std::size_t(positions.cols()), float(d_->mapping.floorZ * 2));
  PointCloudLayer& layer = set == PointSet::Data           ? d_->data
                           : set == PointSet::Particles    ? d_->particles
                           : set == PointSet::ReplayBuffer ? d_->replayBuffer
                           : set == PointSet::TestPoints   ? d_->testPoints
                           : set == PointSet::Markers      ? d_->markers
                                                           : d_->negatives;
  layer.setPoints(positions, heights, labels);
}

std::vector<std::array<double, 3>> FieldScene::markerPoints() const {
  return d_->markers.visible() ? d_->markers.drawnPoints() : std::vector<std::array<double, 3>>{};
}

void FieldScene::setTrails(ebm::ConstPointsRef trails, int trailLength,
                           const std::vector<float>& fieldValues) {
  d_->trails.setTrails(trails, trailLength, heightsOf(fieldValues, 0.008 * d_->mapping.maxZ));
}

void FieldScene::setScoreField(ebm::ConstPointsRef anchors, ebm::ConstPointsRef scores, double spacing,
                               const std::vector<float>& fieldValues) {
  d_->scoreField.setField(anchors, scores, spacing, heightsOf(fieldValues, 0.02 * d_->mapping.maxZ));
}

void FieldScene::setOptions(const SceneOptions& options) {
  d_->options = options;
  d_->contours.setVisible(options.contours);
  d_->annotations.setAxesVisible(options.axes);
  d_->annotations.setColorBarVisible(options.colorBar);
  d_->data.setVisible(options.data);
  d_->markers.setVisible(options.data);
  d_->particles.setVisible(options.particles);
  d_->negatives.setVisible(options.negatives);
  d_->replayBuffer.setVisible(options.negatives);
  d_->trails.setVisible(options.trails);
  d_->scoreField.setVisible(options.scoreField);
  d_->minimum.setVisible(options.minimum);
  d_->minimumTrace.setVisible(options.minimum);
  d_->boundaries.setVisible(options.boundaries);
}

const SceneOptions& FieldScene::options() const {
  return d_->options;
}

}  // namespace ebmui

namespace ebmui {

void FieldScene::setMinimum(ebm::ConstPointsRef minimum, const std::vector<float>& minimumValue,
                            ebm::ConstPointsRef trace, const std::vector<float>& traceValues) {
  const double lift = 0.02 * d_->mapping.maxZ;
  d_->minimum.setPoints(minimum, heightsOf(minimumValue, lift));
  d_->minimumTrace.setColor({1.0, 1.0, 1.0});
  d_->minimumTrace.setTrails(trace, int(trace.cols()), heightsOf(traceValues, lift));
}

void FieldScene::setSegments(SegmentSet set, ebm::ConstPointsRef ends,
                             const std::vector<float>& fieldValues) {
  SegmentLayer& layer = set == SegmentSet::Boundaries ? d_->boundaries : d_->threshold;
  layer.setSegments(ends, heightsOf(fieldValues, 0.015 * d_->mapping.maxZ));
}

}  // namespace ebmui
