// A field on the 2D box (energy or density) as a height surface, or flat as a heat map, coloured by value.
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
  /// Heights and colours from `grid`'s values through `mapping` (a flat mapping draws a heat map at z = 0).
  void update(const ebm::EnergyGrid& grid, const HeightMapping& mapping, vtkLookupTable* colors);
  void setVisible(bool visible);
  /// Shading on (a landscape) or off (a heat map whose colours read true).
  void setLighting(bool on);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
