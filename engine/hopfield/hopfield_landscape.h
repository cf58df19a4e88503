// The energy of a Hopfield network drawn over the overlaps (m₁, m₂) with two of its memories: a 2D picture of
// a 256-dimensional landscape in which the two memories (and their negatives) are valleys.
#pragma once

#include <memory>

#include "energy/energy_grid.h"
#include "hopfield/hopfield_network.h"

namespace ebm::hopfield {

/// The plane of overlaps: m₁ across, m₂ up, both in [−1, 1].
[[nodiscard]] Box overlapBox();

/// E(m₁, m₂)/N on a nodes×nodes grid over overlapBox(): at each node, the energy per unit of a state whose
/// overlaps with `first` and `second` are (as near as N units allow) m₁ and m₂. Per unit, the landscape reads
/// like the mean-field e(m) = −½ Σ m_μ² of Hebb's rule and fits the views, which are made for energies of a
/// few kT. Units where the two patterns agree carry m₁ + m₂, units where they differ carry m₁ − m₂; each
/// group agrees with `first` on a fixed random subset of the right size (drawn from `seed`), so neighbouring
/// nodes differ by a few flips. Overlaps no state can have (|m₁ ± m₂| beyond what the patterns allow) take
/// the value at the nearest reachable overlaps.
[[nodiscard]] std::shared_ptr<const EnergyGrid> overlapLandscape(const Couplings& couplings,
                                                                 const State& first, const State& second,
                                                                 int nodes, std::uint64_t seed);

}  // namespace ebm::hopfield
