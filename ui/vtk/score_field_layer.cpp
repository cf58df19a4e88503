#include "vtk/score_field_layer.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <vtkActor.h>
#include <vtkArrowSource.h>
#include <vtkFloatArray.h>
#include <vtkGlyph3D.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace ebmui {

struct ScoreFieldLayer::Impl {
  vtkNew<vtkPoints> points;
  vtkNew<vtkFloatArray> vectors;
  vtkNew<vtkFloatArray> strength;
  vtkNew<vtkPolyData> anchors;
  vtkNew<vtkArrowSource> arrow;
  vtkNew<vtkGlyph3D> glyphs;
  vtkNew<vtkLookupTable> colors;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
};

ScoreFieldLayer::ScoreFieldLayer() : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->vectors->SetNumberOfComponents(3);
  d_->vectors->SetName("score");
  d_->strength->SetName("strength");
  d_->anchors->SetPoints(d_->points);
  d_->arrow->SetTipResolution(8);
  d_->arrow->SetShaftResolution(6);
  d_->arrow->SetTipLength(0.35);
  d_->arrow->SetTipRadius(0.12);
  d_->arrow->SetShaftRadius(0.04);
  d_->glyphs->SetSourceConnection(d_->arrow->GetOutputPort());
  d_->glyphs->SetInputData(d_->anchors);
  d_->glyphs->SetVectorModeToUseVector();
  d_->glyphs->SetScaleModeToScaleByScalar();  // length from the "strength" array (already capped)
  d_->glyphs->SetColorModeToColorByScalar();
  d_->glyphs->OrientOn();
  d_->colors->SetHueRange(0.58, 0.58);
  d_->colors->SetSaturationRange(0.15, 0.6);
  d_->colors->SetValueRange(0.55, 1.0);
  d_->colors->Build();
  d_->mapper->SetInputConnection(d_->glyphs->GetOutputPort());
  d_->mapper->SetLookupTable(d_->colors);
  d_->mapper->SetScalarRange(0, 1);
  d_->actor->SetMapper(d_->mapper);
  d_->actor->GetProperty()->SetAmbient(0.4);
}

ScoreFieldLayer::~ScoreFieldLayer() = default;

void ScoreFieldLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}
void ScoreFieldLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}

void ScoreFieldLayer::setField(ebm::ConstPointsRef anchors, ebm::ConstPointsRef directions, double spacing,
                               const std::vector<float>& heights) {
  const ebm::Index m = anchors.cols();
  d_->points->SetNumberOfPoints(m);
  d_->vectors->SetNumberOfTuples(m);
  d_->strength->SetNumberOfTuples(m);
  // Lengths: proportional to |score| up to its 90th percentile, which gets 0.9 spacing; stronger ones are
  // capped.
  std::vector<float> magnitudes(static_cast<std::size_t>(m));
  for (ebm::Index i = 0; i < m; ++i)
    magnitudes[std::size_t(i)] = directions.col(i).norm();
  std::vector<float> sorted = magnitudes;
  float reference = 1;
  if (!sorted.empty()) {
    const auto k = sorted.size() * 9 / 10;
    std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(k), sorted.end());
    reference = std::max(sorted[k], 1e-12f);
  }
  const bool lifted = ebm::Index(heights.size()) == m;
  for (ebm::Index i = 0; i < m; ++i) {
    const float z = lifted ? heights[std::size_t(i)] : 0.0f;
    d_->points->SetPoint(i, anchors(0, i), anchors(1, i), z);
    const float mag = magnitudes[std::size_t(i)];
    const float relative = std::isfinite(mag) ? std::min(1.0f, mag / reference) : 0.0f;
    const float safe = mag > 0 && std::isfinite(mag) ? mag : 1.0f;
    d_->vectors->SetTuple3(i, directions(0, i) / safe, directions(1, i) / safe, 0.0);
    d_->strength->SetValue(i, float(0.9 * spacing) * relative);
  }
  d_->anchors->GetPointData()->SetVectors(d_->vectors);
  d_->anchors->GetPointData()->SetScalars(d_->strength);
  d_->mapper->SetScalarRange(0, 0.9 * spacing);
  d_->points->Modified();
  d_->vectors->Modified();
  d_->strength->Modified();
  d_->anchors->Modified();
}

}  // namespace ebmui
