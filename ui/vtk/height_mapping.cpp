#include "vtk/height_mapping.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ebmui {
namespace {
constexpr double kKneeShare = 0.75;  // share of maxZ reached at the knee
}

HeightMapping HeightMapping::fit(const ebm::EnergyGrid& grid, double kneeQuantile, double heightFraction) {
  std::vector<float> finite;
  finite.reserve(std::size_t(grid.values.size()));
  for (float e : grid.values) {
    if (std::isfinite(e)) finite.push_back(e);
  }
  HeightMapping m;
  const auto& box = grid.lattice.box;
  const double width = std::max(box.width(0), box.width(1));
  m.maxZ = heightFraction * width;
  m.floorZ = -0.12 * width;
  if (finite.empty()) return m;
  m.energyLow = *std::min_element(finite.begin(), finite.end());
  const auto k = std::size_t(std::clamp(kneeQuantile, 0.0, 1.0) * double(finite.size() - 1));
  std::nth_element(finite.begin(), finite.begin() + std::ptrdiff_t(k), finite.end());
  m.energyKnee = std::max(double(finite[k]), m.energyLow + 1e-3);
  m.zPerEnergy = kKneeShare * m.maxZ / (m.energyKnee - m.energyLow);
  return m;
}

// Above the knee: z = kneeZ + (maxZ − kneeZ)·(1 − exp(−s·(E − knee)/(maxZ − kneeZ))), whose slope at the knee
// equals the proportional part's (zPerEnergy), so the surface has no crease there.
double HeightMapping::height(double energy) const {
  if (std::isnan(energy) || energy == INFINITY) return maxZ;
  if (energy <= energyLow) return 0.0;
  const double knee = kneeZ();
  if (energy <= energyKnee) return (energy - energyLow) * zPerEnergy;
  const double headroom = maxZ - knee;
  return knee + headroom * (1.0 - std::exp(-zPerEnergy * (energy - energyKnee) / headroom));
}

}  // namespace ebmui
