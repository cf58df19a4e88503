// The Hopfield network's physics: ΔE of a flip equals recomputation, E never rises at T = 0, Glauber dynamics
// samples the exact Boltzmann distribution of a tiny network (chi-square, fixed seed), and stored patterns
// are fixed points at low load (Hebbian) and for correlated patterns (pseudo-inverse).
#include <gtest/gtest.h>

#include <cmath>

#include "../discrete/chi_square.h"
#include "discrete/metropolis.h"
#include "hopfield/hopfield_network.h"

namespace ebm::hopfield {
namespace {

static_assert(DiscreteSystem<HopfieldSystem>);
static_assert(HasHeatBathSweep<HopfieldSystem>);

std::shared_ptr<const Couplings> randomCouplings(Index n, std::uint64_t seed) {
  Random random(seed);
  Couplings w(n, n);
  for (Index i = 0; i < n; ++i) {
    for (Index j = 0; j <= i; ++j)
      w(i, j) = w(j, i) = i == j ? 0.0 : 0.5 * random.normal();
  }
  return std::make_shared<const Couplings>(w);
}

TEST(HopfieldSystem, EnergyChangeOfAFlipEqualsFullRecomputation) {
  Random random(3);
  const Patterns patterns = randomPatterns(64, 6, random);
  auto w = std::make_shared<const Couplings>(hebbianCouplings(patterns));
  HopfieldSystem system(w, corrupt(patterns.col(0), 0.3, random));
  for (int m = 0; m < 3000; ++m) {
    HopfieldSystem::Move move;
    ASSERT_TRUE(system.proposeMove(random, move));
    const double delta = system.energyChange(move);
    const double before = system.recomputeEnergy();
    system.applyMove(move, delta);
    EXPECT_NEAR(system.recomputeEnergy() - before, delta, 1e-9);
  }
  EXPECT_NEAR(system.energy(), system.recomputeEnergy(), 1e-8);
  // The bookkept fields are W·s.
  EXPECT_LT((system.fields() - *w * system.state()).cwiseAbs().maxCoeff(), 1e-9);
}

TEST(HopfieldSystem, EnergyNeverRisesAtZeroTemperatureAndEndsAtAFixedPoint) {
  Random random(11);
  const Patterns patterns = randomPatterns(256, 30, random);  // α ≈ 0.12: crosstalk, but still retrieval
  auto w = std::make_shared<const Couplings>(hebbianCouplings(patterns));
  HopfieldSystem system(w, corrupt(patterns.col(4), 0.25, random));
  double previous = system.energy();
  int updates = 0;
  for (int u = 0; u < 256 * 30; ++u, ++updates) {
    system.updateUnit(Index(random.below(256)), 0.0, random);
    EXPECT_LE(system.energy(), previous + 1e-12);
    previous = system.energy();
  }
  EXPECT_NEAR(system.energy(), system.recomputeEnergy(), 1e-8);
  // Settled: every unit agrees with its field.
  EXPECT_GE(system.state().cwiseProduct(system.fields()).minCoeff(), 0.0);
}

// The exact Boltzmann distribution e^{−E/T}/Z over the 2⁵ states of a 5-unit network.
std::vector<double> boltzmann(const Couplings& w, double temperature) {
  const Index n = w.rows();
  std::vector<double> probabilities(std::size_t(1) << n);
  double z = 0;
  for (std::size_t code = 0; code < probabilities.size(); ++code) {
    State s(n);
    for (Index i = 0; i < n; ++i)
      s[i] = (code >> i) & 1u ? 1.0 : -1.0;
    probabilities[code] = std::exp(-hopfieldEnergy(w, s) / temperature);
    z += probabilities[code];
  }
  for (double& p : probabilities)
    p /= z;
  return probabilities;
}

// Visits of each state by a sweep rule, one sample every 5 sweeps after a burn-in.
std::vector<double> visits(HopfieldSystem system, double temperature, SweepRule rule, std::uint64_t seed) {
  Random random(seed);
  const BoltzmannFactors factors(temperature);
  std::vector<double> counts(std::size_t(1) << system.size(), 0.0);
  for (int burn = 0; burn < 200; ++burn)
    (void)sweepOnce(system, random, factors, rule);
  for (int sample = 0; sample < 40000; ++sample) {
    for (int thin = 0; thin < 5; ++thin)
      (void)sweepOnce(system, random, factors, rule);
    std::size_t code = 0;
    for (Index i = 0; i < system.size(); ++i)
      code |= system.state()[i] > 0 ? (std::size_t(1) << i) : 0u;
    counts[code] += 1;
  }
  return counts;
}

// Glauber's rule (the heat-bath sweep) and the discrete engine's Metropolis sweep at fixed T on 5 units visit
// each of the 32 states with frequency e^{−E/T}/Z.
TEST(HopfieldSystem, GlauberAndMetropolisSampleTheExactBoltzmannDistribution) {
  const auto w = randomCouplings(5, 21);
  const HopfieldSystem start(w, State::Ones(5));
  for (const double temperature : {0.8, 2.0}) {
    const auto exact = boltzmann(*w, temperature);
    for (const SweepRule rule : {SweepRule::kHeatBath, SweepRule::kMetropolis}) {
      const auto chi = testing::chiSquare(visits(start, temperature, rule, 7), exact);
      EXPECT_LT(chi.statistic, testing::chiSquareCritical(chi.degreesOfFreedom))
          << "T = " << temperature << (rule == SweepRule::kHeatBath ? ", Glauber" : ", Metropolis");
    }
  }
}

TEST(HopfieldSystem, StoredPatternsAreFixedPointsAtLowLoad) {
  Random random(5);
  const Patterns patterns = randomPatterns(256, 10, random);  // α ≈ 0.04
  auto w = std::make_shared<const Couplings>(hebbianCouplings(patterns));
  for (Index mu = 0; mu < patterns.cols(); ++mu) {
    HopfieldSystem system(w, patterns.col(mu));
    EXPECT_GT(system.state().cwiseProduct(system.fields()).minCoeff(), 0.0) << "pattern " << mu;
    // And a cue 15 % wrong is recalled exactly.
    system.setState(corrupt(patterns.col(mu), 0.15, random));
    for (int u = 0; u < 256 * 20; ++u)
      system.updateUnit(Index(random.below(256)), 0.0, random);
    EXPECT_DOUBLE_EQ(overlaps(patterns, system.state())[mu], 1.0) << "pattern " << mu;
  }
}

TEST(HopfieldSystem, ThePseudoInverseStoresCorrelatedPatternsThatHebbFails) {
  // Patterns sharing 80 % of their units, as letters share background: Hebb merges them, the projection
  // rule keeps each one a fixed point.
  Random random(9);
  const Index n = 200;
  Patterns patterns(n, 8);
  const State common = randomPatterns(n, 1, random).col(0);
  for (Index mu = 0; mu < patterns.cols(); ++mu)
    patterns.col(mu) = corrupt(common, 0.1, random);
  auto stable = [&](const Couplings& w) {
    int fixed = 0;
    for (Index mu = 0; mu < patterns.cols(); ++mu)
      fixed += patterns.col(mu).cwiseProduct(w * patterns.col(mu)).minCoeff() > 0;
    return fixed;
  };
  EXPECT_EQ(stable(pseudoInverseCouplings(patterns)), 8);
  EXPECT_LT(stable(hebbianCouplings(patterns)), 8);
  const Couplings w = pseudoInverseCouplings(patterns);
  EXPECT_LT((w - w.transpose()).cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_EQ(w.diagonal().cwiseAbs().maxCoeff(), 0.0);
}

TEST(HopfieldSystem, CorruptFlipsExactlyTheAskedFraction) {
  Random random(1);
  const State p = randomPatterns(256, 1, random).col(0);
  for (double f : {0.0, 0.1, 0.5, 1.0}) {
    const State cue = corrupt(p, f, random);
    EXPECT_EQ((cue - p).cwiseAbs().sum() / 2, std::round(f * 256));
  }
  EXPECT_EQ(storageRuleFromName("pseudo-inverse"), StorageRule::kPseudoInverse);
  EXPECT_THROW((void)storageRuleFromName("oja"), ArgumentError);
}

}  // namespace
}  // namespace ebm::hopfield
