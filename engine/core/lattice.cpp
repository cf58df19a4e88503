#include "core/lattice.h"

#include <string>

#include "core/errors.h"

namespace ebm {

Lattice Lattice::over(const Box& box, int nodesPerAxis) {
  box.validate();
  if (nodesPerAxis < 2) {
    throw ArgumentError("A lattice needs at least 2 nodes per axis, not " + std::to_string(nodesPerAxis) +
                        ".");
  }
  Lattice lattice;
  lattice.box = box;
  for (int axis = 0; axis < box.dimension; ++axis)
    lattice.shape[axis] = nodesPerAxis;
  return lattice;
}

double Lattice::cellVolume() const {
  double v = 1.0;
  for (int axis = 0; axis < dimension(); ++axis)
    v *= spacing(axis);
  return v;
}

void Lattice::nodes(Index first, PointsRef out) const {
  const int d = dimension();
  const double hx = spacing(0), hy = spacing(1);
  const double hz = d == 3 ? spacing(2) : 0.0;
  const Index nx = shape[0], ny = shape[1];
  for (Index c = 0; c < out.cols(); ++c) {
    const Index flat = first + c;
    const Index i = flat % nx, j = (flat / nx) % ny, k = flat / (nx * ny);
    out(0, c) = float(box.lower[0] + i * hx);
    out(1, c) = float(box.lower[1] + j * hy);
    if (d == 3) out(2, c) = float(box.lower[2] + k * hz);
  }
}

Points Lattice::allNodes() const {
  Points points(dimension(), size());
  nodes(0, points);
  return points;
}

}  // namespace ebm
