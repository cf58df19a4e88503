// Points a teacher draws on a 2D lesson's map: the lesson's data made its own points, sprayed along a stroke
// with a round brush, erased under it, or cleared. Positions are the map's world coordinates (the engine's
// units); the lesson keeps its points in the data's own units (an import's standardization undone).
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "core/box.h"
#include "core/random.h"
#include "data/data_set.h"
#include "io/lesson.h"

namespace ebm {

/// The most points a lesson may hold for spraying to add more (a lesson file keeps every one).
constexpr Index kMaxDrawnPoints = 200'000;

/// The recipe a generated DataSpec stands for: its count, noise (unless the recipe's own) and seed.
[[nodiscard]] DataSetRecipe generatorRecipe(const DataSpec& data);

/// The lesson's data as points a brush can edit (Source::Points, drawn = true): a generated data set is
/// generated once from its recipe and kept as it was drawn (labels and their names too, the same points in
/// the same order); the lesson's own points stay as they are, in their units; no data is no points. Throws
/// DataError for a 3D lesson (drawing is on the 2D map).
[[nodiscard]] DataSpec drawablePoints(const Lesson& lesson);

/// The same data without a point: what Clear leaves. The class names, the axes' names and the units stay, so
/// drawing goes on with the same classes in the same units.
[[nodiscard]] DataSpec clearedPoints(const Lesson& lesson);

/// The classes sprayed points can have: the data's label names (a generated labelled set's too); empty for
/// unlabelled data, whose drawn points have no label.
[[nodiscard]] std::vector<std::string> drawableClasses(const DataSpec& data);

/// A round brush on the map.
struct PointBrush {
  double radius = 0.3;  ///< world units (the engine's), > 0
  double density = 20;  ///< points sprayed per brush width (2·radius) of stroke, and by a press alone
  int label = 0;        ///< the class of sprayed points when the data is labelled (clamped to its classes)
};

/// One stroke of the spraying brush, from the press to the release. Centres fall uniformly along the path the
/// brush travels, `density` of them per brush width (and `density` at the press); each point lies uniformly
/// in the brush's disc around its centre, so every point is within `radius` of the path. Points outside `box`
/// are not kept, and none are added once the data holds kMaxDrawnPoints. The same seed and path give the same
/// points.
class SprayStroke {
 public:
  SprayStroke(const PointBrush& brush, const Box& box, std::uint64_t seed);
  /// The brush lands at `at`: sprays its first dab into `data` (Source::Points). Returns the points added.
  Index press(DataSpec& data, const Eigen::Vector2d& at);
  /// The brush travels in a straight line from where it was to `to`. Returns the points added.
  Index moveTo(DataSpec& data, const Eigen::Vector2d& to);

 private:
  Index spray(DataSpec& data, const Eigen::Vector2d& from, const Eigen::Vector2d& to, Index count);

  PointBrush brush_;
  Box box_;
  Random random_;
  Eigen::Vector2d last_ = Eigen::Vector2d::Zero();
  double pending_ = 0;  ///< the fraction of a point the path so far owes
};

/// Removes from `data` (Source::Points) the points within `radius` of the segment from `from` to `to` (world
/// coordinates; a press alone is the segment from a point to itself), with their labels. Returns how many.
Index erasePoints(DataSpec& data, const Eigen::Vector2d& from, const Eigen::Vector2d& to, double radius);

}  // namespace ebm
