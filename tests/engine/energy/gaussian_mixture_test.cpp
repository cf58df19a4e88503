// The Gaussian mixture energy against its closed form and its gradient against finite differences.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "core/random.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

GaussianMixtureEnergy threeComponents() {
  Eigen::Matrix2d c1, c2, c3;
  c1 << 0.55, 0.25, 0.25, 0.45;
  c2 << 0.35, -0.12, -0.12, 0.6;
  c3 << 0.25, 0, 0, 0.25;
  return GaussianMixtureEnergy({{0.45, Eigen::Vector2d(-1.6, -1.0), c1},
                                {0.35, Eigen::Vector2d(1.8, 1.2), c2},
                                {0.2, Eigen::Vector2d(0.8, -2.2), c3}});
}

// −log Σ wₖ N(x; μₖ, Σₖ), written out independently of the implementation.
double closedForm(const GaussianMixtureEnergy& energy, const Eigen::Vector2d& x) {
  double density = 0, totalWeight = 0;
  for (const auto& c : energy.components())
    totalWeight += c.weight;
  for (const auto& c : energy.components()) {
    const Eigen::Vector2d d = x - c.mean;
    const double quad = d.dot(c.covariance.inverse() * d);
    density += c.weight / totalWeight * std::exp(-0.5 * quad) /
               (2 * std::numbers::pi * std::sqrt(c.covariance.determinant()));
  }
  return -std::log(density);
}

TEST(GaussianMixtureEnergy, MatchesClosedFormAtRandomPoints) {
  const auto energy = threeComponents();
  Random random(7);
  Points x(2, 200);
  for (Index i = 0; i < x.cols(); ++i)
    x.col(i) << float(random.uniform(-4, 4)), float(random.uniform(-4, 4));
  const Vector e = energy.energies(x);
  for (Index i = 0; i < x.cols(); ++i) {
    const double expected = closedForm(energy, x.col(i).cast<double>());
    EXPECT_NEAR(e[i], expected, 1e-5 * std::max(1.0, std::abs(expected))) << "at point " << i;
  }
}

TEST(GaussianMixtureEnergy, GradientMatchesCentralDifferences) {
  const auto energy = threeComponents();
  Random random(11);
  Points x(2, 50);
  for (Index i = 0; i < x.cols(); ++i)
    x.col(i) << float(random.uniform(-3, 3)), float(random.uniform(-3, 3));
  Vector e(x.cols());
  Points grad(2, x.cols());
  energy.evaluateWithGradient(x, e, grad);
  const double h = 1e-4;
  for (Index i = 0; i < x.cols(); ++i) {
    for (int axis = 0; axis < 2; ++axis) {
      Eigen::Vector2d plus = x.col(i).cast<double>(), minus = plus;
      plus[axis] += h;
      minus[axis] -= h;
      const double fd = (closedForm(energy, plus) - closedForm(energy, minus)) / (2 * h);
      EXPECT_NEAR(grad(axis, i), fd, 1e-3 * std::max(1.0, std::abs(fd))) << "point " << i << " axis " << axis;
    }
  }
}

TEST(GaussianMixtureEnergy, RejectsACovarianceThatIsNotPositiveDefinite) {
  Eigen::Matrix2d bad;
  bad << 1, 2, 2, 1;
  EXPECT_THROW(GaussianMixtureEnergy({{1.0, Eigen::Vector2d::Zero(), bad}}), ArgumentError);
  EXPECT_THROW(GaussianMixtureEnergy({}), ArgumentError);
}

}  // namespace
}  // namespace ebm
