#include "data/data_set.h"

#include <cmath>
#include <string>

#include "core/errors.h"

namespace ebm {

void DataSet::validate() const {
  const std::string what = "The data set \"" + name + "\" ";
  if (dimension != 2 && dimension != 3) {
    throw DataError(what + "is " + std::to_string(dimension) + "D; ebmscape shows 2D and 3D points only.");
  }
  if (points.rows() != dimension) {
    throw DataError(what + "has " + std::to_string(points.rows()) +
                    " coordinates per point but claims to be " + std::to_string(dimension) + "D.");
  }
  if (!points.allFinite()) throw DataError(what + "contains a NaN or infinite coordinate.");
  if (labels.empty()) return;
  if (Index(labels.size()) != points.cols()) {
    throw DataError(what + "has " + std::to_string(labels.size()) + " labels for " +
                    std::to_string(points.cols()) + " points.");
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] < 0 || labels[i] >= labelCount()) {
      throw DataError(what + "gives point " + std::to_string(i + 1) + " the label " +
                      std::to_string(labels[i]) + ", which has no name (there are " +
                      std::to_string(labelCount()) + " labels).");
    }
  }
}

void DataSetRecipe::validate() const {
  if (n < 1 || n > kMaxPoints) {
    throw ArgumentError("A data set needs between 1 and " + std::to_string(kMaxPoints) + " points, not " +
                        std::to_string(n) + ".");
  }
  if (noise && (!std::isfinite(*noise) || *noise < 0)) {
    throw ArgumentError("A data set's noise must be a finite number >= 0, not " + std::to_string(*noise) +
                        ".");
  }
}

}  // namespace ebm
