// Level lines of a 2D grid as line segments (marching squares): a classifier's decision boundaries and the
// threshold of an out-of-distribution detector, drawn on the map and lifted onto the landscape.
#pragma once

#include "energy/energy_grid.h"

namespace ebm {

/// The line where the grid's values cross `level`, as segments: columns 2s and 2s + 1 of the result (2 × 2M)
/// are the ends of segment s. Each grid cell contributes 0, 1 or 2 segments whose ends lie on the cell's
/// edges, placed by linear interpolation between the nodes; a saddle cell (diagonal corners on the same side)
/// is resolved by the mean of its four corners. Cells with a non-finite corner are skipped. Throws
/// ArgumentError for a grid that is not 2D.
[[nodiscard]] Points contourSegments(const EnergyGrid& grid, double level);

}  // namespace ebm
