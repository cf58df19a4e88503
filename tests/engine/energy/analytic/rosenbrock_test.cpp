// Rosenbrock's banana: exact gradient, minimum at (a, a²), and its closed-form partition function.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/analytic/rosenbrock.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(RosenbrockEnergy, GradientMatchesCentralDifferences) {
  const RosenbrockEnergy energy({0.7, 20});
  const Points x = uniformPoints(2, 200, -2, 2, 13);
  expectExactGradient(energy, x);
  expectConsistentBatches(energy, x);
  expectGradientMatchesDifferences(energy, x);
}

TEST(RosenbrockEnergy, MinimumIsAtASquared) {
  const RosenbrockEnergy energy({1.5, 100});
  double x[2] = {1.5, 2.25}, g[2];
  EXPECT_EQ(energy.energyAt<true>(x, g), 0.0);
  EXPECT_EQ(g[0], 0.0);
  EXPECT_EQ(g[1], 0.0);
}

TEST(RosenbrockEnergy, ClosedFormLogPartitionMatchesARiemannSum) {
  // x₁ ~ N(1, ½) and x₂ | x₁ ~ N(x₁², 1/(2b)): the box holds x₁ to ±5.6σ and the parabola over it.
  const RosenbrockEnergy energy({1.0, 5.0});
  const Lattice lattice = latticeOver(2, {-3, -2, 0}, {5, 27, 0}, {401, 1451, 1});
  EXPECT_NEAR(logRiemannSum(energy, lattice), energy.closedFormLogPartition(), 1e-5);
  EXPECT_NEAR(logRiemannSum(energy, lattice, 0.5), energy.closedFormLogPartition(0.5), 1e-5);
  EXPECT_THROW(RosenbrockEnergy({1, 0}), ArgumentError);
}

}  // namespace
}  // namespace ebm
