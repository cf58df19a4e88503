// The bulk normal generator: the right distribution (moments, binned CDF), independent draws, any count,
// and the same numbers from the same generator state.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "sampling/gaussian_noise.h"

namespace ebm {
namespace {

constexpr Index kDraws = 1'000'000;

std::vector<float> draws(std::uint64_t seed) {
  Random random(seed);
  std::vector<float> z(static_cast<std::size_t>(kDraws));
  fillStandardNormal(random, z.data(), kDraws);
  return z;
}

TEST(GaussianNoise, MomentsAndLagOneCorrelationOfAStandardNormal) {
  const std::vector<float> z = draws(1);
  double m1 = 0, m2 = 0, m4 = 0, lag = 0;
  for (std::size_t i = 0; i < z.size(); ++i) {
    const double x = z[i];
    m1 += x, m2 += x * x, m4 += x * x * x * x;
    if (i > 0) lag += x * z[i - 1];
  }
  const double n = double(kDraws);
  // Standard errors of the sample moments of N(0,1): √(1/n), √(2/n), √(96/n); of a lag-1 product √(1/n).
  EXPECT_NEAR(m1 / n, 0.0, 4.5 * std::sqrt(1 / n));
  EXPECT_NEAR(m2 / n, 1.0, 4.5 * std::sqrt(2 / n));
  EXPECT_NEAR(m4 / n, 3.0, 4.5 * std::sqrt(96 / n));
  EXPECT_NEAR(lag / n, 0.0, 4.5 * std::sqrt(1 / n)) << "pairs (u, v)·f share f: still uncorrelated";
}

TEST(GaussianNoise, BinnedCumulativeDistributionPassesChiSquare) {
  const std::vector<float> z = draws(2);
  // 48 bins of width 1/6 over [−4, 4] plus both tails; every expected count ≥ 30.
  const int bins = 48;
  std::vector<double> observed(bins + 2, 0.0);
  for (float x : z) {
    const int bin = x < -4 ? 0 : x >= 4 ? bins + 1 : 1 + std::min(bins - 1, int((x + 4.0f) * 6.0f));
    observed[std::size_t(bin)] += 1;
  }
  auto cdf = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
  double chi = 0;
  for (int b = 0; b < bins + 2; ++b) {
    const double lo = b == 0 ? -INFINITY : -4.0 + (b - 1) / 6.0,
                 hi = b == bins + 1 ? INFINITY : -4.0 + b / 6.0;
    const double expected = kDraws * (cdf(hi) - cdf(lo));
    chi += (observed[std::size_t(b)] - expected) * (observed[std::size_t(b)] - expected) / expected;
  }
  const double dof = bins + 1;
  EXPECT_LT(chi, dof + 5 * std::sqrt(2 * dof));  // 5 standard deviations of χ²_dof above its mean
}

TEST(GaussianNoise, AnyCountAndTheSameStateGiveTheSameNumbers) {
  for (Index count : {Index(1), Index(3), Index(255), Index(256), Index(257), Index(1001)}) {
    Random a(9), b(9);
    std::vector<float> x(static_cast<std::size_t>(count) + 1, 42.0f), y(static_cast<std::size_t>(count));
    fillStandardNormal(a, x.data(), count);
    fillStandardNormal(b, y.data(), count);
    EXPECT_EQ(x[std::size_t(count)], 42.0f) << "wrote past the end for count " << count;
    for (Index i = 0; i < count; ++i) {
      ASSERT_EQ(x[std::size_t(i)], y[std::size_t(i)]);
      ASSERT_TRUE(std::isfinite(x[std::size_t(i)]));
    }
  }
}

}  // namespace
}  // namespace ebm
