#include "analysis/mass_levels.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "analysis/quadrature.h"
#include "core/errors.h"

namespace ebm {

// Sort nodes by energy (lowest first = highest density) and walk the cumulative mass Σ e^{−E/T}·h^D/Z.
std::vector<double> energyLevelsEnclosing(const EnergyGrid& grid, double temperature,
                                          const std::vector<double>& masses) {
  for (double m : masses) {
    if (!(m > 0 && m < 1)) throw ArgumentError("A probability share must lie strictly between 0 and 1.");
  }
  const double logZ = logPartition(grid, temperature);
  const double cell = grid.lattice.cellVolume();
  std::vector<Index> order(std::size_t(grid.values.size()));
  std::iota(order.begin(), order.end(), Index(0));
  std::sort(order.begin(), order.end(), [&](Index a, Index b) { return grid.values[a] < grid.values[b]; });
  std::vector<double> sorted = masses;
  std::sort(sorted.begin(), sorted.end());
  std::vector<double> levelsSorted;
  double cumulative = 0;
  std::size_t next = 0;
  for (Index n : order) {
    const double e = grid.values[n];
    cumulative += std::exp(-e / temperature - logZ) * cell;
    while (next < sorted.size() && cumulative >= sorted[next]) {
      levelsSorted.push_back(e);
      ++next;
    }
    if (next == sorted.size()) break;
  }
  while (levelsSorted.size() < sorted.size())
    levelsSorted.push_back(grid.values[order.back()]);
  std::vector<double> levels;
  levels.reserve(masses.size());
  for (double m : masses) {
    levels.push_back(
        levelsSorted[std::size_t(std::lower_bound(sorted.begin(), sorted.end(), m) - sorted.begin())]);
  }
  return levels;
}

}  // namespace ebm
