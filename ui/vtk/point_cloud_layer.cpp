#include "vtk/point_cloud_layer.h"
#include "vtk/box_clipping.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>
#include <cmath>

namespace ebmui {

std::array<double, 3> labelColor(int label) {
  // Tableau 10, brightened a little for a dark background.
  static constexpr std::array<std::array<double, 3>, 10> palette{{{0.35, 0.63, 0.90},
                                                                  {1.00, 0.60, 0.25},
                                                                  {0.40, 0.80, 0.40},
                                                                  {0.95, 0.35, 0.38},
                                                                  {0.75, 0.55, 0.90},
                                                                  {0.75, 0.52, 0.45},
                                                                  {0.95, 0.55, 0.80},
                                                                  {0.75, 0.75, 0.75},
                                                                  {0.85, 0.85, 0.35},
                                                                  {0.35, 0.85, 0.90}}};
  return palette[std::size_t(((label % 10) + 10) % 10)];
}

struct PointCloudLayer::Impl {
  PointStyle style;
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> vertices;
  vtkNew<vtkUnsignedCharArray> colors;
  vtkNew<vtkPolyData> cloud;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
  ebm::Index count = -1;
};

PointCloudLayer::PointCloudLayer(const PointStyle& style) : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->colors->SetNumberOfComponents(3);
  d_->colors->SetName("colors");
  d_->cloud->SetPoints(d_->points);
  d_->cloud->SetVerts(d_->vertices);
  d_->mapper->SetInputData(d_->cloud);
  d_->mapper->SetScalarModeToUsePointData();
  d_->mapper->SetColorModeToDirectScalars();
  d_->actor->SetMapper(d_->mapper);
  d_->actor->GetProperty()->RenderPointsAsSpheresOn();
  // Cameras frame the box (surface, map, axes), not the points: imported points far outside it would shrink
  // the box to a corner of the view whenever a camera is fitted (a resize, R).
  d_->actor->UseBoundsOff();
  d_->actor->GetProperty()->SetAmbient(0.35);
  d_->actor->GetProperty()->SetDiffuse(0.75);
  setStyle(style);
}

PointCloudLayer::~PointCloudLayer() = default;

void PointCloudLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}
void PointCloudLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}
bool PointCloudLayer::visible() const {
  return d_->actor->GetVisibility();
}
ebm::Index PointCloudLayer::size() const {
  return std::max<ebm::Index>(0, d_->count);
}

std::vector<std::array<double, 3>> PointCloudLayer::drawnPoints() const {
  std::vector<std::array<double, 3>> drawn(static_cast<std::size_t>(size()));
  for (std::size_t i = 0; i < drawn.size(); ++i)
    d_->points->GetPoint(vtkIdType(i), drawn[i].data());
  return drawn;
}

void PointCloudLayer::setStyle(const PointStyle& style) {
  d_->style = style;
  auto* property = d_->actor->GetProperty();
  property->SetPointSize(float(style.pixelSize));
  property->SetOpacity(style.opacity);
  property->SetColor(style.color[0], style.color[1], style.color[2]);
  d_->count = -1;  // recolour on the next update
}

void PointCloudLayer::setPoints(ebm::ConstPointsRef positions, const std::vector<float>& heights,
                                const std::vector<int>& labels) {
  const ebm::Index n = positions.cols();
  const bool is3d = positions.rows() == 3;
  const bool byLabel = d_->style.colorByLabel && ebm::Index(labels.size()) == n;
  if (n != d_->count) {
    d_->points->SetNumberOfPoints(n);
    d_->vertices->Reset();
    d_->vertices->AllocateExact(n, n);
    for (vtkIdType i = 0; i < n; ++i)
      d_->vertices->InsertNextCell(1, &i);
    d_->vertices->Modified();
    d_->colors->SetNumberOfTuples(n);
    d_->count = n;
  }
  float* xyz = static_cast<float*>(d_->points->GetVoidPointer(0));
  for (ebm::Index i = 0; i < n; ++i) {
    xyz[3 * i] = positions(0, i);
    xyz[3 * i + 1] = positions(1, i);
    xyz[3 * i + 2] =
        is3d ? positions(2, i) : (ebm::Index(heights.size()) == n ? heights[std::size_t(i)] : 0.0f);
  }
  unsigned char* rgb = d_->colors->GetPointer(0);
  for (ebm::Index i = 0; i < n; ++i) {
    const auto c = byLabel ? labelColor(labels[std::size_t(i)]) : d_->style.color;
    for (int k = 0; k < 3; ++k)
      rgb[3 * i + k] = static_cast<unsigned char>(std::lround(c[std::size_t(k)] * 255.0));
  }
  d_->cloud->GetPointData()->SetScalars(d_->colors);
  d_->points->Modified();
  d_->colors->Modified();
  d_->cloud->Modified();
}

void PointCloudLayer::clipTo(const ebm::Box& box) {
  clipToBox(d_->mapper, box);
}

}  // namespace ebmui
