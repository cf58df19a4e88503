// The reading aids around a landscape: a colour bar with the energy scale and labelled axes.
#pragma once

#include <memory>

#include "data/standardization.h"
#include "vtk/height_mapping.h"

class vtkRenderer;
class vtkLookupTable;

namespace ebmui {

/// A vertical colour bar titled "energy E" and box axes labelled x₁, x₂ and E (the height axis is labelled in
/// energy units, from the mapping's low to high energy). Imported data's axes carry their column names and
/// are numbered in the data's own units (the scene itself is in engine units).
class AnnotationLayer {
 public:
  AnnotationLayer();
  ~AnnotationLayer();
  AnnotationLayer(const AnnotationLayer&) = delete;
  AnnotationLayer& operator=(const AnnotationLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  /// A 2D landscape: the box's two axes and the height axis labelled in the mapping's units.
  void update(const ebm::Box& box, const HeightMapping& mapping, vtkLookupTable* colors);
  /// A 3D box: three coordinate axes, and the colour bar of `colors`.
  void updateVolume(const ebm::Box& box, vtkLookupTable* colors);
  void setColorBarVisible(bool visible);
  void setAxesVisible(bool visible);
  /// Titles of the colour bar and of the height axis ("energy E" / "E", "density p" / "p").
  void setTitles(const char* colorBarTitle, const char* heightAxisTitle);
  /// Whether the height axis is drawn (not on a flat map).
  void setHeightAxis(bool shown);
  /// The coordinate axes' titles and the units their numbers are in (the default: x1, x2, x3 as they are).
  void setDataAxes(const ebm::DataAxes& axes);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
