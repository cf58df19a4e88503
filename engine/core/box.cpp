#include "core/box.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/errors.h"

namespace ebm {

Box Box::centered(int dimension, double halfWidth) {
  Box box;
  box.dimension = dimension;
  for (int axis = 0; axis < 3; ++axis) {
    const double h = axis < dimension ? halfWidth : 0.0;
    box.lower[axis] = -h;
    box.upper[axis] = h;
  }
  box.validate();
  return box;
}

double Box::volume() const {
  double v = 1.0;
  for (int axis = 0; axis < dimension; ++axis)
    v *= width(axis);
  return v;
}

bool Box::contains(const float* point) const {
  for (int axis = 0; axis < dimension; ++axis) {
    if (!(point[axis] >= lower[axis] && point[axis] <= upper[axis])) return false;
  }
  return true;
}

void Box::validate() const {
  if (dimension != 2 && dimension != 3) {
    throw ArgumentError("A box must be 2D or 3D, not " + std::to_string(dimension) + "D.");
  }
  for (int axis = 0; axis < dimension; ++axis) {
    if (!std::isfinite(lower[axis]) || !std::isfinite(upper[axis]) || !(upper[axis] > lower[axis])) {
      throw ArgumentError("The box's side " + std::to_string(axis + 1) +
                          " must have a finite upper bound greater than its lower bound.");
    }
  }
}

Box boxAround(ConstPointsRef points, double marginShare) {
  const auto d = int(points.rows());
  if (points.cols() == 0 || (d != 2 && d != 3)) throw ArgumentError("A box needs 2D or 3D points.");
  Box box;
  box.dimension = d;
  box.lower = {0, 0, 0};
  box.upper = {0, 0, 0};
  for (int axis = 0; axis < d; ++axis) {
    const double low = points.row(axis).minCoeff(), high = points.row(axis).maxCoeff();
    const double margin = std::max(marginShare * (high - low), 1e-3);
    box.lower[std::size_t(axis)] = low - margin;
    box.upper[std::size_t(axis)] = high + margin;
  }
  return box;
}

Index pointsOutside(const Box& box, ConstPointsRef points) {
  Index outside = 0;
  for (Index i = 0; i < points.cols(); ++i) {
    for (int axis = 0; axis < box.dimension; ++axis) {
      const double x = points(axis, i);
      if (!(x >= box.lower[std::size_t(axis)] && x <= box.upper[std::size_t(axis)])) {
        ++outside;
        break;
      }
    }
  }
  return outside;
}

}  // namespace ebm
