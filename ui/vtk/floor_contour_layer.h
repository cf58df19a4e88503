// Contour lines of a field on the 2D box, drawn flat: on the floor under a landscape, or over a heat map.
#pragma once

#include <memory>

#include "vtk/height_mapping.h"

class vtkRenderer;
class vtkLookupTable;

namespace ebmui {

/// Iso-energy lines at evenly spaced levels between the mapping's low and high energies, drawn flat at floorZ
/// and coloured by the same colour map as the surface, above a dark floor plate.
class FloorContourLayer {
 public:
  explicit FloorContourLayer(int levels = 14);
  ~FloorContourLayer();
  FloorContourLayer(const FloorContourLayer&) = delete;
  FloorContourLayer& operator=(const FloorContourLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void update(const ebm::EnergyGrid& grid, const HeightMapping& mapping, vtkLookupTable* colors);
  void setVisible(bool visible);
  /// The dark plate under the lines (on for a landscape; off over a heat map, which it would hide).
  void setPlateVisible(bool visible);
  /// Draws every line in one colour (readable over a heat map) instead of colouring them by level. Opaque:
  /// one translucent prop makes software OpenGL run VTK's translucent pass over the whole view (~10 ms).
  void setUniformColor(bool uniform, double red = 0.80, double green = 0.80, double blue = 0.88);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
