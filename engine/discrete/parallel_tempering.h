// Parallel tempering (replica exchange) on a discrete system: replicas on a temperature ladder, swapped
// between neighbouring rungs, sweeping side by side on the cores.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/errors.h"
#include "core/parallel.h"
#include "discrete/discrete_search.h"
#include "discrete/replica.h"

namespace ebm {

/// How a ParallelTempering search runs.
struct TemperingOptions {
  std::vector<double> temperatures{0.3, 1.0};  ///< the ladder, lowest first, strictly increasing
  SweepRule rule = SweepRule::kMetropolis;
  Index sweepsBetweenSwaps = 1;  ///< sweeps every replica makes between two rounds of swaps
  /// Sweeps without a new lowest energy after which every replica is melted (re-drawn at random, as at
  /// infinite temperature) and the ladder starts over; 0 = never.
  Index stallSweeps = 0;
  std::optional<double> targetEnergy;  ///< stop when a replica reaches it
  std::uint64_t seed = 1;
  bool randomizeStart = true;  ///< start every replica from system.randomize(); false: from the given state

  /// Throws ArgumentError for an empty or unsorted ladder, a non-positive temperature or swap interval.
  void validate() const {
    if (temperatures.empty()) throw ArgumentError("A tempering ladder needs at least one temperature.");
    for (std::size_t k = 0; k < temperatures.size(); ++k) {
      if (!(temperatures[k] > 0) || !std::isfinite(temperatures[k]))
        throw ArgumentError("Every temperature of a tempering ladder must be positive and finite.");
      if (k > 0 && !(temperatures[k] > temperatures[k - 1]))
        throw ArgumentError("A tempering ladder's temperatures must increase from the lowest rung up.");
    }
    if (sweepsBetweenSwaps < 1) throw ArgumentError("Replicas must sweep at least once between swaps.");
    if (stallSweeps < 0) throw ArgumentError("The stall limit must be zero (off) or positive.");
  }
};

/// Parallel tempering (Swendsen & Wang 1986; Geyer 1991; Hukushima & Nemoto 1996). Replica k samples
/// e^{−E/T_k}; after every `sweepsBetweenSwaps` sweeps, neighbouring rungs k, k+1 (even pairs, then odd pairs
/// the next time) exchange their states with probability
///   min(1, exp((1/T_k − 1/T_{k+1})·(E_k − E_{k+1}))),
/// the Metropolis rule for the joint distribution Π_k e^{−E(s_k)/T_k}/Z_k, which therefore stays stationary:
/// each rung still samples its own Boltzmann distribution, while states climb to hot rungs to cross barriers
/// and come back down. Replica r draws from stream r of the seed and swaps from a stream of their own, so
/// results do not depend on the number of cores.
template <DiscreteSystem S>
class ParallelTempering final : public DiscreteSearch {
 public:
  using EnergyValue = typename S::EnergyValue;

  /// Throws ArgumentError for bad options.
  ParallelTempering(const S& start, TemperingOptions options)
      : options_(std::move(options)), swapRandom_(options_.seed, kSwapStream), lowestState_(start) {
    options_.validate();
    stopAt_ = stopEnergy<S>(options_.targetEnergy);
    const int rungs = int(options_.temperatures.size());
    for (int k = 0; k < rungs; ++k) {
      replicas_.emplace_back(start, options_.seed, std::uint64_t(k), options_.temperatures[std::size_t(k)]);
      if (options_.randomizeStart) melt(replicas_.back());
      atRung_.push_back(k);
    }
    swapAttempts_.assign(std::size_t(std::max(rungs - 1, 0)), 0);
    swapsAccepted_ = swapAttempts_;
    recordLowest(true);
  }

  Index sweep(Index count) override {
    Index made = 0;
    while (made < count && !reachedTarget()) {
      const Index block = std::min(count - made, options_.sweepsBetweenSwaps - sinceSwap_);
      sweepReplicas(block);
      made += block;
      sweeps_ += block;
      sinceSwap_ += block;
      sinceLowest_ += block;
      recordLowest(false);
      if (reachedTarget()) break;
      if (sinceSwap_ >= options_.sweepsBetweenSwaps) {
        swapNeighbours();
        sinceSwap_ = 0;
      }
      if (options_.stallSweeps > 0 && sinceLowest_ >= options_.stallSweeps) {
        meltAll();
        ++automaticMelts_;
      }
    }
    return made;
  }

  [[nodiscard]] double energy() const override {
    double lowest = double(replicas_.front().system.energy());
    for (const auto& r : replicas_)
      lowest = std::min(lowest, double(r.system.energy()));
    return lowest;
  }
  /// The lowest energy among the states the replicas held at the end of each block of sweeps.
  [[nodiscard]] double lowestEnergy() const override { return double(lowestState_.energy()); }
  [[nodiscard]] bool reachedTarget() const override {
    return options_.targetEnergy && lowestState_.energy() <= stopAt_;
  }
  [[nodiscard]] Index sweeps() const override { return sweeps_; }
  [[nodiscard]] Index reheats() const override { return automaticMelts_ + manualMelts_; }

