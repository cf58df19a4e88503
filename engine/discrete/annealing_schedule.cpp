#include "discrete/annealing_schedule.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace ebm {
namespace {

bool positiveFinite(double value) {
  return value > 0 && std::isfinite(value);
}

}  // namespace

void CoolingSchedule::validate() const {
  if (!positiveFinite(startTemperature) || !positiveFinite(endTemperature))
    throw ArgumentError("An annealing schedule's temperatures must be positive and finite.");
  if (coolingSweeps < 0 || stallSweeps < 0)
    throw ArgumentError("An annealing schedule's sweep counts must be zero or positive.");
  if (!(reheatGrowth >= 1) || !std::isfinite(reheatGrowth))
    throw ArgumentError("Reheats may only grow hotter: the growth must be at least 1.");
  if (!(hottestReheat >= 0) || !std::isfinite(hottestReheat))
    throw ArgumentError("The hottest reheat must be positive (or 0 for ten times the start temperature).");
}

double CoolingSchedule::temperatureAt(Index sweepsSinceHeat) const {
  return temperatureAt(sweepsSinceHeat, startTemperature);
}

double CoolingSchedule::temperatureAt(Index sweepsSinceHeat, double heatedTo) const {
  if (sweepsSinceHeat >= coolingSweeps) return endTemperature;
  const double progress = double(sweepsSinceHeat) / double(coolingSweeps);
  return heatedTo * std::pow(endTemperature / heatedTo, progress);
}

double CoolingSchedule::nextReheat(double last) const {
  const double hottest = hottestReheat > 0 ? hottestReheat : 10 * startTemperature;
  return std::max(startTemperature, std::min(hottest, last * reheatGrowth));
}

std::vector<double> geometricLadder(double lowest, double highest, int n) {
  if (n < 1) throw ArgumentError("A temperature ladder needs at least one rung.");
  if (!positiveFinite(lowest) || !positiveFinite(highest) || lowest > highest)
    throw ArgumentError("A temperature ladder needs 0 < lowest ≤ highest temperature.");
  std::vector<double> ladder(std::size_t(n), lowest);
  for (int k = 1; k < n; ++k)
    ladder[std::size_t(k)] = lowest * std::pow(highest / lowest, double(k) / double(n - 1));
  if (n > 1) ladder.back() = highest;
  return ladder;
}

}  // namespace ebm
