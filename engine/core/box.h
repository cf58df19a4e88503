// An axis-aligned box in 2D or 3D: the region where energies are drawn, integrated and sampled.
#pragma once

#include <array>

#include "core/types.h"

namespace ebm {

/// The box [lower, upper] in `dimension` (2 or 3) coordinates; unused coordinates are 0.
struct Box {
  int dimension = 2;
  std::array<double, 3> lower{-4, -4, 0};
  std::array<double, 3> upper{4, 4, 0};

  /// The cube [−halfWidth, halfWidth]^dimension. Throws ArgumentError for dimension ∉ {2,3} or halfWidth ≤ 0.
  [[nodiscard]] static Box centered(int dimension, double halfWidth);

  [[nodiscard]] double width(int axis) const { return upper[axis] - lower[axis]; }
  /// Area (2D) or volume (3D).
  [[nodiscard]] double volume() const;
  [[nodiscard]] bool contains(const float* point) const;
  /// Throws ArgumentError unless the dimension is 2 or 3 and every side has positive finite width.
  void validate() const;

  bool operator==(const Box& other) const = default;
};

/// The box around points (D×N, D = 2 or 3) with a margin of `marginShare` of the data's extent on each side
/// (at least 10⁻³). Throws ArgumentError for no points or a dimension other than 2 or 3.
[[nodiscard]] Box boxAround(ConstPointsRef points, double marginShare = 0.1);

/// How many of the points (D×N) lie outside the box.
[[nodiscard]] Index pointsOutside(const Box& box, ConstPointsRef points);

}  // namespace ebm
