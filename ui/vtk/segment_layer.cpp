#include "vtk/segment_layer.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace ebmui {

struct SegmentLayer::Impl {
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> lines;
  vtkNew<vtkPolyData> polyData;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
};

SegmentLayer::SegmentLayer(const std::array<double, 3>& color, double lineWidth)
    : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->polyData->SetPoints(d_->points);
  d_->polyData->SetLines(d_->lines);
  d_->mapper->SetInputData(d_->polyData);
  d_->mapper->ScalarVisibilityOff();
  d_->actor->SetMapper(d_->mapper);
  d_->actor->GetProperty()->LightingOff();
  d_->actor->GetProperty()->SetColor(color[0], color[1], color[2]);
  d_->actor->GetProperty()->SetLineWidth(float(lineWidth));
}

SegmentLayer::~SegmentLayer() = default;

void SegmentLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}

void SegmentLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}

ebm::Index SegmentLayer::segmentCount() const {
  return d_->lines->GetNumberOfCells();
}

void SegmentLayer::setSegments(ebm::ConstPointsRef ends, const std::vector<float>& heights) {
  const ebm::Index total = ends.cols() - ends.cols() % 2;
  const bool lifted = ebm::Index(heights.size()) == ends.cols();
  d_->points->SetNumberOfPoints(total);
  float* xyz = static_cast<float*>(d_->points->GetVoidPointer(0));
  for (ebm::Index v = 0; v < total; ++v) {
    xyz[3 * v] = ends(0, v);
    xyz[3 * v + 1] = ends(1, v);
    xyz[3 * v + 2] = lifted ? heights[std::size_t(v)] : 0.0f;
  }
  d_->lines->Reset();
  d_->lines->AllocateExact(total / 2, total);
  for (ebm::Index s = 0; s < total; s += 2) {
    const vtkIdType ids[2] = {s, s + 1};
    d_->lines->InsertNextCell(2, ids);
  }
  d_->points->Modified();
  d_->lines->Modified();
  d_->polyData->Modified();
}

}  // namespace ebmui
