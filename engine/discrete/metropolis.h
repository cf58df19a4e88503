// The Metropolis rule on a discrete system: propose a local move, accept it with probability min(1,
// e^{−ΔE/T}).
#pragma once

#include <limits>

#include "discrete/boltzmann_factors.h"
#include "discrete/discrete_system.h"

namespace ebm {

/// One Metropolis step. With symmetric proposals the chain satisfies detailed balance,
///   π(s)·q(s→s′)·min(1, π(s′)/π(s)) = π(s′)·q(s′→s)·min(1, π(s)/π(s′)),  π(s) ∝ e^{−E(s)/T},
/// so its stationary distribution is the Boltzmann distribution at T. Returns true when the move was made.
template <DiscreteSystem S>
bool metropolisStep(S& system, Random& random, const BoltzmannFactors& factors) {
  typename S::Move move;
  if (!system.proposeMove(random, move)) return false;
  const auto delta = system.energyChange(move);
  if (delta > 0 && !(random.uniform() < factors(delta))) return false;
  system.applyMove(move, delta);
  return true;
}

/// The energy no state goes below: "never stop early".
template <DiscreteSystem S>
constexpr typename S::EnergyValue kNoStop = std::numeric_limits<typename S::EnergyValue>::lowest();

/// movesPerSweep() Metropolis steps, or fewer once the energy is ≤ stopAt (a search that found its target
/// must not walk away from it); returns how many moves were made.
template <DiscreteSystem S>
Index metropolisSweep(S& system, Random& random, const BoltzmannFactors& factors,
                      typename S::EnergyValue stopAt = kNoStop<S>) {
  const Index moves = Index(system.movesPerSweep());
  Index accepted = 0;
  for (Index m = 0; m < moves; ++m) {
    if (!metropolisStep(system, random, factors)) continue;
    ++accepted;
    if (system.energy() <= stopAt) break;
  }
  return accepted;
}

/// One sweep by `rule`, stopping early at stopAt; a heat-bath sweep needs a system that offers one
/// (ArgumentError otherwise).
template <DiscreteSystem S>
Index sweepOnce(S& system, Random& random, const BoltzmannFactors& factors, SweepRule rule,
                typename S::EnergyValue stopAt = kNoStop<S>) {
  if (rule == SweepRule::kHeatBath) {
    if constexpr (HasHeatBathSweep<S>) {
      return Index(system.heatBathSweep(random, factors, stopAt));
    } else {
      throw ArgumentError("This system has no heat-bath sweep; use Metropolis.");
    }
  }
  return metropolisSweep(system, random, factors, stopAt);
}

}  // namespace ebm
