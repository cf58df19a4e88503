// An energy sampled on a lattice: what the views draw and what quadrature integrates.
#pragma once

#include "core/lattice.h"
#include "energy/energy.h"

namespace ebm {

/// E at every node of a lattice (flat index i + nx·(j + ny·k)).
struct EnergyGrid {
  Lattice lattice;
  Vector values;
};

/// Evaluates `energy` at every node of `lattice`, in chunks spread over both cores.
/// Throws ArgumentError if the energy's dimension differs from the lattice's.
[[nodiscard]] EnergyGrid evaluateOnLattice(const Energy& energy, const Lattice& lattice);

/// The same into a caller-owned vector of length lattice.size() (no allocation for the result).
void evaluateOnLattice(const Energy& energy, const Lattice& lattice, VectorRef values);

}  // namespace ebm
