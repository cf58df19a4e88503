// Everything drawn for a 2D energy in one view: the field (as a landscape or as a map), its contours, colour
// bar and axes, and the point sets that live on it (data, particles, training negatives, trails, score
// arrows).
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "data/standardization.h"
#include "energy/energy_grid.h"
#include "vtk/height_mapping.h"

class vtkRenderer;

namespace ebmui {

/// How a 2D field is drawn: as a 3D height surface with contours on the floor, or flat as a heat map.
enum class SceneMode { Landscape, Map };
/// What the field's values are: the energy E, the normalized density p_T = e^{−E/T}/Z_T, or a classifier's
/// max-softmax confidence max_y p(y|x).
enum class FieldKind { Energy, Density, Confidence };
/// The point sets a scene draws.
enum class PointSet { Data, Particles, Negatives, ReplayBuffer, TestPoints, Markers };
/// The line sets a scene draws: a classifier's decision boundaries, a detector's threshold.
enum class SegmentSet { Boundaries, Threshold };

/// Which parts of the scene are visible.
struct SceneOptions {
  bool contours = true;
  bool axes = true;
  bool colorBar = true;
  bool data = true;  ///< also an experiment's markers (stored patterns, items, …)
  bool particles = true;
  bool negatives = true;
  bool trails = false;
  bool scoreField = false;
  bool minimum = false;
  bool boundaries = true;  ///< a classifier's decision boundaries
};

/// The layers of one 2D view, attachable to any renderer: a window's (VtkView) or an offscreen one (export).
/// It only copies what it is given into VTK arrays (the worker computes values and heights' inputs); the
/// caller asks its view to render afterwards. Points are placed on the surface by their field values.
class FieldScene {
 public:
  explicit FieldScene(SceneMode mode);
  ~FieldScene();
  FieldScene(const FieldScene&) = delete;
  FieldScene& operator=(const FieldScene&) = delete;

  /// Adds every layer to `renderer` and sets its background; the layers that move every frame (particles,
  /// negatives, trails, markers, the minimum's trace) go to `moving` if one is given (VtkView's moving
  /// layer). Call once per renderer.
  void addTo(vtkRenderer* renderer, vtkRenderer* moving = nullptr);
  [[nodiscard]] SceneMode mode() const;

  /// Redraws the field from a 2D grid of its values. The height/colour mapping is refitted to the grid unless
  /// a mapping is given (e.g. a scale the teacher locked). Throws ebm::ArgumentError for a 3D grid.
  void setField(const ebm::EnergyGrid& values, FieldKind kind, const HeightMapping* mapping = nullptr);
  [[nodiscard]] const HeightMapping& mapping() const;

  /// Points of one set, D×N with their field values (for their height on a landscape; may be empty on a map)
  /// and optional labels (data is coloured by class).
  void setPoints(PointSet set, ebm::ConstPointsRef positions, const std::vector<float>& fieldValues,
                 const std::vector<int>& labels = {});
  /// Where an experiment's markers (stored patterns, items, …) are drawn, in world coordinates; empty while
  /// they are hidden.
  [[nodiscard]] std::vector<std::array<double, 3>> markerPoints() const;
  /// Particle trails (see TrailLayer for the layout) with the field value at every vertex.
  void setTrails(ebm::ConstPointsRef trails, int trailLength, const std::vector<float>& fieldValues);
  /// Score arrows −∇E/T at anchors, drawn a grid spacing long at most.
  void setScoreField(ebm::ConstPointsRef anchors, ebm::ConstPointsRef scores, double spacing,
                     const std::vector<float>& fieldValues);
  /// Segments of one set (columns 2s, 2s + 1 are the ends of segment s) with the field value at each end.
  void setSegments(SegmentSet set, ebm::ConstPointsRef ends, const std::vector<float>& fieldValues);
  /// The landscape's lowest point and the path it took as a slider moved (oldest first).
  void setMinimum(ebm::ConstPointsRef minimum, const std::vector<float>& minimumValue,
                  ebm::ConstPointsRef trace, const std::vector<float>& traceValues);

  /// Axis titles and the units of their numbers: imported data's column names and standardization.
  void setDataAxes(const ebm::DataAxes& axes);

  void setOptions(const SceneOptions& options);
  [[nodiscard]] const SceneOptions& options() const;

 private:
  [[nodiscard]] std::vector<float> heightsOf(const std::vector<float>& fieldValues, double lift) const;

  struct Impl;
  std::unique_ptr<Impl> d_;
};

/// Sets the dark blue-grey gradient background every ebmscape view uses.
void applyBackground(vtkRenderer* renderer);

}  // namespace ebmui
