#include "vtk/height_mapping.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ebmui {
namespace {
constexpr double kKneeShare = 0.75;  // share of maxZ reached at the knee
}

HeightMapping HeightMapping::fit(const ebm::EnergyGrid& grid, double kneeQuantile, double heightFraction,
                                 double kneeSpan) {
  std::vector<float> finite;
  finite.reserve(std::size_t(grid.values.size()));
  for (float v : grid.values) {
    if (std::isfinite(v)) finite.push_back(v);
  }
  HeightMapping m;
  const auto& box = grid.lattice.box;
  const double width = std::max(box.width(0), box.width(1));
  m.maxZ = heightFraction * width;
  m.floorZ = -0.12 * width;
  if (finite.empty()) return m;
  m.low = *std::min_element(finite.begin(), finite.end());
  const auto k = std::size_t(std::clamp(kneeQuantile, 0.0, 1.0) * double(finite.size() - 1));
  std::nth_element(finite.begin(), finite.begin() + std::ptrdiff_t(k), finite.end());
  double knee = finite[k];
  // A field flat over most of the grid (a Sudoku's conflicts: most cells have none) has its quantile at the
  // minimum: the highest value sets the colours instead, or the bar would span 0 … 10⁻³⁶.
  if (knee <= m.low) knee = *std::max_element(finite.begin(), finite.end());
  const double scale = std::max({std::abs(m.low), std::abs(knee), 1e-30});
  m.knee = std::max(std::min(knee, m.low + kneeSpan), m.low + 1e-6 * scale);
  m.zPerValue = kKneeShare * m.maxZ / (m.knee - m.low);
  return m;
}

HeightMapping HeightMapping::flattened() const {
  HeightMapping m = *this;
  m.zPerValue = 0;
  m.maxZ = 0;
  m.floorZ = 0.002 * (maxZ > 0 ? maxZ : 1.0);
  return m;
}

// Above the knee: z = kneeZ + (maxZ − kneeZ)·(1 − exp(−s·(v − knee)/(maxZ − kneeZ))), whose slope at the knee
// equals the proportional part's (s = zPerValue), so the surface has no crease there.
double HeightMapping::height(double value) const {
  if (flat()) return 0.0;
  if (std::isnan(value) || value == INFINITY) return maxZ;
  if (value <= low) return 0.0;
  const double kneeHeight = kneeZ();
  if (value <= knee) return (value - low) * zPerValue;
  const double headroom = maxZ - kneeHeight;
  return kneeHeight + headroom * (1.0 - std::exp(-zPerValue * (value - knee) / headroom));
}

}  // namespace ebmui
