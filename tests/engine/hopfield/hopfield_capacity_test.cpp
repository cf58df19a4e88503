// The measured capacity of a Hebbian network lands near the classical α_c ≈ 0.138 (Amit, Gutfreund &
// Sompolinsky, 1985).
#include <gtest/gtest.h>

#include "core/errors.h"
#include "hopfield/hopfield_capacity.h"

namespace ebm::hopfield {
namespace {

TEST(HopfieldCapacity, ThousandNeuronsLoseTheirMemoriesNearTheClassicalLoad) {
  CapacityOptions options;
  options.neurons = 1000;
  options.seed = 2024;
  options.loads.clear();
  for (int k = 6; k <= 20; ++k)
    options.loads.push_back(k / 100.0);
  const CapacityCurve result = measureCapacity(options);
  ASSERT_EQ(result.curve.size(), options.loads.size());
  EXPECT_GE(result.criticalLoad, 0.11);
  EXPECT_LE(result.criticalLoad, 0.17);
  // Well below the limit the patterns are recalled almost perfectly; well above, most of each is lost.
  EXPECT_GT(result.curve.front().second, 0.99);
  EXPECT_LT(result.curve.back().second, 0.7);
}

TEST(HopfieldCapacity, TheSameSeedGivesTheSameCurveAndBadOptionsAreRefused) {
  CapacityOptions options;
  options.neurons = 200;
  options.loads = {0.05, 0.15, 0.3};
  const auto a = measureCapacity(options);
  const auto b = measureCapacity(options);
  EXPECT_EQ(a.curve, b.curve);
  options.neurons = 5;
  EXPECT_THROW((void)measureCapacity(options), ArgumentError);
  options.neurons = 100;
  options.loads = {0.0};
  EXPECT_THROW((void)measureCapacity(options), ArgumentError);
}

}  // namespace
}  // namespace ebm::hopfield
