// The mixture (OR): its log-sum-exp bounds, stability at huge energies, normalization and gradient.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/errors.h"
#include "energy/composition/exact_partition.h"
#include "energy/composition/mixture_energy.h"
#include "energy/composition/temperature_scaled_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(MixtureEnergy, LiesBetweenTheLowestTermAndTheLowestTermMinusItsLogWeight) {
  // min Eₖ ≤ −log Σ wₖe^{−Eₖ} ≤ min (Eₖ − log wₖ). With weights 1 (not normalized) the upper bound would be
  // "OR ≤ min"; with weights that sum to 1 it moves up by −log wₖ.
  const std::vector<EnergyPtr> terms{doubleWell(), ring(), gaussianEnergy(gaussianA())};
  const std::vector<double> weights{0.2, 0.5, 0.3};
  const MixtureEnergy mixture(terms, weights);
  const Points x = uniformPoints(2, 400, -3, 3, 5);
  const Vector e = mixture.energies(x);
  std::vector<Vector> parts;
  for (const auto& t : terms)
    parts.push_back(t->energies(x));
  for (Index i = 0; i < x.cols(); ++i) {
    double lowest = 1e300, bound = 1e300;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      lowest = std::min(lowest, double(parts[k][i]));
      bound = std::min(bound, double(parts[k][i]) - std::log(weights[k]));
    }
    const double slack = 1e-6 * std::max(1.0, std::abs(lowest));
    EXPECT_GE(e[i], lowest - slack) << "point " << i;
    EXPECT_LE(e[i], bound + slack) << "point " << i;
  }
}

TEST(MixtureEnergy, AtWeightOneIsExactlyItsFirstTerm) {
  const auto first = ring(), second = mullerBrown(1.0);
  const Points x = uniformPoints(2, 100, -2, 2, 6);
  const Vector expected = first->energies(x), e = MixtureEnergy(first, second, 1.0).energies(x);
  for (Index i = 0; i < x.cols(); ++i)
    EXPECT_EQ(e[i], expected[i]);
}

TEST(MixtureEnergy, StaysAccurateWhereTheTermsAreHuge) {
  // At T = 1e-4 the terms reach 1e5 and e^{−E} underflows in any precision; the log-sum-exp does not care.
  const auto cold = [](const GaussianComponent& g) {
    return std::make_shared<TemperatureScaledEnergy>(gaussianEnergy(g), 1e-4);
  };
  const auto a = cold(gaussianA()), b = cold(gaussianB());
  const MixtureEnergy mixture(a, b, 0.3);
  const Points x = uniformPoints(2, 200, -3, 3, 7);
  const Vector e = mixture.energies(x), ea = a->energies(x), eb = b->energies(x);
  for (Index i = 0; i < x.cols(); ++i) {
    ASSERT_TRUE(std::isfinite(e[i]));
    const double m = std::min(double(ea[i]), double(eb[i]));
    const double expected = m - std::log(0.3 * std::exp(m - ea[i]) + 0.7 * std::exp(m - eb[i]));
    EXPECT_NEAR(e[i], expected, 1e-6 * std::abs(expected) + 1e-5);
  }
}

TEST(MixtureEnergy, IsInfiniteWhereEveryTermIs) {
  Points far(2, 1);
  far << 12.0f, 12.0f;  // Müller–Brown overflows float there
  const MixtureEnergy mixture(mullerBrown(1.0), mullerBrown(0.5), 0.5);
  EXPECT_EQ(mixture.energies(far)[0], std::numeric_limits<float>::infinity());
}

TEST(MixtureEnergy, OfNormalizedDensitiesIsNormalized) {
  const MixtureEnergy mixture(gaussianEnergy(gaussianA()), gaussianEnergy(gaussianB()), 0.35);
  EXPECT_EQ(exactLogPartition(mixture), std::optional<double>(0.0));
  EXPECT_NEAR(logRiemannSum(mixture, Lattice::over(Box::centered(2, 7.0), 701)), 0.0, 1e-6);
  EXPECT_FALSE(exactLogPartition(mixture, 2.0).has_value());  // no closed form at T ≠ 1
}

TEST(MixtureEnergy, GradientIsTheResponsibilityWeightedAverage) {
  const MixtureEnergy mixture({doubleWell(), ring(), mullerBrown()}, {1, 2, 1});
  const Points x = uniformPoints(2, 300, -2, 2, 8);
  expectConsistentBatches(mixture, x);
  expectGradientMatchesDifferences(mixture, x);
}

TEST(MixtureEnergy, RefusesBadWeights) {
  EXPECT_THROW(MixtureEnergy({ring(), doubleWell()}, {1.0}), ArgumentError);
  EXPECT_THROW(MixtureEnergy({ring(), doubleWell()}, {1.0, -1.0}), ArgumentError);
  EXPECT_THROW(MixtureEnergy({ring(), doubleWell()}, {0.0, 0.0}), ArgumentError);
  EXPECT_THROW(MixtureEnergy(ring(), doubleWell(), 1.2), ArgumentError);
  EXPECT_NEAR(MixtureEnergy({ring(), doubleWell()}, {1.0, 3.0}).weights()[1], 0.75, 1e-15);
}

}  // namespace
}  // namespace ebm
