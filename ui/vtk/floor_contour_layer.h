// Contour lines of the energy projected on the floor under the landscape: the map a hiker reads.
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

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
