// One chain of a discrete search: a system with its own random stream and Boltzmann factors, and the lowest
// energy it has reached — what annealers and tempering ladders are made of.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

#include "discrete/metropolis.h"

namespace ebm {

/// A replica: its own system and random stream (streams never shared between threads).
template <DiscreteSystem S>
struct Replica {
  using EnergyValue = typename S::EnergyValue;

  Replica(S start, std::uint64_t seed, std::uint64_t stream, double temperature)
      : system(std::move(start)), random(seed, stream), factors(temperature), lowest(system.energy()) {}

  S system;
  Random random;
  BoltzmannFactors factors;
  EnergyValue lowest;     ///< the lowest energy this replica reached (checked after each sweep)
  Index sinceLowest = 0;  ///< sweeps since `lowest` last fell
  Index sinceHeat = 0;    ///< annealers: sweeps since the last (re)heat
  Index heats = 0;        ///< automatic reheats (annealers) or melts (tempering) of this replica
  double heatedTo = 0;    ///< annealers: the temperature of the last (re)heat
  double nextHeat = 0;    ///< annealers: where the next automatic reheat starts

  /// One sweep by `rule`, stopping early at `stopAt`, then the bookkeeping of the lowest energy.
  /// Returns true when the sweep reached a new lowest energy.
  bool sweep(SweepRule rule, EnergyValue stopAt) {
    sweepOnce(system, random, factors, rule, stopAt);
    ++sinceHeat;
    if (system.energy() < lowest) {
      lowest = system.energy();
      sinceLowest = 0;
      return true;
    }
    ++sinceLowest;
    return false;
  }
  /// Starts at `temperature` unless it is already within 0.2 % of it: refilling the factor table costs
  /// as much as a few dozen moves, and a slow anneal changes T by less than that per sweep.
  void setTemperature(double temperature) {
    if (std::abs(temperature / factors.temperature() - 1) > 2e-3) factors.setTemperature(temperature);
  }
};

/// The energy at which a search stops: the target in the system's energy type, or "never".
template <DiscreteSystem S>
typename S::EnergyValue stopEnergy(const std::optional<double>& target) {
  using E = typename S::EnergyValue;
  if (!target) return std::numeric_limits<E>::lowest();
  if constexpr (std::is_integral_v<E>) return E(std::floor(*target + 1e-9));
  return E(*target);
}

}  // namespace ebm
