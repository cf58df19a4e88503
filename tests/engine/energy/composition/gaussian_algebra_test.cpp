// Quadratic energies: blending Gaussian energies blends precisions, and linear combinations are exact.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/gaussian_algebra.h"
#include "energy/composition/negation_energy.h"
#include "energy/composition/sum_energy.h"
#include "energy/composition/temperature_scaled_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(GaussianAlgebra, BlendingGaussianEnergiesBlendsPrecisionMatrices) {
  // αE_a + (1 − α)E_b = E_G + const, G with Λ = αΛ_a + (1 − α)Λ_b and μ = Λ⁻¹(αΛ_aμ_a + (1 − α)Λ_bμ_b):
  // checked in double against the closed-form Gaussian energies.
  const auto a = gaussianA(), b = gaussianB();
  const Eigen::MatrixXd la = a.covariance.inverse(), lb = b.covariance.inverse();
  const Points x = uniformPoints(2, 100, -4, 4, 15);
  for (double alpha : {0.0, 0.3, 0.5, 0.9, 1.0}) {
    const GaussianComponent g = blendGaussians(a, b, alpha);
    const Eigen::MatrixXd precision = alpha * la + (1 - alpha) * lb;
    const Eigen::VectorXd mean = precision.inverse() * (alpha * la * a.mean + (1 - alpha) * lb * b.mean);
    EXPECT_TRUE(g.covariance.inverse().isApprox(precision, 1e-12));
    EXPECT_TRUE(g.mean.isApprox(mean, 1e-12));
    double first = 0;
    for (Index i = 0; i < x.cols(); ++i) {
      const Eigen::VectorXd p = x.col(i).cast<double>();
      const double gap =
          alpha * gaussianEnergyAt(a, p) + (1 - alpha) * gaussianEnergyAt(b, p) - gaussianEnergyAt(g, p);
      if (i == 0) first = gap;
      EXPECT_NEAR(gap, first, 1e-10) << "α = " << alpha << ", point " << i;
    }
  }
  EXPECT_THROW((void)blendGaussians(a, b, 1.5), ArgumentError);
}

TEST(GaussianAlgebra, LinearCombinationKeepsTheExactOffset) {
  const auto a = gaussianA(), b = gaussianB();
  const QuadraticEnergy parts[2] = {quadraticEnergyOf(a), quadraticEnergyOf(b)};
  for (const auto& c : {std::array<double, 2>{1, 1}, {0.3, 0.7}, {1, -0.2}, {2.5, 0}}) {
    const QuadraticEnergy q = linearCombination(parts, c);
    const Points x = uniformPoints(2, 50, -4, 4, 16);
    for (Index i = 0; i < x.cols(); ++i) {
      const Eigen::VectorXd p = x.col(i).cast<double>();
      const double expected = c[0] * gaussianEnergyAt(a, p) + c[1] * gaussianEnergyAt(b, p);
      EXPECT_NEAR(q.at(p), expected, 1e-10 * std::max(1.0, std::abs(expected)));
    }
  }
  const double opposite[2] = {1, -1};
  const QuadraticEnergy same[2] = {parts[0], parts[0]};
  EXPECT_THROW((void)linearCombination(same, opposite), NumericError);  // Λ = 0: flat everywhere
}

TEST(GaussianAlgebra, QuadraticFormOfACompositeFollowsItsCoefficients) {
  const auto ea = gaussianEnergy(gaussianA()), eb = gaussianEnergy(gaussianB());
  const auto composite = std::make_shared<SumEnergy>(std::vector<EnergyPtr>{
      std::make_shared<BlendEnergy>(ea, eb, 0.4), std::make_shared<TemperatureScaledEnergy>(eb, 2.0),
      std::make_shared<NegationEnergy>(ea, eb, 0.1)});
  const auto q = quadraticEnergyOf(*composite);
  ASSERT_TRUE(q.has_value());
  const Points x = uniformPoints(2, 100, -3, 3, 17);
  const Vector e = composite->energies(x);
  for (Index i = 0; i < x.cols(); ++i)
    EXPECT_NEAR(e[i], q->at(x.col(i).cast<double>()), 2e-6 * std::max(1.0, std::abs(double(e[i]))));
  EXPECT_FALSE(quadraticEnergyOf(*ring()).has_value());
  EXPECT_FALSE(quadraticEnergyOf(BlendEnergy(ea, ring(), 0.5)).has_value());
}

TEST(GaussianAlgebra, LogPartitionOfAQuadraticEnergyNeedsAPositivePrecision) {
  const QuadraticEnergy g = quadraticEnergyOf(gaussianA());
  EXPECT_NEAR(*g.logPartition(1.0), 0.0, 1e-12);  // a normalized Gaussian
  EXPECT_NEAR(*g.logPartition(3.0),
              -g.offset / 3.0 + 0.5 * 2 * std::log(2 * std::numbers::pi * 3.0) +
                  0.5 * std::log(gaussianA().covariance.determinant()),
              1e-12);
  QuadraticEnergy saddle = g;
  saddle.precision(1, 1) = -1;
  EXPECT_FALSE(saddle.logPartition().has_value());
  EXPECT_THROW((void)saddle.gaussian(), NumericError);
}

}  // namespace
}  // namespace ebm
