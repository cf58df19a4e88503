#include "vtk/landscape_scene.h"

#include <vtkLookupTable.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include "core/errors.h"
#include "vtk/annotation_layer.h"
#include "vtk/colormap.h"
#include "vtk/floor_contour_layer.h"
#include "vtk/surface_layer.h"

namespace ebmui {

struct LandscapeScene::Impl {
  SurfaceLayer surface;
  FloorContourLayer contours;
  AnnotationLayer annotations;
  HeightMapping mapping;
  vtkSmartPointer<vtkLookupTable> colors = makeViridisTable(0, 1);
};

LandscapeScene::LandscapeScene() : d_(std::make_unique<Impl>()) {}
LandscapeScene::~LandscapeScene() = default;

void applyBackground(vtkRenderer* renderer) {
  renderer->GradientBackgroundOn();
  renderer->SetBackground(0.07, 0.08, 0.10);
  renderer->SetBackground2(0.20, 0.23, 0.29);
}

void LandscapeScene::addTo(vtkRenderer* renderer) {
  applyBackground(renderer);
  d_->surface.addTo(renderer);
  d_->contours.addTo(renderer);
  d_->annotations.addTo(renderer);
}

void LandscapeScene::setEnergyGrid(const ebm::EnergyGrid& grid) {
  if (grid.lattice.dimension() != 2) throw ebm::ArgumentError("A landscape is drawn from a 2D energy grid.");
  d_->mapping = HeightMapping::fit(grid);
  d_->colors->SetTableRange(d_->mapping.energyLow, d_->mapping.energyKnee);
  d_->surface.update(grid, d_->mapping, d_->colors);
  d_->contours.update(grid, d_->mapping, d_->colors);
  d_->annotations.update(grid.lattice.box, d_->mapping, d_->colors);
}

void LandscapeScene::setOptions(const LandscapeOptions& options) {
  d_->contours.setVisible(options.contours);
  d_->annotations.setAxesVisible(options.axes);
  d_->annotations.setColorBarVisible(options.colorBar);
}

const HeightMapping& LandscapeScene::mapping() const {
  return d_->mapping;
}

}  // namespace ebmui
