// The energy landscape as a 3D height surface over the 2D box, coloured by energy.
#pragma once

#include <memory>

#include "vtk/height_mapping.h"

class vtkRenderer;
class vtkLookupTable;

namespace ebmui {

/// A smooth-shaded surface z = height(E(x)) with one vertex per lattice node. Updating with a grid of the
/// same lattice rewrites the vertex heights and colours in place; a new lattice rebuilds the mesh.
class SurfaceLayer {
 public:
  SurfaceLayer();
  ~SurfaceLayer();
  SurfaceLayer(const SurfaceLayer&) = delete;
  SurfaceLayer& operator=(const SurfaceLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void update(const ebm::EnergyGrid& grid, const HeightMapping& mapping, vtkLookupTable* colors);
  void setVisible(bool visible);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
