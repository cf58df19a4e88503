// A 2D energy drawn as a landscape: height surface, floor contours, colour bar and axes on one renderer.
#pragma once

#include <memory>

#include "analysis/energy_grid.h"
#include "vtk/height_mapping.h"

class vtkRenderer;

namespace ebmui {

/// What the landscape shows besides the surface.
struct LandscapeOptions {
  bool contours = true;
  bool axes = true;
  bool colorBar = true;
};

/// The layers of a 2D energy landscape, attachable to any renderer: a window's (VtkView) or an offscreen one
/// (export). Owns no window; the caller asks its view to render after update().
class LandscapeScene {
 public:
  LandscapeScene();
  ~LandscapeScene();
  LandscapeScene(const LandscapeScene&) = delete;
  LandscapeScene& operator=(const LandscapeScene&) = delete;

  /// Adds every layer to `renderer` and sets its background. Call once per renderer.
  void addTo(vtkRenderer* renderer);
  /// Redraws every layer from a 2D energy grid. Throws ebm::ArgumentError for a 3D grid.
  void setEnergyGrid(const ebm::EnergyGrid& grid);
  void setOptions(const LandscapeOptions& options);

  [[nodiscard]] const HeightMapping& mapping() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

/// Sets the dark blue-grey gradient background every ebmscape view uses.
void applyBackground(vtkRenderer* renderer);

}  // namespace ebmui
