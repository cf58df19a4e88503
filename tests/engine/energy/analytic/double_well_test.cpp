// The double well: its exact gradient, its wells and barrier, and its closed-form log Z against Riemann sums.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/analytic/double_well.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(DoubleWellEnergy, GradientMatchesCentralDifferencesIn2DAnd3D) {
  for (int d : {2, 3}) {
    const DoubleWellEnergy energy({d, 2.5, 1.3, 0.7});
    const Points x = uniformPoints(d, 200, -3, 3, 5 + d);
    expectExactGradient(energy, x);
    expectConsistentBatches(energy, x);
    expectGradientMatchesDifferences(energy, x);
  }
}

TEST(DoubleWellEnergy, WellsSitAtPlusMinusSeparationAndTheBarrierIsItsHeight) {
  const DoubleWellEnergy energy({3, 4.0, 1.5, 2.0});
  Points x(3, 3);
  x << -1.5, 0, 1.5, 0, 0, 0, 0, 0, 0;
  const Vector e = energy.energies(x);
  EXPECT_FLOAT_EQ(e[0], 0.0f);
  EXPECT_FLOAT_EQ(e[1], 4.0f);
  EXPECT_FLOAT_EQ(e[2], 0.0f);
}

TEST(DoubleWellEnergy, ClosedFormLogPartitionMatchesARiemannSum) {
  const DoubleWellEnergy flat({2, 3.0, 1.0, 1.0});
  const Lattice plane = Lattice::over(Box::centered(2, 5.0), 801);
  for (double t : {0.5, 1.0, 2.0}) {
    EXPECT_NEAR(logRiemannSum(flat, plane, t), flat.closedFormLogPartition(t), 1e-6) << "T = " << t;
  }
  const DoubleWellEnergy solid({3, 2.0, 1.2, 1.5});
  const Lattice cube = Lattice::over(Box::centered(3, 4.5), 121);
  EXPECT_NEAR(logRiemannSum(solid, cube), solid.closedFormLogPartition(), 1e-5);
}

TEST(DoubleWellEnergy, QuarticIntegralStaysAccurateForHighBarriers) {
  // Past a/2 = 300 the Bessel functions overflow and an asymptotic series takes over: compare both regimes
  // with a direct midpoint rule on the two narrow wells.
  for (double a : {0.01, 1.0, 40.0, 590.0, 610.0, 5000.0}) {
    const double h = 1e-4 / std::sqrt(1 + a), reach = 1 + std::pow(60 / a, 0.25);
    double sum = 0;
    for (double u = -reach + h / 2; u < reach; u += h)
      sum += std::exp(-a * (u * u - 1) * (u * u - 1));
    EXPECT_NEAR(logQuarticWellIntegral(a), std::log(sum * h), 1e-7) << "a = " << a;
  }
}

TEST(DoubleWellEnergy, RefusesParametersOutsideThePhysics) {
  EXPECT_THROW(DoubleWellEnergy({4, 1, 1, 1}), ArgumentError);
  EXPECT_THROW(DoubleWellEnergy({2, 0, 1, 1}), ArgumentError);
  EXPECT_THROW(DoubleWellEnergy({2, 1, -1, 1}), ArgumentError);
  EXPECT_THROW(DoubleWellEnergy({2, 1, 1, std::nan("")}), ArgumentError);
  EXPECT_THROW((void)DoubleWellEnergy().closedFormLogPartition(0), ArgumentError);
}

TEST(DoubleWellEnergy, RefusesABatchOfTheWrongShape) {
  const DoubleWellEnergy energy;
  Points x(3, 4);
  Vector e(4);
  EXPECT_THROW(energy.evaluate(x, e), ArgumentError);
}

}  // namespace
}  // namespace ebm
