// The 2D recipes against their closed-form moments: each expected value is derived in a comment from the
// recipe.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "data/data_set_registry.h"
#include "data_test_support.h"

namespace ebm {
namespace {

using testing::coordinate;
using testing::expectMean;
using testing::meanOf;
using testing::squaredNorm;
using testing::withLabel;

constexpr std::uint64_t kSeed2d = 1234;
using testing::kPi;
using testing::kSampleSize;

// Fraction of points with label k is p within 5 binomial standard errors √(p(1−p)/n).
void expectLabelFraction(const DataSet& data, int k, double p) {
  const auto estimate = meanOf(data, [&](Index i) { return data.labels[std::size_t(i)] == k ? 1.0 : 0.0; });
  EXPECT_NEAR(estimate.mean, p, 5 * std::sqrt(p * (1 - p) / double(data.size()))) << "label " << k;
}

Index countLabel(const DataSet& data, int k) {
  return std::count(data.labels.begin(), data.labels.end(), k);
}

TEST(EightGaussians, MomentsAndComponentsFollowTheRecipe) {
  const DataSet data = testing::sampleOf("8gaussians", kSeed2d);
  const double divisor = 1.414, sigma = 0.5 / divisor;
  expectMean(meanOf(data, coordinate(data, 0)), 0, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
  // E|x|² = E|c + 0.5ξ|² / 1.414² = (4² + 2·0.5²) / 1.414².
  expectMean(meanOf(data, squaredNorm(data)), (16 + 2 * 0.25) / (divisor * divisor), "E|x|^2");
  for (int k = 0; k < 8; ++k) {
    expectLabelFraction(data, k, 1.0 / 8);
    const double cx = 4 * std::cos(k * kPi / 4) / divisor, cy = 4 * std::sin(k * kPi / 4) / divisor;
    expectMean(meanOf(data, coordinate(data, 0), withLabel(data, k)), cx,
               "centre x of gaussian " + std::to_string(k));
    expectMean(meanOf(data, coordinate(data, 1), withLabel(data, k)), cy,
               "centre y of gaussian " + std::to_string(k));
    // Each component's E|x − μ|² = 2σ².
    const auto spread = meanOf(
        data,
        [&](Index i) { return std::pow(data.points(0, i) - cx, 2) + std::pow(data.points(1, i) - cy, 2); },
        withLabel(data, k));
    expectMean(spread, 2 * sigma * sigma, "spread of gaussian " + std::to_string(k));
  }
}

TEST(ThreeBlobs, ThreeEqualClassesAroundTheirCentres) {
  const DataSet data = testing::sampleOf("three-blobs", kSeed2d);
  ASSERT_EQ(data.labelCount(), 3);
  const double sigma = 0.5;
  // The centres 2·(cos θ, sin θ) at 90°, 210°, 330° sum to zero: the data's mean is the origin, and
  // E|x|² = 2² + 2σ².
  expectMean(meanOf(data, coordinate(data, 0)), 0, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
  expectMean(meanOf(data, squaredNorm(data)), 4 + 2 * sigma * sigma, "E|x|^2");
  for (int k = 0; k < 3; ++k) {
    expectLabelFraction(data, k, 1.0 / 3);
    const double angle = kPi / 2 + 2 * kPi / 3 * k;
    const double cx = 2 * std::cos(angle), cy = 2 * std::sin(angle);
    expectMean(meanOf(data, coordinate(data, 0), withLabel(data, k)), cx,
               "centre x of class " + std::to_string(k));
    expectMean(meanOf(data, coordinate(data, 1), withLabel(data, k)), cy,
               "centre y of class " + std::to_string(k));
    const auto spread = meanOf(
        data,
        [&](Index i) { return std::pow(data.points(0, i) - cx, 2) + std::pow(data.points(1, i) - cy, 2); },
        withLabel(data, k));
    expectMean(spread, 2 * sigma * sigma, "spread of class " + std::to_string(k));
  }
}

TEST(Moons, EachMoonIsAHalfCircleOfRadiusTwoAroundItsCentre) {
  const DataSet data = testing::sampleOf("moons", kSeed2d);
  ASSERT_EQ(countLabel(data, 0), kSampleSize / 2);
  ASSERT_EQ(countLabel(data, 1), kSampleSize - kSampleSize / 2);
  // Outer moon (cos θ, sin θ), θ ∈ [0, π], then ×2 + (−1, −0.2): centre (−1, −0.2), mean y = 2·(2/π) − 0.2.
  // Inner moon (1 − cos θ, 0.5 − sin θ) ×2 + (−1, −0.2): centre (1, 0.8), mean y = 0.8 − 4/π.
  // Around its centre each point is 2·(unit vector + 0.1ξ): E|x − c|² = 4 + 2·0.2². The even θ spacing moves
  // the mean by O(1/n) ≪ one standard error.
  const double cx[2] = {-1, 1}, cy[2] = {-0.2, 0.8}, meanY[2] = {4 / kPi - 0.2, 0.8 - 4 / kPi};
  for (int k = 0; k < 2; ++k) {
    expectMean(meanOf(data, coordinate(data, 0), withLabel(data, k)), cx[k], "moon mean x");
    expectMean(meanOf(data, coordinate(data, 1), withLabel(data, k)), meanY[k], "moon mean y");
    const auto radius = meanOf(
        data,
        [&](Index i) {
          return std::pow(data.points(0, i) - cx[k], 2) + std::pow(data.points(1, i) - cy[k], 2);
        },
        withLabel(data, k));
    expectMean(radius, 4 + 2 * 0.04, "moon E|x - c|^2");
  }
  expectMean(meanOf(data, coordinate(data, 1)), 0.3, "mean y of both moons");
}

TEST(SwissRoll, MomentsMatchTheSpiralIntegrals) {
  const DataSet data = testing::sampleOf("swissroll", kSeed2d);
  // t ~ U(1.5π, 4.5π): E[t cos t] = [t sin t + cos t]/(3π) = 6π/(3π) = 2, E[t sin t] = [−t cos t + sin
  // t]/(3π) = 2/(3π), E[t²] = ((4.5π)³ − (1.5π)³)/(3·3π) = 9.75π²; then ÷5 with noise 1 per coordinate.
  expectMean(meanOf(data, coordinate(data, 0)), 2.0 / 5, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 2.0 / (3 * kPi) / 5, "mean y");
  expectMean(meanOf(data, squaredNorm(data)), (9.75 * kPi * kPi + 2) / 25, "E|x|^2");
  EXPECT_FALSE(data.hasLabels());
}

TEST(Circles, TwoCirclesOfRadiusThreeAndOneAndAHalf) {
  const DataSet data = testing::sampleOf("circles", kSeed2d);
  ASSERT_EQ(countLabel(data, 0), kSampleSize / 2);
  // Radii 1 and 0.5 with noise 0.08, all ×3: E|x|² = (3r)² + 2·(3·0.08)².
  const double noise = 3 * 0.08;
  expectMean(meanOf(data, squaredNorm(data), withLabel(data, 0)), 9 + 2 * noise * noise, "outer E|x|^2");
  expectMean(meanOf(data, squaredNorm(data), withLabel(data, 1)), 2.25 + 2 * noise * noise, "inner E|x|^2");
  expectMean(meanOf(data, coordinate(data, 0)), 0, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
}

TEST(Rings, FourEqualRingsWithTheirRadii) {
  const Index n = 20003;
  const DataSet data = testing::sampleOf("rings", kSeed2d, std::nullopt, n);
  const double radii[4] = {3, 2.25, 1.5, 0.75};
  for (int k = 0; k < 4; ++k) {
    EXPECT_EQ(countLabel(data, k), k < 3 ? n / 4 : n - 3 * (n / 4)) << "ring " << k;
    // E|r·u + 0.08ξ|² = r² + 2·0.08².
    expectMean(meanOf(data, squaredNorm(data), withLabel(data, k)), radii[k] * radii[k] + 2 * 0.0064,
               "E|x|^2 of ring " + std::to_string(k));
  }
  expectMean(meanOf(data, coordinate(data, 0)), 0, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
}

TEST(Checkerboard, UniformOnTheEightBlackSquares) {
  const DataSet data = testing::sampleOf("checkerboard", kSeed2d);
  int squares[4][4] = {};
  for (Index i = 0; i < data.size(); ++i) {
    const float x = data.points(0, i), y = data.points(1, i);
    ASSERT_TRUE(x >= -4 && x < 4 && y >= -4 && y < 4) << x << ", " << y;
    const int column = int(std::floor(x / 2)), row = int(std::floor(y / 2));
    ASSERT_EQ((column + row + 4) % 2, 0) << "point " << x << ", " << y << " on a white square";
    ++squares[column + 2][row + 2];
  }
  // Each black square holds 1/8 of the points: binomial standard error √(p(1−p)/n).
  const double p = 1.0 / 8, tolerance = 5 * std::sqrt(p * (1 - p) / double(kSampleSize));
  for (auto& column : squares) {
    for (const int count : column) {
      if (count > 0) {
        EXPECT_NEAR(double(count) / kSampleSize, p, tolerance);
      }
    }
  }
  // x ~ U(−4, 4): E[x²] = 16/3; the optional jitter adds its variance.
  expectMean(meanOf(data, coordinate(data, 0)), 0, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
  const DataSet jittered = testing::sampleOf("checkerboard", kSeed2d, 0.3);
  expectMean(meanOf(jittered, [&](Index i) { return double(jittered.points(1, i) * jittered.points(1, i)); }),
             16.0 / 3 + 0.09, "E[y^2] with jitter 0.3");
}

TEST(Pinwheel, FiveArmsThatAreRotatedCopiesOfOne) {
  const Index n = 20003;
  const DataSet data = testing::sampleOf("pinwheel", kSeed2d, std::nullopt, n);
  for (int k = 0; k < 5; ++k)
    EXPECT_EQ(countLabel(data, k), n / 5 + (k < n % 5 ? 1 : 0)) << "arm " << k;
  // |x|² = 4(f₀² + f₁²): E = 4(1 + 0.3² + 0.1²).
  expectMean(meanOf(data, squaredNorm(data)), 4 * (1 + 0.09 + 0.01), "E|x|^2");
  // Arm 0's mean, E[2 f₀ cos a], E[−2 f₀ sin a] with a = 0.25·exp(f₀), f₀ ~ N(1, 0.3²), by quadrature over
  // f₀.
  double meanX = 0, meanY = 0;
  const int steps = 4000;
  for (int s = 0; s <= steps; ++s) {
    const double f = 1 - 8 * 0.3 + 16 * 0.3 * s / steps, weight = 16 * 0.3 / steps;
    const double density = std::exp(-0.5 * std::pow((f - 1) / 0.3, 2)) / (0.3 * std::sqrt(2 * kPi));
    const double a = 0.25 * std::exp(f);
    meanX += weight * density * 2 * f * std::cos(a);
    meanY += weight * density * -2 * f * std::sin(a);
  }
  // Arm k is arm 0 turned by −2πk/5: turning it back by +2πk/5 must give arm 0's mean.
  for (int k = 0; k < 5; ++k) {
    const double c = std::cos(2 * kPi * k / 5), s = std::sin(2 * kPi * k / 5);
    const auto x = meanOf(
        data, [&](Index i) { return c * data.points(0, i) - s * data.points(1, i); }, withLabel(data, k));
    const auto y = meanOf(
        data, [&](Index i) { return s * data.points(0, i) + c * data.points(1, i); }, withLabel(data, k));
    expectMean(x, meanX, "arm " + std::to_string(k) + " turned back, mean x");
    expectMean(y, meanY, "arm " + std::to_string(k) + " turned back, mean y");
  }
}

TEST(TwoSpirals, SecondArmMirrorsTheFirst) {
  const DataSet data = testing::sampleOf("2spirals", kSeed2d);
  ASSERT_EQ(countLabel(data, 1), kSampleSize / 2);
  // s = 3π√u has density 2s/(9π²) on [0, 3π]: E[s²] = 4.5π², E[−s cos s] = 4/(3π), E[s sin s] = 2 − 8/(9π²);
  // 0.5·U(0,1) adds mean 0.25 and E[(0.5u)²] = 1/12 per coordinate.
  const double ex = 4 / (3 * kPi) + 0.25, ey = 2 - 8 / (9 * kPi * kPi) + 0.25;
  expectMean(meanOf(data, coordinate(data, 0), withLabel(data, 0)), ex / 3, "arm 1 mean x");
  expectMean(meanOf(data, coordinate(data, 1), withLabel(data, 0)), ey / 3, "arm 1 mean y");
  expectMean(meanOf(data, coordinate(data, 0), withLabel(data, 1)), -ex / 3, "arm 2 mean x");
  expectMean(meanOf(data, coordinate(data, 1), withLabel(data, 1)), -ey / 3, "arm 2 mean y");
  const double armSquare =
      4.5 * kPi * kPi + 2.0 / 12 + 2 * 0.25 * (4 / (3 * kPi)) + 2 * 0.25 * (2 - 8 / (9 * kPi * kPi));
  expectMean(meanOf(data, squaredNorm(data)), armSquare / 9 + 2 * 0.01, "E|x|^2");

  // Without noise the second arm is exactly the negated first arm (toy_data.py stacks d1 and −d1).
  const DataSet clean = testing::sampleOf("2spirals", kSeed2d, 0.0, 1000);
  std::vector<std::pair<float, float>> first, negatedSecond;
  for (Index i = 0; i < clean.size(); ++i) {
    if (clean.labels[std::size_t(i)] == 0)
      first.emplace_back(clean.points(0, i), clean.points(1, i));
    else
      negatedSecond.emplace_back(-clean.points(0, i), -clean.points(1, i));
  }
  std::sort(first.begin(), first.end());
  std::sort(negatedSecond.begin(), negatedSecond.end());
  EXPECT_EQ(first, negatedSecond);
}

}  // namespace
}  // namespace ebm
