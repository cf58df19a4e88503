// A data set: 2D or 3D points with optional class labels, generated from a recipe or read from a file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/types.h"

namespace ebm {

/// Points one per column (D×N, D = 2 or 3) with optional integer labels 0…K−1 and the names of those labels.
/// The GUI colours points by label; class-conditional energies E(x|y) train on them.
struct DataSet {
  std::string name;                      ///< registry name ("8gaussians") or the file name it came from
  int dimension = 2;                     ///< D, equal to points.rows()
  Points points;                         ///< D×N
  std::vector<int> labels;               ///< empty, or one label in [0, labelNames.size()) per point
  std::vector<std::string> labelNames;   ///< the name of each label ("moon 1", "setosa", "7")
  std::vector<std::string> columnNames;  ///< a file's header names for x, y[, z]; empty otherwise

  [[nodiscard]] Index size() const { return points.cols(); }
  [[nodiscard]] bool hasLabels() const { return !labels.empty(); }
  [[nodiscard]] int labelCount() const { return int(labelNames.size()); }

  /// Throws DataError unless: D ∈ {2, 3} and equals points.rows(); every coordinate is finite; labels are
  /// empty or one per point, each in [0, labelNames.size()).
  void validate() const;
};

/// How to generate a data set: how many points, how noisy, and from which seed.
struct DataSetRecipe {
  /// The most points a recipe generates (16 bytes per 3D point: 160 MB at most).
  static constexpr Index kMaxPoints = 10'000'000;

  Index n = 2000;               ///< number of points, 1 … kMaxPoints
  std::optional<double> noise;  ///< the recipe's noise parameter (see each recipe); empty = its default
  std::uint64_t seed = 0;       ///< the same seed gives the same points, on every machine

  /// Throws ArgumentError for n outside [1, kMaxPoints] or a negative or non-finite noise.
  void validate() const;
  /// The noise to use: the recipe's own if set, else `recipeDefault`.
  [[nodiscard]] double noiseOr(double recipeDefault) const { return noise.value_or(recipeDefault); }
};

}  // namespace ebm