  /// Melts every replica (a random state, as at infinite temperature); the ladder cools them again. The
  /// lowest energy so far is remembered, and the stall clock starts over.
  void reheat() override {
    meltAll();
    ++manualMelts_;
  }
  /// Moves the ladder so its lowest rung is at T, keeping the ratios between rungs.
  void setTemperature(double temperature) override {
    if (!(temperature > 0) || !std::isfinite(temperature))
      throw ArgumentError("A temperature must be positive and finite.");
    const double scale = temperature / options_.temperatures.front();
    for (auto& t : options_.temperatures)
      t *= scale;
    for (std::size_t k = 0; k < replicas_.size(); ++k)
      replicas_[std::size_t(atRung_[k])].factors.setTemperature(options_.temperatures[k]);
  }

  /// Rungs, lowest temperature first: the replica on rung k and its temperature.
  [[nodiscard]] int replicaCount() const { return int(replicas_.size()); }
  [[nodiscard]] const S& replica(int rung) const {
    return replicas_[std::size_t(atRung_.at(std::size_t(rung)))].system;
  }
  [[nodiscard]] double replicaTemperature(int rung) const {
    return options_.temperatures.at(std::size_t(rung));
  }
  /// The lowest-energy state a replica held at the end of a block of sweeps.
  [[nodiscard]] const S& lowestState() const { return lowestState_; }
  /// Swaps tried and accepted between rungs k and k+1 (their ratio shows whether the ladder is too sparse).
  [[nodiscard]] const std::vector<Index>& swapAttempts() const { return swapAttempts_; }
  [[nodiscard]] const std::vector<Index>& swapsAccepted() const { return swapsAccepted_; }

  /// The probability that rungs at temperatures coldT < hotT, holding states of energies coldE and hotE,
  /// exchange them: min(1, exp((1/coldT − 1/hotT)·(coldE − hotE))).
  [[nodiscard]] static double swapProbability(double coldT, double hotT, double coldE, double hotE) {
    const double exponent = (1 / coldT - 1 / hotT) * (coldE - hotE);
    return exponent >= 0 ? 1.0 : std::exp(exponent);
  }

 private:
  static constexpr std::uint64_t kSwapStream = 1ULL << 32;

  static void melt(Replica<S>& r) {
    r.system.randomize(r.random);
    r.lowest = r.system.energy();
    r.sinceLowest = 0;
  }
  void meltAll() {
    for (auto& r : replicas_) {
      melt(r);
      ++r.heats;
    }
    sinceLowest_ = 0;
  }

  // Each replica sweeps at its rung's temperature (its factors travel with it: a swap exchanges
  // temperatures).
  void sweepReplicas(Index block) {
    parallelFor(Index(replicas_.size()), 1, [&](Index begin, Index end) {
      for (Index r = begin; r < end; ++r) {
        Replica<S>& replica = replicas_[std::size_t(r)];
        for (Index k = 0; k < block && replica.system.energy() > stopAt_; ++k)
          replica.sweep(options_.rule, stopAt_);
      }
    });
  }

  void swapNeighbours() {
    for (std::size_t k = swapParity_; k + 1 < replicas_.size(); k += 2) {
      Replica<S>& cold = replicas_[std::size_t(atRung_[k])];
      Replica<S>& hot = replicas_[std::size_t(atRung_[k + 1])];
      const double p = swapProbability(options_.temperatures[k], options_.temperatures[k + 1],
                                       double(cold.system.energy()), double(hot.system.energy()));
      ++swapAttempts_[k];
      if (p >= 1 || swapRandom_.uniform() < p) {
        std::swap(atRung_[k], atRung_[k + 1]);
        std::swap(cold.factors, hot.factors);
        ++swapsAccepted_[k];
      }
    }
    swapParity_ ^= 1;
  }

  void recordLowest(bool first) {
    for (std::size_t k = 0; k < replicas_.size(); ++k) {
      const S& system = replicas_[std::size_t(atRung_[k])].system;
      if (first || system.energy() < lowestState_.energy()) {
        lowestState_ = system;
        first = false;
        sinceLowest_ = 0;
      }
    }
  }

  TemperingOptions options_;
  std::vector<Replica<S>> replicas_;
  std::vector<int> atRung_;  ///< atRung_[k]: the replica on rung k
  Random swapRandom_;
  S lowestState_;
  EnergyValue stopAt_{};
  std::vector<Index> swapAttempts_, swapsAccepted_;
  std::size_t swapParity_ = 0;
  Index sweeps_ = 0, sinceSwap_ = 0, sinceLowest_ = 0, automaticMelts_ = 0, manualMelts_ = 0;
};

}  // namespace ebm
