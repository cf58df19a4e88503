// A field on the 2D box as a flat colour image: the top-down map, drawn as one textured quad.
#pragma once

#include <memory>

#include "vtk/height_mapping.h"

class vtkRenderer;
class vtkLookupTable;

namespace ebmui {

/// The grid's values through the colour map, one texel per lattice node, smoothly interpolated, at z = 0.
/// Software OpenGL draws this far faster than a mesh with a vertex per node.
class MapImageLayer {
 public:
  MapImageLayer();
  ~MapImageLayer();
  MapImageLayer(const MapImageLayer&) = delete;
  MapImageLayer& operator=(const MapImageLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void update(const ebm::EnergyGrid& grid, const HeightMapping& mapping, vtkLookupTable* colors);
  void setVisible(bool visible);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
