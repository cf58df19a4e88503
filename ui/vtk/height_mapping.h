// How a field on the 2D box (energy E or density p_T) becomes heights and colours on the landscape.
#pragma once

#include "energy/energy_grid.h"

namespace ebmui {

/// Maps a value v (an energy, or a density) to a height z. Up to the "knee" (a high quantile of the grid's
/// values) the height is proportional to v − low, so valleys keep their true shape; above it the walls keep
/// rising but saturate smoothly (C¹, no crease) towards maxZ, so the steep walls at the box's edges do not
/// dwarf the valleys. The colour map spans [low, knee]. A flat mapping puts everything at z = 0 (the map
/// view).
struct HeightMapping {
  double low = 0;        ///< lowest value on the grid: the colour map's dark end and z = 0
  double knee = 1;       ///< end of the proportional part: the colour map's bright end
  double zPerValue = 1;  ///< slope of the proportional part (0 for a flat map)
  double maxZ = 1;       ///< the height walls approach far above the knee
  double floorZ = -1;    ///< height of the floor the contour lines are drawn on

  /// Fits the mapping to a grid: low = min, knee = the `kneeQuantile` quantile of the values (at least
  /// low + 1e-6·scale), knee height = 0.75·maxZ with maxZ = `heightFraction` × the box's wider side.
  /// Non-finite values are ignored.
  /// The knee is also capped at low + `kneeSpan` (energies more than ~10 above the minimum have
  /// exp(−ΔE) < 5·10⁻⁵ of the peak density: walls, not valleys). Pass infinity for no cap (densities).
  [[nodiscard]] static HeightMapping fit(const ebm::EnergyGrid& grid, double kneeQuantile = 0.85,
                                         double heightFraction = 0.4, double kneeSpan = 10.0);
  /// The same colour range, every height 0, contours just above the map.
  [[nodiscard]] HeightMapping flattened() const;

  [[nodiscard]] double height(double value) const;
  /// Height of the knee: the top of the proportional part (and of the height axis).
  [[nodiscard]] double kneeZ() const { return (knee - low) * zPerValue; }
  [[nodiscard]] bool flat() const { return zPerValue == 0; }
};

}  // namespace ebmui
