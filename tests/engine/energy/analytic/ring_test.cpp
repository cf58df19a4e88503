// The ring and the spherical shell: exact gradient, the valley at r₀, and closed-form log Z in 2D and 3D.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/ring.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(RingEnergy, GradientMatchesCentralDifferencesAwayFromTheCentre) {
  for (int d : {2, 3}) {
    const RingEnergy energy({d, 1.7, 0.3});
    const Points x = uniformPoints(d, 200, -3, 3, 21 + d);
    expectExactGradient(energy, x);
    expectConsistentBatches(energy, x);
    expectGradientMatchesDifferences(energy, x);
  }
}

TEST(RingEnergy, ValleyFloorIsTheCircleAndTheCentreIsAConeTip) {
  const RingEnergy energy({2, 2.0, 0.5});
  double onCircle[2] = {2 * std::cos(0.4), 2 * std::sin(0.4)}, centre[2] = {0, 0}, g[2];
  EXPECT_NEAR(energy.energyAt<true>(onCircle, g), 0.0, 1e-15);
  EXPECT_NEAR(std::hypot(g[0], g[1]), 0.0, 1e-14);
  EXPECT_DOUBLE_EQ(energy.energyAt<true>(centre, g), 8.0);
  EXPECT_EQ(g[0], 0.0);  // the subgradient's centre, not NaN
  EXPECT_EQ(g[1], 0.0);
}

TEST(RingEnergy, ClosedFormLogPartitionMatchesARiemannSum) {
  const RingEnergy ring({2, 2.0, 0.2});
  const Lattice plane = Lattice::over(Box::centered(2, 4.0), 801);
  EXPECT_NEAR(logRiemannSum(ring, plane), ring.closedFormLogPartition(), 1e-6);
  EXPECT_NEAR(logRiemannSum(ring, plane, 1.7), ring.closedFormLogPartition(1.7), 1e-6);
  // r₀ small against the width: the erf term and the tail term both matter.
  const RingEnergy blob({2, 0.3, 1.0});
  EXPECT_NEAR(logRiemannSum(blob, Lattice::over(Box::centered(2, 7.0), 801)), blob.closedFormLogPartition(),
              1e-6);
  // r₀ = 0 is the Gaussian N(0, w/2·I): Z = πw.
  EXPECT_NEAR(RingEnergy({2, 0.0, 0.8}).closedFormLogPartition(), std::log(std::numbers::pi * 0.8), 1e-14);

  const RingEnergy shell({3, 1.5, 0.3});
  EXPECT_NEAR(logRiemannSum(shell, Lattice::over(Box::centered(3, 3.2), 161)), shell.closedFormLogPartition(),
              1e-5);
}

TEST(RingEnergy, RefusesANegativeRadiusOrWidth) {
  EXPECT_THROW(RingEnergy({2, -1, 1}), ArgumentError);
  EXPECT_THROW(RingEnergy({2, 1, 0}), ArgumentError);
  EXPECT_THROW(RingEnergy({1, 1, 1}), ArgumentError);
}

}  // namespace
}  // namespace ebm
