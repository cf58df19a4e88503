#include "vtk/trail_layer.h"
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

namespace ebmui {

struct TrailLayer::Impl {
  std::array<double, 3> color{1.0, 0.85, 0.55};
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> lines;
  vtkNew<vtkUnsignedCharArray> colors;
  vtkNew<vtkPolyData> polyData;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
  ebm::Index particles = -1;
  int length = -1;
};

TrailLayer::TrailLayer() : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->colors->SetNumberOfComponents(4);
  d_->polyData->SetPoints(d_->points);
  d_->polyData->SetLines(d_->lines);
  d_->mapper->SetInputData(d_->polyData);
  d_->mapper->SetColorModeToDirectScalars();
  d_->actor->SetMapper(d_->mapper);
  d_->actor->GetProperty()->LightingOff();
  // Cameras frame the box (surface, map, axes), not the trails: one that leaves it (clipped at its edge)
  // would shrink the box to a corner of the view whenever a camera is fitted (a resize, R).
  d_->actor->UseBoundsOff();
  d_->actor->GetProperty()->SetLineWidth(1.0);
  d_->actor->ForceTranslucentOn();
}

TrailLayer::~TrailLayer() = default;

void TrailLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}
void TrailLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}

void TrailLayer::setColor(const std::array<double, 3>& color) {
  d_->color = color;
  d_->particles = -1;
}

void TrailLayer::setTrails(ebm::ConstPointsRef trails, int trailLength, const std::vector<float>& heights) {
  if (trailLength < 2 || trails.cols() % trailLength != 0) {
    d_->points->SetNumberOfPoints(0);
    d_->lines->Reset();
    d_->polyData->Modified();
    return;
  }
  const ebm::Index n = trails.cols() / trailLength, total = trails.cols();
  const bool is3d = trails.rows() == 3;
  if (n != d_->particles || trailLength != d_->length) {
    d_->particles = n;
    d_->length = trailLength;
    d_->points->SetNumberOfPoints(total);
    d_->lines->Reset();
    d_->lines->AllocateExact(n, total);
    std::vector<vtkIdType> ids(static_cast<std::size_t>(trailLength));
    for (ebm::Index i = 0; i < n; ++i) {
      for (int k = 0; k < trailLength; ++k)
        ids[std::size_t(k)] = i * trailLength + k;
      d_->lines->InsertNextCell(trailLength, ids.data());
    }
    // Alpha rises from 0 (oldest) to 0.9 (newest): the trail fades into the past.
    d_->colors->SetNumberOfTuples(total);
    unsigned char* rgba = d_->colors->GetPointer(0);
    for (ebm::Index v = 0; v < total; ++v) {
      const double age = double(v % trailLength) / (trailLength - 1);
      for (int c = 0; c < 3; ++c)
        rgba[4 * v + c] = static_cast<unsigned char>(d_->color[std::size_t(c)] * 255);
      rgba[4 * v + 3] = static_cast<unsigned char>(230 * age);
    }
    d_->polyData->GetPointData()->SetScalars(d_->colors);
    d_->colors->Modified();
  }
  float* xyz = static_cast<float*>(d_->points->GetVoidPointer(0));
  const bool lifted = ebm::Index(heights.size()) == total;
  for (ebm::Index v = 0; v < total; ++v) {
    xyz[3 * v] = trails(0, v);
    xyz[3 * v + 1] = trails(1, v);
    xyz[3 * v + 2] = is3d ? trails(2, v) : (lifted ? heights[std::size_t(v)] : 0.0f);
  }
  d_->points->Modified();
  d_->polyData->Modified();
}

void TrailLayer::clipTo(const ebm::Box& box) {
  clipToBox(d_->mapper, box);
}

}  // namespace ebmui
