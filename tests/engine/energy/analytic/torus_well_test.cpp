// The torus well: exact gradient, zero energy on the torus, and its volume against Pappus's theorem.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/ring.h"
#include "energy/analytic/torus_well.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(TorusWellEnergy, GradientMatchesCentralDifferences) {
  for (double tube : {0.0, 0.6}) {
    const TorusWellEnergy energy({2.0, tube, 0.3});
    const Points x = uniformPoints(3, 300, -3, 3, 41);
    expectExactGradient(energy, x);
    expectConsistentBatches(energy, x);
    expectGradientMatchesDifferences(energy, x);
  }
}

TEST(TorusWellEnergy, IsZeroOnTheTorusAndFiniteOnItsSingularSets) {
  const TorusWellEnergy energy({2.0, 0.5, 0.1});
  double g[3];
  for (double theta : {0.0, 1.0, 2.5}) {
    for (double phi : {0.3, 2.0, 4.0}) {
      const double s = 2.0 + 0.5 * std::cos(phi);
      double x[3] = {s * std::cos(theta), s * std::sin(theta), 0.5 * std::sin(phi)};
      EXPECT_NEAR(energy.energyAt<true>(x, g), 0.0, 1e-12);
      EXPECT_NEAR(std::hypot(g[0], g[1], g[2]), 0.0, 1e-9);
    }
  }
  double axis[3] = {0, 0, 0.7}, core[3] = {0, 2, 0};
  (void)energy.energyAt<true>(axis, g);
  EXPECT_EQ(g[0], 0.0);
  EXPECT_TRUE(std::isfinite(g[2]));
  (void)energy.energyAt<true>(core, g);
  EXPECT_EQ(std::hypot(g[0], g[1], g[2]), 0.0);
}

TEST(TorusWellEnergy, VolumeIsTheRingsTimesTheCoreCircumference) {
  // Pappus: with the tube far from the axis, Z₁ = 2πR·Z(ring of radius r, width w) to within e^{−(R−r)²/w}.
  // The cone-shaped peak on the core circle (density e^{−r²/w} = 3e-6 here) is too low to spoil the sum.
  const TorusWellEnergy energy({2.0, 0.8, 0.05});
  const RingEnergy section({2, 0.8, 0.05});
  const Lattice lattice = latticeOver(3, {-3.8, -3.8, -1.8}, {3.8, 3.8, 1.8}, {153, 153, 73});
  EXPECT_NEAR(logRiemannSum(energy, lattice),
              std::log(2 * std::numbers::pi * 2.0) + section.closedFormLogPartition(), 1e-4);
  EXPECT_THROW(TorusWellEnergy({0.0, 0.5, 0.1}), ArgumentError);
  EXPECT_THROW(TorusWellEnergy({2.0, -0.5, 0.1}), ArgumentError);
}

}  // namespace
}  // namespace ebm
