// A search over a discrete energy landscape driven sweep by sweep: limits, a progress callback and cancel,
// in the same shape as the trainers' run loop.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "core/types.h"
#include "jobs/callback_result.h"

namespace ebm {

/// Where a search stands, for a progress callback.
struct SearchProgress {
  Index sweeps = 0;         ///< sweeps done so far (a sweep: every replica makes movesPerSweep() updates)
  double seconds = 0;       ///< time spent in this run
  double energy = 0;        ///< the lowest energy among the current replicas
  double lowestEnergy = 0;  ///< the lowest energy seen since the search began
  Index reheats = 0;        ///< reheats so far (automatic or asked for)
};

/// Called after every slice of sweeps, on the thread that runs the search.
using SearchCallback = std::function<CallbackResult(const SearchProgress&)>;

/// Why a run ended.
enum class SearchEnd {
  kReachedTarget,      ///< a replica reached the target energy (a Sudoku's E = 0: solved)
  kSweepLimit,         ///< the planned sweeps are done
  kTimeLimit,          ///< the planned time is used up
  kStoppedByCallback,  ///< the callback returned kStop
  kCancelled,          ///< cancel() was called
};

/// When run() stops (0 = no limit of that kind; a run needs a limit, a target, a callback or a cancel).
struct SearchLimits {
  Index sweeps = 0;
  double seconds = 0;
  Index sweepsPerSlice = 8;  ///< sweeps between two looks at the clock, the callback and cancel
};

/// The outcome of run().
struct SearchSummary {
  SearchEnd end = SearchEnd::kSweepLimit;
  std::string message;
  Index sweeps = 0;     ///< sweeps done in this run
  double seconds = 0;   ///< time spent in this run
  SearchProgress last;  ///< where the search stood when the run ended
};

/// A steppable search: sweep(n) advances it, run() loops until a limit. Not thread-safe except cancel(),
/// which any thread may call while another runs sweep() or run().
class DiscreteSearch {
 public:
  virtual ~DiscreteSearch() = default;

  /// Up to `count` sweeps; fewer when a replica reaches the target energy. Returns the sweeps done.
  virtual Index sweep(Index count) = 0;
  /// The lowest energy among the current replicas, and the lowest seen since the search began.
  [[nodiscard]] virtual double energy() const = 0;
  [[nodiscard]] virtual double lowestEnergy() const = 0;
  /// Whether a replica reached the target energy (never, without a target).
  [[nodiscard]] virtual bool reachedTarget() const = 0;
  [[nodiscard]] virtual Index sweeps() const = 0;
  [[nodiscard]] virtual Index reheats() const = 0;
  /// Heats the search up so it can leave the valley it is stuck in (what that means is the method's).
  virtual void reheat() = 0;
  /// Sets the temperature the search works at (an annealer's final T, a ladder's lowest rung). Throws
  /// ArgumentError unless T is positive and finite.
  virtual void setTemperature(double temperature) = 0;

  /// Sweeps until the target, a limit, the callback's kStop or cancel(). Throws ArgumentError for limits
  /// that can never end a run.
  SearchSummary run(const SearchLimits& limits, const SearchCallback& callback = {});

  /// Asks run() to stop after the current slice (safe from any thread). A request made while no run is
  /// going stops the next run() before its first sweep.
  void cancel() { cancelRequested_.store(true); }

  [[nodiscard]] SearchProgress progress() const;

 private:
  std::atomic<bool> cancelRequested_{false};
};

/// "reached_target", "sweep_limit", ... for logs and JSON.
[[nodiscard]] std::string searchEndName(SearchEnd end);

}  // namespace ebm
