// What the discrete-energy engine asks of a system: a state of discrete variables that keeps its own energy,
// local moves whose energy change is computed incrementally, and a way to start from a random state.
#pragma once

#include <concepts>
#include <type_traits>

#include "core/random.h"
#include "core/types.h"

namespace ebm {

class BoltzmannFactors;

/// A system the Metropolis, annealing and tempering searches can drive. Units: energies and temperatures
/// share one scale (k_B = 1), so a state s has Boltzmann weight e^{−E(s)/T}.
///
///   S::EnergyValue         int or double: the type of E and of ΔE (integer energies get exact table
///   look-ups) energy()               E of the current state, kept up to date by applyMove() (never
///   recomputed per move) recomputeEnergy()      E from scratch, for tests and checks: must equal energy()
///   proposeMove(r, m)      draws a local move into m; false when the draw is a null move (nothing changes).
///                          Proposals must be symmetric, q(s→s′) = q(s′→s), so that Metropolis samples
///                          exactly e^{−E/T}/Z
///   energyChange(m)        ΔE of the move, incrementally (a few look-ups, not a recomputation)
///   applyMove(m, ΔE)       makes the move, with the ΔE energyChange() returned
///   movesPerSweep()        proposals that make one sweep (usually the number of free variables)
///   randomize(r)           a random state (as at infinite temperature): the start, and a "melt" on reheat
///
/// Copies must be independent replicas (shared read-only problem data is fine). A system may also offer a
/// sweep of its own, heatBathSweep(random, factors, stopAt), that draws each update from the conditional
/// Boltzmann distribution of the variables it touches (see HasHeatBathSweep).
template <class S>
concept DiscreteSystem = std::copy_constructible<S> &&
    requires(S& s, const S& cs, Random& random, typename S::Move& move, typename S::EnergyValue delta) {
  typename S::EnergyValue;
  requires std::is_arithmetic_v<typename S::EnergyValue>;
  { cs.energy() } -> std::same_as<typename S::EnergyValue>;
  { cs.recomputeEnergy() } -> std::same_as<typename S::EnergyValue>;
  { cs.proposeMove(random, move) } -> std::same_as<bool>;
  { cs.energyChange(move) } -> std::same_as<typename S::EnergyValue>;
  s.applyMove(move, delta);
  { cs.movesPerSweep() } -> std::convertible_to<Index>;
  s.randomize(random);
};

/// A system with its own heat-bath sweep: heatBathSweep(random, factors, stopAt) makes movesPerSweep()
/// updates, each drawn from the Boltzmann weights `factors` gives, stops early once the energy is ≤ stopAt,
/// and returns how many updates changed the state.
template <class S>
concept HasHeatBathSweep = requires(S& s, Random& random, const BoltzmannFactors& factors,
                                    typename S::EnergyValue stopAt) {
  { s.heatBathSweep(random, factors, stopAt) } -> std::convertible_to<Index>;
};

/// How a sweep updates a system: Metropolis (propose, accept with min(1, e^{−ΔE/T})) or the system's heat
/// bath (draw the update from its conditional Boltzmann distribution).
enum class SweepRule { kMetropolis, kHeatBath };

}  // namespace ebm
