// The storage capacity of a Hebbian Hopfield network, measured: store P = αN random patterns, start at each,
// let T = 0 dynamics settle, and see how much of the pattern survives as the load α grows.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "core/types.h"

namespace ebm::hopfield {

struct CapacityOptions {
  Index neurons = 1000;
  std::vector<double> loads;  ///< the α swept, ascending; empty: 0.02, 0.03, …, 0.25
  std::uint64_t seed = 1;
  double threshold = 0.9;  ///< α_c is the first load whose mean final overlap falls below this
  int maxSweeps = 100;     ///< a start that has not settled after this many sweeps counts as it stands
};

struct CapacityCurve {
  Index neurons = 0;
  std::vector<std::pair<double, double>> curve;  ///< (α, mean final overlap with the pattern started from)
  double criticalLoad = 0;  ///< α_c; 0 when no load in the sweep fell below the threshold
};

/// The loads swept when the options name none.
[[nodiscard]] std::vector<double> defaultCapacityLoads();

/// Runs the sweep, starts spread over both cores (each start draws from its own seeded stream, so the result
/// depends only on the options). `progress(fraction)` is called between loads; returning false stops early
/// with the curve so far. Throws ArgumentError for fewer than 10 or more than 20,000 neurons, or a load
/// outside (0, 1].
[[nodiscard]] CapacityCurve measureCapacity(const CapacityOptions& options,
                                            const std::function<bool(double)>& progress = {});

}  // namespace ebm::hopfield
