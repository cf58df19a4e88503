#include "analysis/region_mass.h"

#include <cmath>

#include "core/errors.h"

namespace ebm {

double massWhere(const EnergyGrid& grid, double temperature,
                 const std::function<bool(Index node)>& inRegion) {
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("The temperature must be positive.");
  const Vector& e = grid.values;
  double lowest = INFINITY;
  for (Index n = 0; n < e.size(); ++n) {
    if (std::isnan(e[n]) || e[n] == -INFINITY)
      throw NumericError("The energy is not a finite number on the grid.");
    lowest = std::min(lowest, double(e[n]));
  }
  if (lowest == INFINITY)
    throw NumericError("The energy is infinite everywhere on the grid: there is no mass.");
  // Weights relative to the lowest energy: the largest is 1, so neither sum overflows.
  double inside = 0, total = 0;
  for (Index n = 0; n < e.size(); ++n) {
    const double w = std::exp(-(double(e[n]) - lowest) / temperature);
    total += w;
    if (inRegion(n)) inside += w;
  }
  return inside / total;
}

}  // namespace ebm
