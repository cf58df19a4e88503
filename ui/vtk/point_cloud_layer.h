// Points drawn in a view: data points, particles or training negatives, as round dots.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "core/box.h"
#include "core/types.h"

class vtkRenderer;

namespace ebmui {

/// How a point cloud looks.
struct PointStyle {
  std::array<double, 3> color{1, 1, 1};
  double pixelSize = 4;
  double opacity = 1;
  bool colorByLabel = false;  ///< use the label palette instead of `color` when labels are given
};

/// The colours labels are drawn in (a qualitative palette that stays readable on the dark background).
[[nodiscard]] std::array<double, 3> labelColor(int label);

/// A cloud of points updated in place from engine batches. 2D points need a z per point (on the landscape:
/// the surface height at the point, plus a lift so they sit on it; on the map: a constant just above it).
class PointCloudLayer {
 public:
  explicit PointCloudLayer(const PointStyle& style);
  ~PointCloudLayer();
  PointCloudLayer(const PointCloudLayer&) = delete;
  PointCloudLayer& operator=(const PointCloudLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  /// `positions` is D×N (D = 2 or 3). For D = 2, `heights` (length N) gives each point's z; empty means z =
  /// 0. `labels` (length N, or empty) colours points by class when the style asks for it.
  void setPoints(ebm::ConstPointsRef positions, const std::vector<float>& heights = {},
                 const std::vector<int>& labels = {});
  void setVisible(bool visible);
  /// Draws only what lies inside the box's x₁, x₂ range (2D lessons).
  void clipTo(const ebm::Box& box);
  [[nodiscard]] bool visible() const;
  void setStyle(const PointStyle& style);
  [[nodiscard]] ebm::Index size() const;
  /// Where the points are drawn (world coordinates, z included), in the order they were given.
  [[nodiscard]] std::vector<std::array<double, 3>> drawnPoints() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
