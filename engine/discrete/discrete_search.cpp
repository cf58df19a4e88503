#include "discrete/discrete_search.h"

#include <algorithm>
#include <chrono>

#include "core/errors.h"

namespace ebm {

std::string searchEndName(SearchEnd end) {
  switch (end) {
    case SearchEnd::kReachedTarget:
      return "reached_target";
    case SearchEnd::kSweepLimit:
      return "sweep_limit";
    case SearchEnd::kTimeLimit:
      return "time_limit";
    case SearchEnd::kStoppedByCallback:
      return "stopped_by_callback";
    case SearchEnd::kCancelled:
      return "cancelled";
  }
  return "?";
}

SearchProgress DiscreteSearch::progress() const {
  SearchProgress p;
  p.sweeps = sweeps();
  p.energy = energy();
  p.lowestEnergy = lowestEnergy();
  p.reheats = reheats();
  return p;
}

SearchSummary DiscreteSearch::run(const SearchLimits& limits, const SearchCallback& callback) {
  if (limits.sweeps < 0 || limits.seconds < 0 || limits.sweepsPerSlice < 1)
    throw ArgumentError("Search limits must be non-negative and a slice at least one sweep.");
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const Index startSweeps = sweeps();
  SearchSummary summary;
  auto finish = [&](SearchEnd end, std::string message) {
    summary.end = end;
    summary.message = std::move(message);
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    summary.sweeps = sweeps() - startSweeps;
    summary.last = progress();
    summary.last.seconds = summary.seconds;
    return summary;
  };
  for (;;) {
    if (reachedTarget()) return finish(SearchEnd::kReachedTarget, "The search reached its target energy.");
    // A cancel that arrived before this run began counts too; honouring it consumes it.
    if (cancelRequested_.exchange(false)) return finish(SearchEnd::kCancelled, "The search was cancelled.");
    const Index done = sweeps() - startSweeps;
    if (limits.sweeps > 0 && done >= limits.sweeps)
      return finish(SearchEnd::kSweepLimit, "The search finished its sweeps.");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (limits.seconds > 0 && seconds >= limits.seconds)
      return finish(SearchEnd::kTimeLimit, "The search used its time.");
    if (limits.sweeps == 0 && limits.seconds == 0 && !callback)
      throw ArgumentError("A search run needs a sweep limit, a time limit or a progress callback.");
    Index slice = limits.sweepsPerSlice;
    if (limits.sweeps > 0) slice = std::min(slice, limits.sweeps - done);
    sweep(slice);
    if (callback) {
      SearchProgress p = progress();
      p.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      if (callback(p) == CallbackResult::kStop)
        return finish(SearchEnd::kStoppedByCallback, "The search was stopped.");
    }
  }
}

}  // namespace ebm
