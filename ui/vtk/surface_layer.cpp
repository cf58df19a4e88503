#include "vtk/surface_layer.h"

#include <algorithm>
#include <vector>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace ebmui {

struct SurfaceLayer::Impl {
  vtkNew<vtkPolyData> mesh;
  vtkNew<vtkPoints> points;
  vtkNew<vtkFloatArray> energies;
  vtkNew<vtkPolyDataNormals> normals;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
  std::array<int, 3> shape{0, 0, 0};
  ebm::Box box;
};

SurfaceLayer::SurfaceLayer() : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->energies->SetName("energy");
  d_->mesh->SetPoints(d_->points);
  d_->mesh->GetPointData()->SetScalars(d_->energies);
  d_->normals->SetInputData(d_->mesh);
  d_->normals->SplittingOff();
  d_->normals->ConsistencyOff();
  d_->normals->ComputeCellNormalsOff();
  d_->mapper->SetInputConnection(d_->normals->GetOutputPort());
  d_->mapper->SetScalarModeToUsePointData();
  d_->mapper->SetColorModeToMapScalars();
  d_->mapper->ScalarVisibilityOn();
  d_->mapper->InterpolateScalarsBeforeMappingOn();
  d_->actor->SetMapper(d_->mapper);
  auto* property = d_->actor->GetProperty();
  property->SetAmbient(0.25);
  property->SetDiffuse(0.75);
  property->SetSpecular(0.25);
  property->SetSpecularPower(30);
}

SurfaceLayer::~SurfaceLayer() = default;

void SurfaceLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}

void SurfaceLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}

void SurfaceLayer::setLighting(bool on) {
  d_->actor->GetProperty()->SetLighting(on);
}

// At most this many cells per axis are drawn: software OpenGL pays per vertex, and a 100×100 mesh with smooth
// normals looks the same as a 192×192 one. Finer grids are sampled every `stride` nodes (the last row and
// column always included), so quadrature keeps the full grid while drawing stays fast.
constexpr int kMaxCellsPerAxis = 100;

namespace {
std::vector<int> drawnNodes(int nodes) {
  const int stride = std::max(1, (nodes - 1 + kMaxCellsPerAxis - 1) / kMaxCellsPerAxis);
  std::vector<int> kept;
  for (int i = 0; i < nodes - 1; i += stride)
    kept.push_back(i);
  kept.push_back(nodes - 1);
  return kept;
}
}  // namespace

void SurfaceLayer::update(const ebm::EnergyGrid& grid, const HeightMapping& mapping, vtkLookupTable* colors) {
  const auto& lattice = grid.lattice;
  const std::vector<int> xs = drawnNodes(lattice.shape[0]), ys = drawnNodes(lattice.shape[1]);
  const int nx = int(xs.size()), ny = int(ys.size());
  const bool newMesh =
      lattice.shape != d_->shape || lattice.box.lower != d_->box.lower || lattice.box.upper != d_->box.upper;
  if (newMesh) {
    d_->shape = lattice.shape;
    d_->box = lattice.box;
    d_->points->SetNumberOfPoints(vtkIdType(nx) * ny);
    d_->energies->SetNumberOfTuples(vtkIdType(nx) * ny);
    vtkNew<vtkCellArray> quads;
    quads->AllocateExact((nx - 1) * (ny - 1), 4 * (nx - 1) * (ny - 1));
    for (int j = 0; j + 1 < ny; ++j) {
      for (int i = 0; i + 1 < nx; ++i) {
        const vtkIdType a = i + vtkIdType(nx) * j;
        const vtkIdType quad[4] = {a, a + 1, a + 1 + nx, a + nx};
        quads->InsertNextCell(4, quad);
      }
    }
    d_->mesh->SetPolys(quads);
  }
  float* xyz = static_cast<float*>(d_->points->GetVoidPointer(0));
  float* e = d_->energies->GetPointer(0);
  const double hx = lattice.spacing(0), hy = lattice.spacing(1);
  const ebm::Index gx = lattice.shape[0];
  for (int j = 0; j < ny; ++j) {
    for (int i = 0; i < nx; ++i) {
      const ebm::Index n = i + ebm::Index(nx) * j;
      const float energy = grid.values[xs[std::size_t(i)] + gx * ys[std::size_t(j)]];
      xyz[3 * n + 0] = float(lattice.box.lower[0] + xs[std::size_t(i)] * hx);
      xyz[3 * n + 1] = float(lattice.box.lower[1] + ys[std::size_t(j)] * hy);
      xyz[3 * n + 2] = float(mapping.height(energy));
      e[n] = std::isfinite(energy) ? energy : float(mapping.knee);
    }
  }
  d_->points->Modified();
  d_->energies->Modified();
  d_->mesh->Modified();
  d_->mapper->SetLookupTable(colors);
  d_->mapper->SetScalarRange(mapping.low, mapping.knee);
}

}  // namespace ebmui
