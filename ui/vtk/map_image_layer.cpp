#include "vtk/map_image_layer.h"

#include <cmath>

#include <vtkFloatArray.h>
#include <vtkImageActor.h>
#include <vtkImageData.h>
#include <vtkImageMapToColors.h>
#include <vtkImageMapper3D.h>
#include <vtkImageProperty.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>

namespace ebmui {

struct MapImageLayer::Impl {
  vtkNew<vtkImageData> image;
  vtkNew<vtkFloatArray> values;
  vtkNew<vtkImageMapToColors> colours;
  vtkNew<vtkImageActor> actor;
};

MapImageLayer::MapImageLayer() : d_(std::make_unique<Impl>()) {
  d_->values->SetName("value");
  d_->colours->SetInputData(d_->image);
  d_->colours->SetOutputFormatToRGB();
  d_->actor->GetMapper()->SetInputConnection(d_->colours->GetOutputPort());
  d_->actor->InterpolateOn();
  d_->actor->GetProperty()->SetInterpolationTypeToLinear();
  d_->actor->SetVisibility(false);  // until there is a field
}

MapImageLayer::~MapImageLayer() = default;

void MapImageLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}

void MapImageLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}

void MapImageLayer::update(const ebm::EnergyGrid& grid, const HeightMapping& mapping,
                           vtkLookupTable* colors) {
  const auto& lattice = grid.lattice;
  int dims[3];
  d_->image->GetDimensions(dims);
  if (dims[0] != lattice.shape[0] || dims[1] != lattice.shape[1]) {
    d_->image->SetDimensions(lattice.shape[0], lattice.shape[1], 1);
    d_->values->SetNumberOfTuples(lattice.size());
    d_->image->GetPointData()->SetScalars(d_->values);
  }
  d_->image->SetOrigin(lattice.box.lower[0], lattice.box.lower[1], 0.0);
  d_->image->SetSpacing(lattice.spacing(0), lattice.spacing(1), 1.0);
  float* v = d_->values->GetPointer(0);
  for (ebm::Index n = 0; n < lattice.size(); ++n) {
    const float value = grid.values[n];
    v[n] = std::isfinite(value) ? value : float(mapping.knee);
  }
  d_->values->Modified();
  d_->image->Modified();
  d_->colours->SetLookupTable(colors);
  d_->colours->Modified();
  d_->actor->SetVisibility(true);
}

}  // namespace ebmui
