// The probability a Boltzmann density puts on a region of the grid — how likely a rule is to be broken.
#pragma once

#include <functional>

#include "energy/energy_grid.h"

namespace ebm {

/// Σ_{n ∈ region} e^{−Eₙ/T} / Σₙ e^{−Eₙ/T} over the grid's nodes: the share of p_T's mass on the nodes where
/// `inRegion(n)` holds, by the same Riemann sum as log Z (so it agrees with the density the views show).
/// +∞ energies carry no mass. Throws ArgumentError for T ≤ 0 and NumericError as logPartition() does.
[[nodiscard]] double massWhere(const EnergyGrid& grid, double temperature,
                               const std::function<bool(Index node)>& inRegion);

}  // namespace ebm
