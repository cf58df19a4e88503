// Everything drawn for a 3D energy: isosurfaces at chosen energies (semi-transparent, several at once), a
// volume rendering of the density, a movable slicing plane coloured by energy, the box, and point sets.
#pragma once

#include <memory>
#include <vector>

#include "data/standardization.h"
#include "energy/energy_grid.h"
#include "vtk/field_scene.h"

class vtkRenderer;

namespace ebmui {

/// Which parts of the 3D scene are visible.
struct VolumeOptions {
  bool isosurfaces = true;
  bool volume = false;
  bool slice = true;
  int sliceAxis = 2;           ///< 0, 1, 2
  double slicePosition = 0.5;  ///< 0 … 1 of the box along the axis
  bool axes = true;
  bool colorBar = true;
  bool data = true;
  bool particles = true;
  bool negatives = true;
};

/// The layers of a 3D view. Like FieldScene it only copies what it is given into VTK arrays.
class VolumeScene {
 public:
  VolumeScene();
  ~VolumeScene();
  VolumeScene(const VolumeScene&) = delete;
  VolumeScene& operator=(const VolumeScene&) = delete;

  /// Adds every layer to `renderer` (and turns on depth peeling there, for the transparent isosurfaces).
  void addTo(vtkRenderer* renderer);

  /// The energy on a 3D lattice; `levels` are the isosurfaces' energies (lowest first, up to 8), and
  /// `density` (same size, or empty) the normalized p_T the volume rendering shows.
  /// Throws ebm::ArgumentError for a 2D grid.
  void setField(const ebm::EnergyGrid& energies, const std::vector<double>& levels,
                const ebm::Vector& density);
  void setPoints(PointSet set, ebm::ConstPointsRef positions, const std::vector<int>& labels = {});
  /// Forgets the field, its isosurfaces and every point set (a 2D lesson hides the 3D view: its tens of
  /// MiB of surfaces are not kept for later). The next setField() draws again.
  void clear();
  /// Axis titles and the units of their numbers: imported data's column names and standardization.
  void setDataAxes(const ebm::DataAxes& axes);

  void setOptions(const VolumeOptions& options);
  [[nodiscard]] const VolumeOptions& options() const;

 private:
  void placeSlice();

  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
