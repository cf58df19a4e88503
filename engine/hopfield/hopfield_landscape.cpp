#include "hopfield/hopfield_landscape.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/parallel.h"
#include "core/random.h"

namespace ebm::hopfield {

Box overlapBox() {
  Box box;
  box.dimension = 2;
  box.lower = {-1, -1, 0};
  box.upper = {1, 1, 0};
  return box;
}

std::shared_ptr<const EnergyGrid> overlapLandscape(const Couplings& couplings, const State& first,
                                                   const State& second, int nodes, std::uint64_t seed) {
  const Index n = first.size();
  // The units where the patterns agree (A) and differ (D), each in a fixed random order.
  std::vector<Index> agree, differ;
  for (Index i = 0; i < n; ++i)
    (first[i] == second[i] ? agree : differ).push_back(i);
  Random random(seed, 17);
  for (auto* group : {&agree, &differ}) {
    for (std::size_t k = group->size(); k > 1; --k)
      std::swap((*group)[k - 1], (*group)[std::size_t(random.below(k))]);
  }
  const double a = double(agree.size()) / double(n), d = double(differ.size()) / double(n);
  auto grid = std::make_shared<EnergyGrid>();
  grid->lattice = Lattice::over(overlapBox(), nodes);
  grid->values.resize(grid->lattice.size());
  const Points at = grid->lattice.allNodes();
  parallelFor(grid->lattice.size(), 64, [&](Index begin, Index end) {
    State s(n);
    for (Index node = begin; node < end; ++node) {
      const double m1 = at(0, node), m2 = at(1, node);
      // m₁ = a·x + d·y and m₂ = a·x − d·y, where x (y) is the mean agreement with `first` over A (D).
      const double x = a > 0 ? std::clamp((m1 + m2) / (2 * a), -1.0, 1.0) : 0.0;
      const double y = d > 0 ? std::clamp((m1 - m2) / (2 * d), -1.0, 1.0) : 0.0;
      const auto fill = [&](const std::vector<Index>& group, double mean) {
        const auto along = std::size_t(std::lround((1 + mean) / 2 * double(group.size())));
        for (std::size_t k = 0; k < group.size(); ++k)
          s[group[k]] = k < along ? first[group[k]] : -first[group[k]];
      };
      fill(agree, x);
      fill(differ, y);
      grid->values[node] = float(hopfieldEnergy(couplings, s) / double(n));
    }
  });
  return grid;
}

}  // namespace ebm::hopfield
