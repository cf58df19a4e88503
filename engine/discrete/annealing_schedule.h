// How an annealer's temperature falls with sweeps, and when it reheats on its own because the energy stalls.
#pragma once

#include <vector>

#include "core/types.h"

namespace ebm {

/// Geometric cooling T(k) = T_start·(T_end/T_start)^{k/K} over the first K sweeps after a (re)heat, then
/// T_end held. After cooling, a chain whose lowest energy has not improved for `stallSweeps` sweeps reheats:
/// its temperature jumps back up (its state is kept) and it cools again — the way out of a trap whose walls
/// are higher than T_end makes likely to climb. A reheat that led nowhere lower was not hot enough to leave
/// the trap's basin, so the next one starts `reheatGrowth` times hotter (up to `hottestReheat`); a new lowest
/// energy brings the reheat temperature back to T_start.
struct CoolingSchedule {
  double startTemperature = 1.0;
  double endTemperature = 0.1;
  Index coolingSweeps = 1000;  ///< K ≥ 0 (0: T_end at once)
  Index stallSweeps = 0;       ///< sweeps without a new lowest energy before an automatic reheat (0 = never)
  double reheatGrowth = 1.0;   ///< ≥ 1: how much hotter each fruitless automatic reheat starts
  double hottestReheat = 0;    ///< the hottest a reheat starts (0: 10·T_start)

  /// Throws ArgumentError for temperatures that are not positive and finite, negative sweep counts or a
  /// growth below 1.
  void validate() const;
  /// T after `sweepsSinceHeat` sweeps since the last (re)heat, from T_start.
  [[nodiscard]] double temperatureAt(Index sweepsSinceHeat) const;
  /// The same cooling from another starting temperature (a hotter reheat).
  [[nodiscard]] double temperatureAt(Index sweepsSinceHeat, double heatedTo) const;
  /// The temperature the next automatic reheat starts from after one that started at `last` found nothing.
  [[nodiscard]] double nextReheat(double last) const;
};

/// n temperatures spaced geometrically from lowest to highest (lowest first): neighbours then differ by a
/// constant ratio, which keeps replica swaps accepted about equally often along the ladder when the heat
/// capacity changes slowly. Throws ArgumentError for n < 1 or temperatures not 0 < lowest ≤ highest.
[[nodiscard]] std::vector<double> geometricLadder(double lowest, double highest, int n);

}  // namespace ebm
