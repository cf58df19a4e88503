// The sum (product of experts): term-by-term addition, its gradient, and Gaussians adding precisions.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "energy/analytic/funnel.h"
#include "energy/composition/sum_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(SumEnergy, IsTheTermsAddedInOrder) {
  const auto a = doubleWell(), b = ring(), c = gaussianEnergy(gaussianA());
  const SumEnergy sum({a, b, c});
  const Points x = uniformPoints(2, 300, -3, 3, 1);
  const Vector e = sum.energies(x), ea = a->energies(x), eb = b->energies(x), ec = c->energies(x);
  for (Index i = 0; i < x.cols(); ++i)
    EXPECT_EQ(e[i], (ea[i] + eb[i]) + ec[i]);
  expectConsistentBatches(sum, x);
  expectGradientMatchesDifferences(sum, x);
}

TEST(SumEnergy, OfTwoGaussiansIsTheGaussianWithSummedPrecisions) {
  // N_a·N_b ∝ N(μ, Σ) with Σ⁻¹ = Σ_a⁻¹ + Σ_b⁻¹ and μ = Σ(Σ_a⁻¹μ_a + Σ_b⁻¹μ_b): E_a + E_b − E_{μ,Σ} is
  // constant.
  const auto ga = gaussianA(), gb = gaussianB();
  const SumEnergy sum({gaussianEnergy(ga), gaussianEnergy(gb)});
  const Eigen::MatrixXd la = ga.covariance.inverse(), lb = gb.covariance.inverse();
  GaussianComponent product{1.0, Eigen::VectorXd(), (la + lb).inverse()};
  product.mean = product.covariance * (la * ga.mean + lb * gb.mean);
  const Points x = uniformPoints(2, 200, -3, 3, 2);
  const Vector e = sum.energies(x);
  double lowest = 1e300, highest = -1e300;
  for (Index i = 0; i < x.cols(); ++i) {
    const double gap = double(e[i]) - gaussianEnergyAt(product, x.col(i).cast<double>());
    lowest = std::min(lowest, gap);
    highest = std::max(highest, gap);
  }
  EXPECT_LT(highest - lowest, 1e-4 * std::max(1.0, std::abs(lowest)));
}

TEST(SumEnergy, RefusesNoTermsAndMixedDimensions) {
  EXPECT_THROW(SumEnergy({}), ArgumentError);
  EXPECT_THROW(SumEnergy({ring(), nullptr}), ArgumentError);
  EXPECT_THROW(SumEnergy({ring(), std::make_shared<FunnelEnergy>(FunnelParameters{3, 1.0})}), ArgumentError);
}

}  // namespace
}  // namespace ebm
