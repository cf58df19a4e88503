// The 3D recipes against their geometry (without noise) and their closed-form moments (with it).
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

constexpr std::uint64_t kSeed3d = 99;
using testing::kPi;
using testing::kSampleSize;

// Float coordinates of size ~2 carry ~2e-7 absolute rounding: geometry holds to 1e-5.
constexpr double kOnShape = 1e-5;

TEST(Helix, TwoUnitTurnsFromMinusOneToOne) {
  const DataSet clean = testing::sampleOf("helix", kSeed3d, 0.0, 2000);
  for (Index i = 0; i < clean.size(); ++i) {
    const Eigen::Vector3d x = clean.points.col(i).cast<double>();
    ASSERT_NEAR(x.head<2>().norm(), 1, kOnShape);
    // z = t/(2π) − 1 with t the angle unwrapped: the angle of (x, y) agrees with 2π(z + 1) modulo 2π.
    const double angle = std::atan2(x.y(), x.x()), t = 2 * kPi * (x.z() + 1);
    ASSERT_NEAR(std::remainder(angle - t, 2 * kPi), 0, 1e-4);
    ASSERT_TRUE(x.z() >= -1 && x.z() <= 1);
  }
  const DataSet data = testing::sampleOf("helix", kSeed3d);
  // t ~ U(0, 4π): E[cos t] = E[sin t] = 0, E[z] = 0, E[z²] = 1/3; noise 0.05 adds 0.05² per coordinate.
  for (int axis = 0; axis < 3; ++axis)
    expectMean(meanOf(data, coordinate(data, axis)), 0, "mean of axis " + std::to_string(axis));
  expectMean(meanOf(data, [&](Index i) { return std::pow(data.points(2, i), 2); }), 1.0 / 3 + 0.0025,
             "E[z^2]");
  expectMean(
      meanOf(data, [&](Index i) { return std::pow(data.points(0, i), 2) + std::pow(data.points(1, i), 2); }),
      1 + 2 * 0.0025, "E[x^2 + y^2]");
}

TEST(Torus, PointsLieOnTheTorusUniformlyInArea) {
  const double R = 1.5, r = 0.5;
  const DataSet clean = testing::sampleOf("torus", kSeed3d, 0.0);
  for (Index i = 0; i < clean.size(); ++i) {
    const Eigen::Vector3d x = clean.points.col(i).cast<double>();
    ASSERT_NEAR(std::hypot(x.head<2>().norm() - R, x.z()), r, kOnShape);
  }
  // Uniform in area, φ has density ∝ R + r cos φ: E[cos φ] = r/(2R), so E[ρ] = R + r²/(2R) (R alone if
  // uniform in φ).
  const auto rho = meanOf(clean, [&](Index i) { return double(clean.points.col(i).head<2>().norm()); });
  expectMean(rho, R + r * r / (2 * R), "mean distance from the axis");
  EXPECT_GT(std::abs(rho.mean - R), 10 * rho.standardError) << "the area weighting is visible at this n";
  for (int axis = 0; axis < 3; ++axis)
    expectMean(meanOf(clean, coordinate(clean, axis)), 0, "mean of axis " + std::to_string(axis));
}

TEST(SwissRoll3d, MomentsOfTheRolledSheet) {
  const DataSet data = testing::sampleOf("swissroll3d", kSeed3d);
  // As the 2D roll (E[t cos t] = 2, E[t sin t] = 2/(3π)), with the height h − 10.5, h ~ U(0, 21): var 21²/12.
  expectMean(meanOf(data, coordinate(data, 0)), 2.0 / 5, "mean x");
  expectMean(meanOf(data, coordinate(data, 1)), 0, "mean y");
  expectMean(meanOf(data, coordinate(data, 2)), 2.0 / (3 * kPi) / 5, "mean z");
  expectMean(meanOf(data, [&](Index i) { return std::pow(data.points(1, i), 2); }), (21.0 * 21 / 12 + 1) / 25,
             "E[y^2]");
}

TEST(Gaussians3d, EightClustersOnTheCubeCorners) {
  const DataSet data = testing::sampleOf("gaussians3d", kSeed3d);
  expectMean(meanOf(data, squaredNorm(data)), 3 * 1.5 * 1.5 + 3 * 0.09, "E|x|^2");
  for (int k = 0; k < 8; ++k) {
    const auto fraction = meanOf(data, [&](Index i) { return data.labels[std::size_t(i)] == k ? 1.0 : 0.0; });
    EXPECT_NEAR(fraction.mean, 1.0 / 8, 5 * std::sqrt(7.0 / 64 / kSampleSize));
    for (int axis = 0; axis < 3; ++axis) {
      const double centre = (k >> axis) & 1 ? 1.5 : -1.5;
      expectMean(meanOf(data, coordinate(data, axis), withLabel(data, k)), centre,
                 data.labelNames[std::size_t(k)]);
    }
  }
}

TEST(Sphere, ShellOfRadiusTwoWithUniformDirections) {
  const DataSet clean = testing::sampleOf("sphere", kSeed3d, 0.0);
  for (Index i = 0; i < clean.size(); ++i)
    ASSERT_NEAR(clean.points.col(i).cast<double>().norm(), 2, kOnShape);
  // A uniform direction has E[uᵢ] = 0 and E[uᵢ²] = 1/3.
  for (int axis = 0; axis < 3; ++axis) {
    expectMean(meanOf(clean, coordinate(clean, axis)), 0, "mean of axis " + std::to_string(axis));
    expectMean(meanOf(clean, [&](Index i) { return std::pow(clean.points(axis, i), 2); }), 4.0 / 3,
               "E[x_i^2] on the shell");
  }
  const DataSet data = testing::sampleOf("sphere", kSeed3d);
  expectMean(meanOf(data, squaredNorm(data)), 4 + 3 * 0.01, "E|x|^2 with noise 0.1");
}

TEST(InterlockedRings, TwoLinkedCirclesEachThroughTheOthersCentre) {
  const DataSet clean = testing::sampleOf("interlocked_rings", kSeed3d, 0.0, 2001);
  EXPECT_EQ(std::count(clean.labels.begin(), clean.labels.end(), 0), 1001);
  for (Index i = 0; i < clean.size(); ++i) {
    const Eigen::Vector3d x = clean.points.col(i).cast<double>();
    if (clean.labels[std::size_t(i)] == 0) {
      ASSERT_EQ(x.z(), 0);
      ASSERT_NEAR(std::hypot(x.x() + 0.75, x.y()), 1.5, kOnShape);
    } else {
      ASSERT_EQ(x.y(), 0);
      ASSERT_NEAR(std::hypot(x.x() - 0.75, x.z()), 1.5, kOnShape);
    }
  }
  const DataSet data = testing::sampleOf("interlocked_rings", kSeed3d);
  // Around its centre a ring point is R·u + σξ in 3D: E|x − c|² = R² + 3σ².
  for (int k = 0; k < 2; ++k) {
    const double cx = k == 0 ? -0.75 : 0.75;
    const auto spread = meanOf(
        data,
        [&](Index i) {
          return (data.points.col(i).cast<double>() - Eigen::Vector3d(cx, 0, 0)).squaredNorm();
        },
        withLabel(data, k));
    expectMean(spread, 1.5 * 1.5 + 3 * 0.01, "E|x - c|^2 of ring " + std::to_string(k));
  }
}

}  // namespace
}  // namespace ebm
