// The seeded generator: reproducible, independent streams, and the moments of its distributions.
#include <gtest/gtest.h>

#include <cmath>

#include "core/random.h"

namespace ebm {
namespace {

TEST(Random, SameSeedSameStream) {
  Random a(42), b(42), c(42, 1);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const auto x = a.bits();
    EXPECT_EQ(x, b.bits());
    differs |= x != c.bits();
  }
  EXPECT_TRUE(differs);
}

TEST(Random, NormalHasZeroMeanAndUnitVariance) {
  Random random(3);
  const int n = 400000;
  double sum = 0, sumSq = 0, sumFourth = 0;
  for (int i = 0; i < n; ++i) {
    const double x = random.normal();
    sum += x;
    sumSq += x * x;
    sumFourth += x * x * x * x;
  }
  // Standard errors: mean 1/√n ≈ 0.0016, variance √(2/n) ≈ 0.0022, fourth moment √(96/n) ≈ 0.015; 5σ bounds.
  EXPECT_NEAR(sum / n, 0.0, 0.008);
  EXPECT_NEAR(sumSq / n, 1.0, 0.011);
  EXPECT_NEAR(sumFourth / n, 3.0, 0.08);
}

TEST(Random, UniformCoversTheUnitInterval) {
  Random random(5);
  double sum = 0, lo = 1, hi = 0;
  for (int i = 0; i < 100000; ++i) {
    const double u = random.uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    lo = std::min(lo, u);
    hi = std::max(hi, u);
  }
  EXPECT_NEAR(sum / 100000, 0.5, 0.005);
  EXPECT_LT(lo, 1e-3);
  EXPECT_GT(hi, 1 - 1e-3);
}

}  // namespace
}  // namespace ebm
