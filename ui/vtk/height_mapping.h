// How energies become heights and colours: the range shown, and the scale that keeps valleys visible.
#pragma once

#include "analysis/energy_grid.h"

namespace ebmui {

/// Maps an energy E to a height z on the landscape. Up to the "knee" energy (a high quantile of the grid) the
/// height is proportional to E − low, so valleys keep their true shape; above it the walls keep rising but
/// saturate smoothly (C¹, no crease) towards maxZ, so the steep walls at the box's edges do not dwarf the
/// valleys.
struct HeightMapping {
  double energyLow = 0;   ///< lowest energy on the grid: the colour map's dark end and z = 0
  double energyKnee = 1;  ///< end of the proportional part: the colour map's bright end
  double zPerEnergy = 1;  ///< slope of the proportional part
  double maxZ = 1;        ///< the height walls approach far above the knee
  double floorZ = -1;     ///< height of the floor the contour lines are drawn on

  /// Fits the mapping to a grid: low = min E, knee = the `kneeQuantile` quantile of E (at least low + 1e-3),
  /// knee height = 0.75·maxZ with maxZ = `heightFraction` × the box's wider side. Non-finite values are
  /// ignored.
  [[nodiscard]] static HeightMapping fit(const ebm::EnergyGrid& grid, double kneeQuantile = 0.85,
                                         double heightFraction = 0.4);

  [[nodiscard]] double height(double energy) const;
  /// Height of the knee: the top of the proportional part (and of the energy axis).
  [[nodiscard]] double kneeZ() const { return (energyKnee - energyLow) * zPerEnergy; }
};

}  // namespace ebmui
