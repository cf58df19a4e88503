#include "vtk/volume_scene.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

#include <vtkActor.h>
#include <vtkColorTransferFunction.h>
#include <vtkCutter.h>
#include <vtkFloatArray.h>
#include <vtkFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkOutlineFilter.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPlane.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include "core/errors.h"
#include "style/palette.h"
#include "vtk/annotation_layer.h"
#include "vtk/colormap.h"
#include "vtk/point_cloud_layer.h"

namespace ebmui {

struct VolumeScene::Impl {
  VolumeOptions options;
  ebm::Box box;
  vtkNew<vtkImageData> energyImage;
  vtkNew<vtkFloatArray> energies;
  vtkNew<vtkImageData> densityImage;
  vtkNew<vtkFloatArray> density;
  vtkSmartPointer<vtkLookupTable> colors = makeViridisTable(0, 1);
  // isosurfaces
  vtkNew<vtkFlyingEdges3D> iso;
  vtkNew<vtkPolyDataMapper> isoMapper;
  vtkNew<vtkActor> isoActor;
  // volume
  vtkNew<vtkSmartVolumeMapper> volumeMapper;
  vtkNew<vtkColorTransferFunction> volumeColors;
  vtkNew<vtkPiecewiseFunction> volumeOpacity;
  vtkNew<vtkVolumeProperty> volumeProperty;
  vtkNew<vtkVolume> volume;
  bool haveDensity = false;
  bool haveField = false;  ///< isosurfaces and slice of an empty image make VTK report errors
  // slice
  vtkNew<vtkPlane> plane;
  vtkNew<vtkCutter> cutter;
  vtkNew<vtkPolyDataMapper> sliceMapper;
  vtkNew<vtkActor> sliceActor;
  // frame
  vtkNew<vtkOutlineFilter> outline;
  vtkNew<vtkPolyDataMapper> outlineMapper;
  vtkNew<vtkActor> outlineActor;
  AnnotationLayer annotations;
  PointCloudLayer data{PointStyle{palette::kDataPoints.unit(), 3.0, 0.7, LabelLook::Classes}};
  PointCloudLayer particles{PointStyle{palette::kParticles.unit(), 4.5, 1.0}};
  PointCloudLayer negatives{PointStyle{palette::kNegatives.unit(), 4.0, 0.9}};
  PointCloudLayer replayBuffer{PointStyle{palette::kReplayBuffer.unit(), 2.0, 0.35}};
  PointCloudLayer testPoints{PointStyle{{1.0, 1.0, 1.0}, 7.0, 1.0, LabelLook::Flags}};
};

VolumeScene::VolumeScene() : d_(std::make_unique<Impl>()) {
  auto& d = *d_;
  d.energies->SetName("energy");
  d.density->SetName("density");
  d.iso->SetInputData(d.energyImage);
  d.iso->ComputeNormalsOn();
  d.iso->ComputeScalarsOn();
  d.isoMapper->SetInputConnection(d.iso->GetOutputPort());
  d.isoMapper->SetLookupTable(d.colors);
  d.isoMapper->ScalarVisibilityOn();
  d.isoActor->SetMapper(d.isoMapper);
  d.isoActor->GetProperty()->SetOpacity(0.38);
  d.isoActor->GetProperty()->SetSpecular(0.3);
  d.isoActor->GetProperty()->SetSpecularPower(20);
  d.isoActor->GetProperty()->BackfaceCullingOff();

  d.volumeMapper->SetInputData(d.densityImage);
  d.volumeMapper->SetRequestedRenderModeToDefault();
  d.volumeProperty->SetColor(d.volumeColors);
  d.volumeProperty->SetScalarOpacity(d.volumeOpacity);
  d.volumeProperty->SetInterpolationTypeToLinear();
  d.volumeProperty->ShadeOff();
  d.volume->SetMapper(d.volumeMapper);
  d.volume->SetProperty(d.volumeProperty);
  // Density in [0, 1] of its maximum: transparent where unlikely, bright and opaque where likely.
  for (int i = 0; i <= 8; ++i) {
    const double t = i / 8.0;
    const auto rgb = viridis(0.15 + 0.85 * t);
    d.volumeColors->AddRGBPoint(t, rgb[0], rgb[1], rgb[2]);
  }
  d.volumeOpacity->AddPoint(0.0, 0.0);
  d.volumeOpacity->AddPoint(0.05, 0.0);
  d.volumeOpacity->AddPoint(0.3, 0.08);
  d.volumeOpacity->AddPoint(1.0, 0.6);

  d.cutter->SetInputData(d.energyImage);
  d.cutter->SetCutFunction(d.plane);
  d.sliceMapper->SetInputConnection(d.cutter->GetOutputPort());
  d.sliceMapper->SetLookupTable(d.colors);
  d.sliceMapper->ScalarVisibilityOn();
  d.sliceMapper->InterpolateScalarsBeforeMappingOn();
  d.sliceActor->SetMapper(d.sliceMapper);
  d.sliceActor->GetProperty()->LightingOff();
  d.sliceActor->GetProperty()->SetOpacity(0.55);  // see the shells through it

  d.outline->SetInputData(d.energyImage);
  d.outlineMapper->SetInputConnection(d.outline->GetOutputPort());
  d.outlineActor->SetMapper(d.outlineMapper);
  d.outlineActor->GetProperty()->SetColor(0.6, 0.63, 0.7);

  d.annotations.setTitles(QT_TRANSLATE_NOOP("ebmui::ViewTitles", "energy E"),
                          QT_TRANSLATE_NOOP("ebmui::ViewTitles", "x3"));
  setOptions(d.options);
}

VolumeScene::~VolumeScene() = default;

void VolumeScene::addTo(vtkRenderer* renderer) {
  applyBackground(renderer);
  renderer->SetUseDepthPeeling(true);
  renderer->SetMaximumNumberOfPeels(6);
  renderer->AddActor(d_->outlineActor);
  renderer->AddActor(d_->sliceActor);
  renderer->AddVolume(d_->volume);
  d_->replayBuffer.addTo(renderer);
  d_->data.addTo(renderer);
  d_->testPoints.addTo(renderer);
  d_->negatives.addTo(renderer);
  d_->particles.addTo(renderer);
  renderer->AddActor(d_->isoActor);
  d_->annotations.addTo(renderer);
}

void VolumeScene::setField(const ebm::EnergyGrid& grid, const std::vector<double>& levels,
                           const ebm::Vector& density) {
  if (grid.lattice.dimension() != 3) throw ebm::ArgumentError("A volume scene is drawn from a 3D grid.");
  auto& d = *d_;
  const auto& lattice = grid.lattice;
  d.box = lattice.box;
  const int nx = lattice.shape[0], ny = lattice.shape[1], nz = lattice.shape[2];
  for (vtkImageData* image : {d.energyImage.GetPointer(), d.densityImage.GetPointer()}) {
    image->SetDimensions(nx, ny, nz);
    image->SetOrigin(lattice.box.lower[0], lattice.box.lower[1], lattice.box.lower[2]);
    image->SetSpacing(lattice.spacing(0), lattice.spacing(1), lattice.spacing(2));
  }
  d.energies->SetNumberOfTuples(lattice.size());
  float* e = d.energies->GetPointer(0);
  float lowest = INFINITY, highest = -INFINITY;
  for (ebm::Index n = 0; n < lattice.size(); ++n) {
    const float v = grid.values[n];
    e[n] = std::isfinite(v) ? v : 1e30f;
    if (std::isfinite(v)) lowest = std::min(lowest, v), highest = std::max(highest, v);
  }
  d.energyImage->GetPointData()->SetScalars(d.energies);
  d.energies->Modified();
  d.energyImage->Modified();

  // The colour range spans the isosurfaces' energies (with a margin above), so the slice and the shells
  // agree.
  const double top = levels.empty() ? double(highest) : levels.back() + 1.5 * (levels.back() - lowest);
  d.colors->SetTableRange(lowest, std::max(double(lowest) + 1e-6, std::min(double(highest), top)));
  d.iso->SetNumberOfContours(int(levels.size()));
  for (std::size_t k = 0; k < levels.size(); ++k)
    d.iso->SetValue(int(k), levels[k]);
  d.isoMapper->SetScalarRange(d.colors->GetTableRange());
  d.sliceMapper->SetScalarRange(d.colors->GetTableRange());

  d.haveDensity = density.size() == lattice.size();
  if (d.haveDensity) {
    d.density->SetNumberOfTuples(lattice.size());
    const float peak = std::max(density.maxCoeff(), 1e-30f);
    float* p = d.density->GetPointer(0);
    for (ebm::Index n = 0; n < lattice.size(); ++n)
      p[n] = std::isfinite(density[n]) ? density[n] / peak : 0.0f;
    d.densityImage->GetPointData()->SetScalars(d.density);
    d.density->Modified();
    d.densityImage->Modified();
  }
  d.haveField = true;
  d.isoActor->SetVisibility(d.options.isosurfaces);
  d.sliceActor->SetVisibility(d.options.slice);
  d.volume->SetVisibility(d.options.volume && d.haveDensity);
  d.annotations.updateVolume(d.box, d.colors);
  placeSlice();
}

void VolumeScene::setDataAxes(const ebm::DataAxes& axes) {
  d_->annotations.setDataAxes(axes);
}

void VolumeScene::placeSlice() {
  auto& d = *d_;
  const int axis = std::clamp(d.options.sliceAxis, 0, 2);
  double origin[3] = {(d.box.lower[0] + d.box.upper[0]) / 2, (d.box.lower[1] + d.box.upper[1]) / 2,
                      (d.box.lower[2] + d.box.upper[2]) / 2};
  origin[axis] = d.box.lower[axis] + std::clamp(d.options.slicePosition, 0.0, 1.0) * d.box.width(axis);
  double normal[3] = {0, 0, 0};
  normal[axis] = 1;
  d.plane->SetOrigin(origin);
  d.plane->SetNormal(normal);
  d.plane->Modified();
}

void VolumeScene::setPoints(PointSet set, ebm::ConstPointsRef positions, const std::vector<int>& labels) {
  PointCloudLayer& layer = set == PointSet::Data           ? d_->data
                           : set == PointSet::Particles    ? d_->particles
                           : set == PointSet::ReplayBuffer ? d_->replayBuffer
                           : set == PointSet::TestPoints   ? d_->testPoints
                                                           : d_->negatives;
  layer.setPoints(positions, {}, labels);
}

void VolumeScene::clear() {
  auto& d = *d_;
  if (!d.haveField) return;
  d.haveField = d.haveDensity = false;
  for (vtkFloatArray* values : {d.energies.GetPointer(), d.density.GetPointer()})
    values->Initialize();
  for (vtkImageData* image : {d.energyImage.GetPointer(), d.densityImage.GetPointer()}) {
    image->Initialize();
    image->Modified();
  }
  for (vtkAlgorithm* filter : {static_cast<vtkAlgorithm*>(d.iso), static_cast<vtkAlgorithm*>(d.cutter)})
    filter->GetOutputDataObject(0)->Initialize();
  const ebm::Points none(3, 0);
  for (PointCloudLayer* layer : {&d.data, &d.particles, &d.negatives, &d.replayBuffer, &d.testPoints})
    layer->setPoints(none);
  d.isoActor->SetVisibility(false);
  d.sliceActor->SetVisibility(false);
  d.volume->SetVisibility(false);
}

void VolumeScene::setOptions(const VolumeOptions& options) {
  auto& d = *d_;
  d.options = options;
  d.isoActor->SetVisibility(options.isosurfaces && d.haveField);
  d.volume->SetVisibility(options.volume && d.haveDensity);
  d.sliceActor->SetVisibility(options.slice && d.haveField);
  d.annotations.setAxesVisible(options.axes);
  d.annotations.setColorBarVisible(options.colorBar);
  d.data.setVisible(options.data);
  d.particles.setVisible(options.particles);
  d.negatives.setVisible(options.negatives);
  d.replayBuffer.setVisible(options.negatives);
  placeSlice();
}

const VolumeOptions& VolumeScene::options() const {
  return d_->options;
}

}  // namespace ebmui
