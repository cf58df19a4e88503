// A regular lattice of nodes over a box: where energies are drawn and where quadrature sums.
#pragma once

#include <array>

#include "core/box.h"
#include "core/types.h"

namespace ebm {

/// Nodes x = lower + i·spacing on every axis, including both faces of the box.
/// Node (i, j, k) has flat index i + nx·(j + ny·k): x runs fastest, as in VTK image data.
struct Lattice {
  Box box;
  std::array<int, 3> shape{1, 1, 1};  ///< nodes per axis; 1 on unused axes

  /// A lattice with `nodesPerAxis` nodes on each of the box's axes. Throws ArgumentError if nodesPerAxis < 2.
  [[nodiscard]] static Lattice over(const Box& box, int nodesPerAxis);

  [[nodiscard]] int dimension() const { return box.dimension; }
  [[nodiscard]] Index size() const { return Index(shape[0]) * shape[1] * shape[2]; }
  [[nodiscard]] double spacing(int axis) const { return box.width(axis) / (shape[axis] - 1); }
  /// The area/volume one node stands for in a Riemann sum: the product of the spacings.
  [[nodiscard]] double cellVolume() const;
  /// Writes the coordinates of nodes [first, first + out.cols()) into `out` (D×count).
  void nodes(Index first, PointsRef out) const;
  /// All nodes as a D×size() batch.
  [[nodiscard]] Points allNodes() const;
};

}  // namespace ebm
