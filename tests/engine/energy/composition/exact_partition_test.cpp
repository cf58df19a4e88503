// Exact log Z: closed forms for analytic energies and for Gaussian compositions, checked by Riemann sums.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "energy/analytic/funnel.h"
#include "energy/analytic/helix_well.h"
#include "energy/analytic/rosenbrock.h"
#include "energy/analytic/torus_well.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/exact_partition.h"
#include "energy/composition/mixture_energy.h"
#include "energy/composition/negation_energy.h"
#include "energy/composition/sum_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

const Lattice& wideLattice() {
  static const Lattice lattice = Lattice::over(Box::centered(2, 8.0), 801);
  return lattice;
}

TEST(ExactLogPartition, IsKnownForClosedFormEnergiesAndOnlyThem) {
  EXPECT_EQ(exactLogPartition(*ring(), 1.5), RingEnergy({2, 1.5, 0.2}).closedFormLogPartition(1.5));
  EXPECT_EQ(exactLogPartition(FunnelEnergy()), std::optional<double>(0.0));
  EXPECT_TRUE(exactLogPartition(RosenbrockEnergy()).has_value());
  EXPECT_TRUE(exactLogPartition(HelixWellEnergy()).has_value());
  EXPECT_FALSE(exactLogPartition(*mullerBrown()).has_value());
  EXPECT_FALSE(exactLogPartition(TorusWellEnergy()).has_value());
}

TEST(ExactLogPartition, OfAGaussianMatchesARiemannSumAtEveryTemperature) {
  const auto g = gaussianEnergy(gaussianA());
  for (double t : {0.5, 1.0, 2.0}) {
    ASSERT_TRUE(exactLogPartition(*g, t).has_value());
    EXPECT_NEAR(*exactLogPartition(*g, t), logRiemannSum(*g, wideLattice(), t), 1e-6) << "T = " << t;
  }
  EXPECT_NEAR(*exactLogPartition(*g), 0.0, 1e-12);
}

TEST(ExactLogPartition, OfASumOfGaussiansIsTheOverlapIntegral) {
  // ∫ N_a·N_b dx = N(μ_a; μ_b, Σ_a + Σ_b).
  const auto a = gaussianA(), b = gaussianB();
  const SumEnergy sum({gaussianEnergy(a), gaussianEnergy(b)});
  const GaussianComponent overlap{1.0, b.mean, a.covariance + b.covariance};
  const double expected = -gaussianEnergyAt(overlap, a.mean);
  EXPECT_NEAR(*exactLogPartition(sum), expected, 1e-10);
  EXPECT_NEAR(logRiemannSum(sum, wideLattice()), expected, 1e-6);
}

TEST(ExactLogPartition, OfBlendsAndNegationsOfGaussiansMatchesRiemannSums) {
  const auto ea = gaussianEnergy(gaussianA()), eb = gaussianEnergy(gaussianB());
  const BlendEnergy blend(ea, eb, 0.3);
  const NegationEnergy negation(ea, eb, 0.2);
  for (const Energy* e : {static_cast<const Energy*>(&blend), static_cast<const Energy*>(&negation)}) {
    ASSERT_TRUE(exactLogPartition(*e).has_value()) << e->describe();
    EXPECT_NEAR(*exactLogPartition(*e), logRiemannSum(*e, wideLattice()), 1e-5) << e->describe();
  }
  EXPECT_FALSE(exactLogPartition(NegationEnergy(ea, eb, 3.0)).has_value());  // not normalizable
}

TEST(ExactLogPartition, OfAMixtureOfKnownTermsIsTheWeightedSumAtTemperatureOne) {
  const MixtureEnergy mixture(ring(), doubleWell(), 0.4);
  const auto exact = exactLogPartition(mixture);
  ASSERT_TRUE(exact.has_value());
  const double expected = std::log(0.4 * std::exp(*exactLogPartition(*ring())) +
                                   0.6 * std::exp(*exactLogPartition(*doubleWell())));
  EXPECT_NEAR(*exact, expected, 1e-12);
  EXPECT_NEAR(*exact, logRiemannSum(mixture, Lattice::over(Box::centered(2, 5.0), 801)), 1e-6);
  // A blend at α = 1 is its first term: c·E with c = 1.
  EXPECT_EQ(exactLogPartition(BlendEnergy(ring(), mullerBrown(), 1.0)), exactLogPartition(*ring()));
}

}  // namespace
}  // namespace ebm
