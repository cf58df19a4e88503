// Parallel tempering on an enumerable spin glass: the swap rule satisfies detailed balance for the joint
// Boltzmann distribution, every rung samples its own temperature, the joint of two rungs is the product of
// their marginals, and results do not depend on the number of cores.
#include <gtest/gtest.h>

#include "chi_square.h"
#include "core/parallel.h"
#include "discrete/parallel_tempering.h"
#include "spin_glass.h"

namespace ebm {
namespace {

using testing::SpinGlass;
using Tempering = ParallelTempering<SpinGlass>;

TEST(ParallelTempering, SwapRuleSatisfiesDetailedBalanceForTheJointDistribution) {
  // π(a at cold, b at hot)·P(swap) = π(b at cold, a at hot)·P(swap back), for every pair of states.
  const SpinGlass glass(5, 4);
  const double cold = 0.4, hot = 1.7;
  const auto pc = glass.boltzmann(cold), ph = glass.boltzmann(hot);
  for (int a = 0; a < 32; ++a) {
    for (int b = 0; b < 32; ++b) {
      const double ea = glass.energyOf(a), eb = glass.energyOf(b);
      const double forward =
          pc[std::size_t(a)] * ph[std::size_t(b)] * Tempering::swapProbability(cold, hot, ea, eb);
      const double backward =
          pc[std::size_t(b)] * ph[std::size_t(a)] * Tempering::swapProbability(cold, hot, eb, ea);
      EXPECT_NEAR(forward, backward, 1e-14 + 1e-12 * forward);
    }
  }
}

// Tiny systems sweep in microseconds, far less than handing work to another core costs: the statistical tests
// run on one thread (results are the same on any number, as GivesTheSameRunOnOneCoreAsOnTwo checks).
class OneThread {
 public:
  OneThread() : before_(parallelThreadCount()) { setParallelThreadCount(1); }
  ~OneThread() { setParallelThreadCount(before_); }

 private:
  int before_;
};

TemperingOptions ladder(std::vector<double> temperatures, std::uint64_t seed) {
  TemperingOptions o;
  o.temperatures = std::move(temperatures);
  o.seed = seed;
  return o;
}

TEST(ParallelTempering, EveryRungSamplesTheBoltzmannDistributionAtItsTemperature) {
  const OneThread serial;
  const SpinGlass glass(6, 11);
  Tempering tempering(glass, ladder({0.3, 0.55, 1.0, 1.8}, 31));
  tempering.sweep(500);
  std::vector<std::vector<double>> counts(4, std::vector<double>(64, 0.0));
  for (int sample = 0; sample < 60000; ++sample) {
    tempering.sweep(3);
    for (int rung = 0; rung < 4; ++rung)
      counts[std::size_t(rung)][std::size_t(tempering.replica(rung).state())] += 1;
  }
  for (int rung = 0; rung < 4; ++rung) {
    const auto test =
        testing::chiSquare(counts[std::size_t(rung)], glass.boltzmann(tempering.replicaTemperature(rung)));
    EXPECT_LT(test.statistic, testing::chiSquareCritical(test.degreesOfFreedom)) << "rung " << rung;
  }
  // States do travel along the ladder: neighbouring rungs swap a fair share of the time.
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_GT(double(tempering.swapsAccepted()[k]) / double(tempering.swapAttempts()[k]), 0.2)
        << "rungs " << k;
  }
}

TEST(ParallelTempering, TwoRungsAreJointlyDistributedAsTheProductOfTheirBoltzmannDistributions) {
  // Stationarity of the joint Π_k e^{−E(s_k)/T_k}/Z_k, which the swaps must not disturb: 16×16 cells.
  const OneThread serial;
  const SpinGlass glass(4, 7);
  Tempering tempering(glass, ladder({0.5, 1.2}, 41));
  tempering.sweep(200);
  std::vector<double> counts(256, 0.0), expected(256, 0.0);
  for (int sample = 0; sample < 80000; ++sample) {
    tempering.sweep(3);
    counts[std::size_t(tempering.replica(0).state() * 16 + tempering.replica(1).state())] += 1;
  }
  const auto p0 = glass.boltzmann(0.5), p1 = glass.boltzmann(1.2);
  for (int a = 0; a < 16; ++a) {
    for (int b = 0; b < 16; ++b)
      expected[std::size_t(a * 16 + b)] = p0[std::size_t(a)] * p1[std::size_t(b)];
  }
  const auto test = testing::chiSquare(counts, expected);
  EXPECT_LT(test.statistic, testing::chiSquareCritical(test.degreesOfFreedom));
}

TEST(ParallelTempering, GivesTheSameRunOnOneCoreAsOnTwo) {
  const SpinGlass glass(12, 2);
  auto run = [&](int threads) {
    const int before = parallelThreadCount();
    setParallelThreadCount(threads);
    Tempering tempering(glass, ladder({0.2, 0.4, 0.8, 1.6, 3.2}, 9));
    tempering.sweep(300);
    std::vector<int> states;
    for (int k = 0; k < tempering.replicaCount(); ++k)
      states.push_back(tempering.replica(k).state());
    setParallelThreadCount(before);
    return states;
  };
  EXPECT_EQ(run(1), run(2));
}

TEST(ParallelTempering, StopsWhenAReplicaReachesTheTargetEnergy) {
  const SpinGlass glass(14, 5);
  double ground = 1e9;
  for (int k = 0; k < (1 << 14); ++k)
    ground = std::min(ground, glass.energyOf(k));
  TemperingOptions o = ladder({0.1, 0.25, 0.6, 1.5}, 3);
  o.targetEnergy = ground + 1e-9;
  Tempering tempering(glass, o);
  const Index made = tempering.sweep(100000);
  EXPECT_TRUE(tempering.reachedTarget());
  EXPECT_LT(made, 100000);
  EXPECT_NEAR(tempering.lowestState().energy(), ground, 1e-9);
  EXPECT_EQ(tempering.sweep(10), 0) << "a search at its target stays there";
}

TEST(ParallelTempering, MeltsEveryReplicaWhenTheEnergyStalls) {
  const SpinGlass glass(8, 5);
  TemperingOptions o = ladder({0.2, 0.5}, 3);
  o.stallSweeps = 50;
  Tempering tempering(glass, o);
  tempering.sweep(2000);
  EXPECT_GT(tempering.reheats(), 5)
      << "the lowest energy is found early; every 50 sweeps after it is a stall";
  const Index automatic = tempering.reheats();
  tempering.reheat();
  EXPECT_EQ(tempering.reheats(), automatic + 1);
}

TEST(ParallelTempering, SetTemperatureMovesTheLadderKeepingItsRatios) {
  Tempering tempering(SpinGlass(4, 1), ladder({0.5, 1.0, 2.0}, 1));
  tempering.setTemperature(0.25);
  EXPECT_DOUBLE_EQ(tempering.replicaTemperature(0), 0.25);
  EXPECT_DOUBLE_EQ(tempering.replicaTemperature(1), 0.5);
  EXPECT_DOUBLE_EQ(tempering.replicaTemperature(2), 1.0);
  EXPECT_THROW(tempering.setTemperature(0), ArgumentError);
}

TEST(ParallelTempering, RefusesABadLadder) {
  const SpinGlass glass(4, 1);
  EXPECT_THROW(Tempering(glass, ladder({}, 1)), ArgumentError);
  EXPECT_THROW(Tempering(glass, ladder({1.0, 0.5}, 1)), ArgumentError);
  EXPECT_THROW(Tempering(glass, ladder({0.0, 0.5}, 1)), ArgumentError);
}

}  // namespace
}  // namespace ebm
