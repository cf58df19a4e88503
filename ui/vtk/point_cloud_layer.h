// Points drawn in a view: data points, particles or training negatives as round dots; test points flagged by
// an anomaly detector as flat marks whose shape tells the flag (style/palette.h).
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "core/box.h"
#include "core/types.h"

class vtkRenderer;

namespace ebmui {

/// What a point's label means for its look.
enum class LabelLook {
  None,     ///< every point in the style's colour
  Classes,  ///< label k in palette::classColour(k), round
  Flags,    ///< label = palette::Flag: its colour and its shape (circle, square, triangle, diamond), outlined
};

/// How a point cloud looks.
struct PointStyle {
  std::array<double, 3> color{1, 1, 1};
  double pixelSize = 4;
  double opacity = 1;
  LabelLook labels = LabelLook::None;  ///< used when labels are given
};

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
  /// The shape each point is drawn with (palette::MarkerShape as an int), in the order given; empty unless
  /// the style draws flags.
  [[nodiscard]] std::vector<int> drawnShapes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
