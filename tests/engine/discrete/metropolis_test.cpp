// The Metropolis and heat-bath sweeps on an enumerable spin glass: incremental ΔE equals recomputation, and
// the visited states follow the exact Boltzmann distribution (chi-square, fixed seeds).
#include <gtest/gtest.h>

#include "chi_square.h"
#include "discrete/metropolis.h"
#include "spin_glass.h"

namespace ebm {
namespace {

using testing::SpinGlass;

TEST(Metropolis, EnergyChangeEqualsFullRecomputationOnRandomMoves) {
  SpinGlass glass(10, 3);
  Random random(5);
  glass.randomize(random);
  for (int m = 0; m < 2000; ++m) {
    SpinGlass::Move move;
    ASSERT_TRUE(glass.proposeMove(random, move));
    const double delta = glass.energyChange(move);
    const double before = glass.recomputeEnergy();
    glass.applyMove(move, delta);
    EXPECT_NEAR(glass.recomputeEnergy() - before, delta, 1e-12);
    EXPECT_NEAR(glass.energy(), glass.recomputeEnergy(), 1e-9);
  }
}

TEST(BoltzmannFactors, TableAgreesWithTheExponential) {
  const BoltzmannFactors f(0.37);
  for (int d = -20; d <= 20; ++d)
    EXPECT_DOUBLE_EQ(f(d), std::exp(-d / 0.37));
  EXPECT_DOUBLE_EQ(f(1.5), std::exp(-1.5 / 0.37));
  EXPECT_THROW(BoltzmannFactors(0.0), ArgumentError);
  EXPECT_THROW(BoltzmannFactors(-1.0), ArgumentError);
}

// Counts the state after every 6th sweep (thinning makes successive samples nearly independent, as the
// chi-square test assumes) and compares with e^{−E/T}/Z over all 2^n states. Temperatures stay at 0.8 and
// above: colder, a single chain crosses this glass's barriers too rarely for 10⁵ samples to be independent
// (parallel_tempering_test samples T = 0.3 through the ladder).
testing::ChiSquare sampledAgainstExact(SweepRule rule, double temperature, std::uint64_t seed) {
  SpinGlass glass(6, 11);
  Random random(seed);
  glass.randomize(random);
  const BoltzmannFactors factors(temperature);
  std::vector<double> counts(64, 0.0);
  for (int burn = 0; burn < 1000; ++burn)
    sweepOnce(glass, random, factors, rule);
  for (int sample = 0; sample < 100000; ++sample) {
    for (int k = 0; k < 6; ++k)
      sweepOnce(glass, random, factors, rule);
    counts[std::size_t(glass.state())] += 1;
  }
  return testing::chiSquare(counts, glass.boltzmann(temperature));
}

TEST(Metropolis, VisitsStatesWithTheExactBoltzmannProbabilities) {
  for (double temperature : {0.8, 1.5, 3.0}) {
    const auto test = sampledAgainstExact(SweepRule::kMetropolis, temperature, 21);
    EXPECT_GT(test.degreesOfFreedom, 10) << "T = " << temperature;
    EXPECT_LT(test.statistic, testing::chiSquareCritical(test.degreesOfFreedom)) << "T = " << temperature;
  }
}

TEST(HeatBath, GlauberDynamicsVisitsStatesWithTheExactBoltzmannProbabilities) {
  for (double temperature : {0.8, 1.5, 3.0}) {
    const auto test = sampledAgainstExact(SweepRule::kHeatBath, temperature, 22);
    EXPECT_LT(test.statistic, testing::chiSquareCritical(test.degreesOfFreedom)) << "T = " << temperature;
  }
}

TEST(Metropolis, TheChiSquareTestRejectsTheWrongTemperature) {
  // The test has power: states sampled at T = 1 are not the Boltzmann distribution at T = 1.2.
  SpinGlass glass(6, 11);
  Random random(23);
  const BoltzmannFactors factors(1.0);
  std::vector<double> counts(64, 0.0);
  for (int sample = 0; sample < 100000; ++sample) {
    for (int k = 0; k < 4; ++k)
      metropolisSweep(glass, random, factors);
    counts[std::size_t(glass.state())] += 1;
  }
  const auto wrong = testing::chiSquare(counts, glass.boltzmann(1.2));
  EXPECT_GT(wrong.statistic, 3 * testing::chiSquareCritical(wrong.degreesOfFreedom));
}

TEST(Metropolis, StopsASweepAtTheTargetEnergy) {
  SpinGlass glass(6, 11);
  double ground = 1e9;
  for (int k = 0; k < 64; ++k)
    ground = std::min(ground, glass.energyOf(k));
  Random random(1);
  const BoltzmannFactors cold(0.05);
  for (int sweep = 0; sweep < 2000 && glass.energy() > ground + 1e-9; ++sweep)
    metropolisSweep(glass, random, cold, ground + 1e-9);
  EXPECT_NEAR(glass.energy(), ground, 1e-9);
}

}  // namespace
}  // namespace ebm
