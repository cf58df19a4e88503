// Energy levels that enclose given shares of the probability: the contours and isosurfaces worth drawing.
#pragma once

#include <vector>

#include "energy/energy_grid.h"

namespace ebm {

/// For each share m in `masses` (each in (0, 1)), the energy level E_m such that the region {E < E_m} holds a
/// share m of p_T's mass on the grid (a highest-density region). Levels come back in the order of `masses`.
/// Throws ArgumentError for T ≤ 0 or a share outside (0, 1); NumericError as logPartition().
[[nodiscard]] std::vector<double> energyLevelsEnclosing(const EnergyGrid& grid, double temperature,
                                                        const std::vector<double>& masses);

}  // namespace ebm
