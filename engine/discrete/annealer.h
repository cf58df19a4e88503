// Simulated annealing on a discrete system: independent chains cooled by a schedule, each reheating on its
// own when its energy stalls, spread over the cores.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/errors.h"
#include "core/parallel.h"
#include "discrete/annealing_schedule.h"
#include "discrete/discrete_search.h"
#include "discrete/replica.h"

namespace ebm {

/// How an Annealer runs.
struct AnnealerOptions {
  CoolingSchedule schedule;
  int chains = 1;  ///< independent chains (each its own random stream), run side by side on the cores
  SweepRule rule = SweepRule::kMetropolis;
  std::optional<double> targetEnergy;  ///< a chain stops when it reaches it (a Sudoku's E = 0)
  std::uint64_t seed = 1;
  bool randomizeStart = true;  ///< start every chain from system.randomize(); false: from the given state

  /// Throws ArgumentError for a bad schedule or fewer than one chain.
  void validate() const {
    schedule.validate();
    if (chains < 1) throw ArgumentError("An annealer needs at least one chain.");
  }
};

/// Simulated annealing (Kirkpatrick, Gelatt & Vecchi 1983): each chain makes Metropolis (or heat-bath) sweeps
/// at the schedule's temperature T(k), so at every moment it samples, approximately, e^{−E/T(k)}; as T falls
/// the Boltzmann weight concentrates on the lowest energies. Chain c draws from stream c of the seed, so
/// results do not depend on how many cores run them.
template <DiscreteSystem S>
class Annealer final : public DiscreteSearch {
 public:
  using EnergyValue = typename S::EnergyValue;

  /// Throws ArgumentError for bad options.
  Annealer(const S& start, AnnealerOptions options) : options_(options), lowestState_(start) {
    options_.validate();
    stopAt_ = stopEnergy<S>(options_.targetEnergy);
    const double t0 = options_.schedule.temperatureAt(0);
    for (int c = 0; c < options_.chains; ++c) {
      chains_.emplace_back(start, options_.seed, std::uint64_t(c), t0);
      chains_.back().heatedTo = chains_.back().nextHeat = options_.schedule.startTemperature;
      if (options_.randomizeStart) {
        chains_.back().system.randomize(chains_.back().random);
        chains_.back().lowest = chains_.back().system.energy();
      }
    }
    recordLowest();
  }

  Index sweep(Index count) override {
    if (count <= 0 || reachedTarget()) return 0;
    std::vector<Index> done(chains_.size(), 0);
    parallelFor(Index(chains_.size()), 1, [&](Index begin, Index end) {
      for (Index c = begin; c < end; ++c)
        done[std::size_t(c)] = sweepChain(chains_[std::size_t(c)], count);
    });
    const Index made = *std::max_element(done.begin(), done.end());
    sweeps_ += made;
    recordLowest();
    return made;
  }

  [[nodiscard]] double energy() const override { return lowestCurrentEnergy(chains_); }
  [[nodiscard]] double lowestEnergy() const override { return double(lowestState_.energy()); }
  [[nodiscard]] bool reachedTarget() const override {
    return options_.targetEnergy && lowestState_.energy() <= stopAt_;
  }
  [[nodiscard]] Index sweeps() const override { return sweeps_; }
  /// Reheats asked for (each counts once) plus the chains' automatic ones.
  [[nodiscard]] Index reheats() const override {
    Index heats = manualReheats_;
    for (const auto& chain : chains_)
      heats += chain.heats;
    return heats;
  }

  /// Every chain's temperature jumps back to the schedule's start; states are kept, and they cool again.
  void reheat() override {
    for (auto& chain : chains_)
      heat(chain, options_.schedule.startTemperature);
    ++manualReheats_;
  }
  /// Holds the chains at T from now on (the schedule's end temperature becomes T; a reheat cools back to it).
  /// The stall clock starts over: a new temperature deserves its own chance before an automatic reheat.
  void setTemperature(double temperature) override {
    CoolingSchedule schedule = options_.schedule;
    schedule.endTemperature = temperature;
    schedule.validate();
    options_.schedule = schedule;
    for (auto& chain : chains_) {
      chain.sinceHeat = std::max(chain.sinceHeat, schedule.coolingSweeps);
      chain.sinceLowest = 0;
      chain.factors.setTemperature(temperature);
    }
  }

  [[nodiscard]] int replicaCount() const { return int(chains_.size()); }
  [[nodiscard]] const S& replica(int k) const { return chains_.at(std::size_t(k)).system; }
  [[nodiscard]] double replicaTemperature(int k) const {
    return chains_.at(std::size_t(k)).factors.temperature();
  }
  /// The lowest-energy state a chain held at the end of a sweep() call.
  [[nodiscard]] const S& lowestState() const { return lowestState_; }
  [[nodiscard]] const CoolingSchedule& schedule() const { return options_.schedule; }

 private:
  static void heat(Replica<S>& chain, double temperature) {
    chain.sinceHeat = 0;
    chain.sinceLowest = 0;
    chain.heatedTo = temperature;
    chain.factors.setTemperature(temperature);
  }

  // Runs on a pool thread; touches only its own chain (the reheat count is summed afterwards).
  Index sweepChain(Replica<S>& chain, Index count) {
    const CoolingSchedule& schedule = options_.schedule;
    for (Index k = 0; k < count; ++k) {
      if (chain.system.energy() <= stopAt_) return k;
      chain.setTemperature(schedule.temperatureAt(chain.sinceHeat, chain.heatedTo));
      if (chain.sweep(options_.rule, stopAt_)) chain.nextHeat = schedule.startTemperature;
      if (schedule.stallSweeps > 0 && chain.sinceHeat > schedule.coolingSweeps &&
          chain.sinceLowest >= schedule.stallSweeps && chain.system.energy() > stopAt_) {
        heat(chain, chain.nextHeat);
        chain.nextHeat = schedule.nextReheat(chain.nextHeat);
        ++chain.heats;
      }
    }
    return count;
  }

  void recordLowest() {
    for (const auto& chain : chains_) {
      if (!recorded_ || chain.system.energy() < lowestState_.energy()) {
        lowestState_ = chain.system;
        recorded_ = true;
      }
    }
  }

  AnnealerOptions options_;
  std::vector<Replica<S>> chains_;
  S lowestState_;
  bool recorded_ = false;
  EnergyValue stopAt_{};
  Index sweeps_ = 0, manualReheats_ = 0;
};

}  // namespace ebm
