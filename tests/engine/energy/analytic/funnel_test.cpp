// Neal's funnel: exact gradient, exact normalization (log Z₁ = 0) and its closed-form log Z at other T.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/funnel.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(FunnelEnergy, GradientMatchesCentralDifferencesFromNeckToMouth) {
  for (int d : {2, 3}) {
    const FunnelEnergy energy({d, 3.0});
    const Points x = uniformPoints(d, 200, -4, 4, 31 + d);
    expectExactGradient(energy, x);
    expectConsistentBatches(energy, x);
  }
}

TEST(FunnelEnergy, IsANormalizedDensity) {
  // σ = 1 so that a grid resolves the neck: x₁ ∈ [−6, 6] misses 2e-9 of the mass, and at x₁ = −5 the neck
  // is still 0.08 wide against a spacing of 0.1 (a Riemann sum of a Gaussian is exact to e^{−2π²σ²/h²}).
  const FunnelEnergy energy({2, 1.0});
  const Lattice lattice = latticeOver(2, {-6, -100, 0}, {6, 100, 0}, {601, 2001, 1});
  EXPECT_EQ(energy.closedFormLogPartition(), 0.0);
  EXPECT_NEAR(logRiemannSum(energy, lattice), 0.0, 2e-5);
  EXPECT_NEAR(logRiemannSum(energy, lattice, 1.5), energy.closedFormLogPartition(1.5), 2e-5);
}

TEST(FunnelEnergy, In3DEachSliceIsTheMarginalOfTheLogVariance) {
  // Given x₁ = v, ∫∫ exp(−E) dx₂ dx₃ must be the N(0, σ²) density at v.
  const FunnelEnergy energy({3, 1.5});
  for (double v : {-2.0, 0.0, 1.5}) {
    const double half = 8 * std::exp(v / 2), h = 2 * half / 400;
    Points slice(3, 401 * 401);
    for (int j = 0; j <= 400; ++j) {
      for (int i = 0; i <= 400; ++i)
        slice.col(i + 401 * j) << float(v), float(-half + i * h), float(-half + j * h);
    }
    const Vector e = energy.energies(slice);
    double mass = 0;
    for (float value : e)
      mass += std::exp(-double(value));
    const double marginal = std::exp(-v * v / (2 * 1.5 * 1.5)) / std::sqrt(2 * std::numbers::pi * 1.5 * 1.5);
    EXPECT_NEAR(mass * h * h / marginal, 1.0, 1e-5) << "v = " << v;
  }
  EXPECT_EQ(energy.closedFormLogPartition(), 0.0);
}

TEST(FunnelEnergy, RefusesANonPositiveSigma) {
  EXPECT_THROW(FunnelEnergy({2, 0.0}), ArgumentError);
}

}  // namespace
}  // namespace ebm
