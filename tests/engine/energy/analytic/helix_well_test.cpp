// The helix well: exact gradient, zero energy along the helix, and its closed-form log Z.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/helix_well.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(HelixWellEnergy, GradientMatchesCentralDifferencesInsideAndBeyondTheEnds) {
  for (double pitch : {1.0, -2.5}) {
    const HelixWellEnergy energy({1.2, pitch, 2.0, 0.2});
    const Points x = uniformPoints(3, 300, -2.5, 2.5, 51);
    expectExactGradient(energy, x);
    expectConsistentBatches(energy, x);
    expectGradientMatchesDifferences(energy, x);
  }
}

TEST(HelixWellEnergy, IsZeroAlongTheBenchmarkHelix) {
  // The defaults are the helix data set (cos t, sin t, t/(2π) − 1), t ∈ [0, 4π].
  const HelixWellEnergy energy;
  double g[3];
  for (double t = 0; t <= 4 * std::numbers::pi; t += 0.37) {
    double x[3] = {std::cos(t), std::sin(t), t / (2 * std::numbers::pi) - 1};
    EXPECT_NEAR(energy.energyAt<true>(x, g), 0.0, 1e-12) << "t = " << t;
    EXPECT_NEAR(std::hypot(g[0], g[1], g[2]), 0.0, 1e-9);
  }
  double above[3] = {std::cos(4 * std::numbers::pi + 0.2), std::sin(4 * std::numbers::pi + 0.2),
                     1 + 0.2 / (2 * std::numbers::pi)};
  EXPECT_GT(energy.energyAt<false>(above, g), 0.0);  // the valley closes beyond the helix's end
}

TEST(HelixWellEnergy, ClosedFormLogPartitionMatchesARiemannSum) {
  const HelixWellEnergy energy({1.0, 1.0, 2.0, 0.05});
  const Lattice lattice = Lattice::over(Box::centered(3, 2.0), 161);
  EXPECT_NEAR(logRiemannSum(energy, lattice), energy.closedFormLogPartition(), 1e-5);
  EXPECT_NEAR(logRiemannSum(energy, lattice, 2.0), energy.closedFormLogPartition(2.0), 1e-5);
  EXPECT_THROW(HelixWellEnergy({1.0, 0.0, 2.0, 0.05}), ArgumentError);
}

}  // namespace
}  // namespace ebm
