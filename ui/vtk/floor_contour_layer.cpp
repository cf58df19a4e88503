#include "vtk/floor_contour_layer.h"

#include <vtkActor.h>
#include <vtkContourFilter.h>
#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPlaneSource.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace ebmui {

struct FloorContourLayer::Impl {
  int levels;
  bool linesVisible = true, plateVisible = true;
  vtkNew<vtkImageData> image;
  vtkNew<vtkFloatArray> energies;
  vtkNew<vtkContourFilter> contours;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> lines;
  vtkNew<vtkPlaneSource> plate;
  vtkNew<vtkPolyDataMapper> plateMapper;
  vtkNew<vtkActor> plateActor;
};

FloorContourLayer::FloorContourLayer(int levels) : d_(std::make_unique<Impl>()) {
  d_->levels = levels;
  d_->energies->SetName("energy");
  d_->contours->SetInputData(d_->image);
  d_->contours->ComputeScalarsOn();
  d_->mapper->SetInputConnection(d_->contours->GetOutputPort());
  d_->mapper->ScalarVisibilityOn();
  d_->lines->SetMapper(d_->mapper);
  d_->lines->GetProperty()->SetLineWidth(1.0);
  d_->lines->GetProperty()->LightingOff();
  d_->plateMapper->SetInputConnection(d_->plate->GetOutputPort());
  d_->plateActor->SetMapper(d_->plateMapper);
  d_->plateActor->GetProperty()->SetColor(0.10, 0.11, 0.14);
  d_->plateActor->GetProperty()->LightingOff();
  // Opaque (see setUniformColor): the dark plate as 0.85 of it over the background looked.
}

FloorContourLayer::~FloorContourLayer() = default;

void FloorContourLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->plateActor);
  renderer->AddActor(d_->lines);
}

void FloorContourLayer::setVisible(bool visible) {
  d_->linesVisible = visible;
  d_->lines->SetVisibility(visible);
  d_->plateActor->SetVisibility(visible && d_->plateVisible);
}

void FloorContourLayer::setPlateVisible(bool visible) {
  d_->plateVisible = visible;
  d_->plateActor->SetVisibility(visible && d_->linesVisible);
}

void FloorContourLayer::setUniformColor(bool uniform, double red, double green, double blue) {
  d_->mapper->SetScalarVisibility(!uniform);
  d_->lines->GetProperty()->SetColor(red, green, blue);
}

void FloorContourLayer::update(const ebm::EnergyGrid& grid, const HeightMapping& mapping,
                               vtkLookupTable* colors) {
  const auto& lattice = grid.lattice;
  const auto& box = lattice.box;
  const int nx = lattice.shape[0], ny = lattice.shape[1];
  int dims[3];
  d_->image->GetDimensions(dims);
  if (dims[0] != nx || dims[1] != ny) {
    d_->image->SetDimensions(nx, ny, 1);
    d_->energies->SetNumberOfTuples(lattice.size());
    d_->image->GetPointData()->SetScalars(d_->energies);
  }
  d_->image->SetOrigin(box.lower[0], box.lower[1], mapping.floorZ);
  d_->image->SetSpacing(lattice.spacing(0), lattice.spacing(1), 1.0);
  float* e = d_->energies->GetPointer(0);
  for (ebm::Index n = 0; n < lattice.size(); ++n) {
    const float value = grid.values[n];
    e[n] = std::isfinite(value) ? value : float(mapping.knee);
  }
  d_->energies->Modified();
  d_->image->Modified();
  // Levels strictly inside (low, high): a line at the ceiling would trace the plateau's edge, not a contour.
  d_->contours->SetNumberOfContours(d_->levels);
  const double step = (mapping.knee - mapping.low) / (d_->levels + 1);
  for (int k = 0; k < d_->levels; ++k)
    d_->contours->SetValue(k, mapping.low + (k + 0.6) * step);
  d_->mapper->SetLookupTable(colors);
  d_->mapper->SetScalarRange(mapping.low, mapping.knee);

  const double plateZ = mapping.floorZ - 1e-3;  // just under the lines, so they never z-fight with it
  d_->plate->SetOrigin(box.lower[0], box.lower[1], plateZ);
  d_->plate->SetPoint1(box.upper[0], box.lower[1], plateZ);
  d_->plate->SetPoint2(box.lower[0], box.upper[1], plateZ);
}

}  // namespace ebmui
