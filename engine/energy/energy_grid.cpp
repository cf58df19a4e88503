#include "energy/energy_grid.h"

#include <string>

#include "core/errors.h"
#include "core/parallel.h"

namespace ebm {
namespace {
constexpr Index kNodesPerChunk = 2048;
}

void evaluateOnLattice(const Energy& energy, const Lattice& lattice, VectorRef values) {
  if (energy.dimension() != lattice.dimension()) {
    throw ArgumentError("A " + std::to_string(energy.dimension()) + "D energy cannot be drawn on a " +
                        std::to_string(lattice.dimension()) + "D grid.");
  }
  if (values.size() != lattice.size()) throw ArgumentError("The grid's value buffer has the wrong size.");
  parallelFor(lattice.size(), kNodesPerChunk, [&](Index begin, Index end) {
    thread_local Points nodes;
    nodes.resize(lattice.dimension(), end - begin);
    lattice.nodes(begin, nodes);
    energy.evaluate(nodes, values.segment(begin, end - begin));
  });
}

EnergyGrid evaluateOnLattice(const Energy& energy, const Lattice& lattice) {
  EnergyGrid grid{lattice, Vector(lattice.size())};
  evaluateOnLattice(energy, lattice, grid.values);
  return grid;
}

}  // namespace ebm
