// Temperature scaling E/T: the identity at T = 1, energy and gradient divided by T, and log Z at T·T₀.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/composition/exact_partition.h"
#include "energy/composition/temperature_scaled_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(TemperatureScaledEnergy, AtTemperatureOneIsTheIdentity) {
  const auto base = mullerBrown(1.0);
  const Points x = uniformPoints(2, 200, -1.5, 1.5, 10);
  const TemperatureScaledEnergy same(base, 1.0);
  Vector e(x.cols()), e0(x.cols());
  Points g(2, x.cols()), g0(2, x.cols());
  same.evaluateWithGradient(x, e, g);
  base->evaluateWithGradient(x, e0, g0);
  EXPECT_TRUE(e == e0);
  EXPECT_TRUE(g == g0);
}

TEST(TemperatureScaledEnergy, DividesEnergyAndGradientByTheTemperature) {
  const auto base = doubleWell();
  const TemperatureScaledEnergy hot(base, 2.5);
  const Points x = uniformPoints(2, 200, -3, 3, 11);
  const Vector e = hot.energies(x), e0 = base->energies(x);
  for (Index i = 0; i < x.cols(); ++i)
    EXPECT_NEAR(e[i], e0[i] / 2.5, 1e-6 * std::abs(e0[i]) + 1e-7);
  expectGradientMatchesDifferences(hot, x);
}

TEST(TemperatureScaledEnergy, LogPartitionIsTheBasesAtTheProductTemperature) {
  const auto base = ring();
  const TemperatureScaledEnergy scaled(base, 0.6);
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), 801);
  for (double t : {1.0, 2.0}) {
    const auto exact = exactLogPartition(scaled, t);
    ASSERT_TRUE(exact.has_value());
    EXPECT_NEAR(*exact, *exactLogPartition(*base, 0.6 * t), 1e-12);
    EXPECT_NEAR(*exact, logRiemannSum(scaled, lattice, t), 1e-6);
  }
  EXPECT_THROW(TemperatureScaledEnergy(base, 0.0), ArgumentError);
  EXPECT_THROW(TemperatureScaledEnergy(base, -1.0), ArgumentError);
}

}  // namespace
}  // namespace ebm
