// The built-in data sets by name: what exists, what each looks like, and how to generate one from a recipe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/box.h"
#include "data/data_set.h"

namespace ebm {

/// What the program knows about one built-in data set before generating it.
struct DataSetInfo {
  std::string name;           ///< registry name, e.g. "8gaussians"
  int dimension = 2;          ///< 2 or 3
  std::string title;          ///< for people: "Eight Gaussians"
  std::string recipe;         ///< one line: how the points are made (for a tooltip)
  double defaultNoise = 0;    ///< the noise used when a recipe leaves it unset
  Box box;                    ///< a box that holds the data with margin at the default noise
  bool labelled = false;      ///< points carry class labels
  bool knownDensity = false;  ///< trueDensity() gives its exact density (for noise > 0)
};

/// Names of every built-in data set: the 2D ones in the literature's order, then the 3D ones.
[[nodiscard]] std::vector<std::string> dataSetNames();

/// The description of data set `name`. Throws ArgumentError for an unknown name (the message lists the known
/// ones).
[[nodiscard]] const DataSetInfo& dataSetInfo(std::string_view name);

/// Generates data set `name` from `recipe` (n points, the recipe's noise unless set, seeded: the same name
/// and recipe give the same points on every machine). Throws ArgumentError for an unknown name or a recipe
/// that fails DataSetRecipe::validate().
[[nodiscard]] DataSet generateDataSet(std::string_view name, const DataSetRecipe& recipe = {});

}  // namespace ebm
