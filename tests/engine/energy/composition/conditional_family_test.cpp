// Conditional families E(x | y): one energy per label, blends between labels, Gaussian classes blend
// precisions.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/conditional_family.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

ConditionalFamily threeClasses() {
  return ConditionalFamily(
      {{"cat", gaussianEnergy(gaussianA())}, {"dog", gaussianEnergy(gaussianB())}, {"ring", ring()}});
}

TEST(ConditionalFamily, GivenALabelIsExactlyThatClassesEnergy) {
  const auto family = threeClasses();
  const Points x = uniformPoints(2, 200, -3, 3, 12);
  for (const auto& member : family.members()) {
    const Vector e = family.given(member.label)->energies(x), expected = member.energy->energies(x);
    EXPECT_TRUE(e == expected) << member.label;
  }
  EXPECT_EQ(family.given("dog")->describe(), "E(x | dog)");
}

TEST(ConditionalFamily, BetweenTwoLabelsIsTheirBlend) {
  const auto family = threeClasses();
  const Points x = uniformPoints(2, 200, -3, 3, 13);
  const auto between = family.between("cat", "ring", 0.3);
  const Vector e = between->energies(x);
  const Vector expected =
      BlendEnergy(family.members()[0].energy, family.members()[2].energy, 0.3).energies(x);
  EXPECT_TRUE(e == expected);
  expectGradientMatchesDifferences(*between, x);
  EXPECT_EQ(between->describe(), "E(x | 0.3·cat + 0.7·ring)");
}

TEST(ConditionalFamily, InterpolatingGaussianClassesBlendsTheirPrecisions) {
  const auto family = threeClasses();
  const auto a = gaussianA(), b = gaussianB();
  for (double alpha : {0.0, 0.25, 0.6, 1.0}) {
    const auto blended = family.blendedGaussian("cat", "dog", alpha);
    ASSERT_TRUE(blended.has_value());
    const Eigen::MatrixXd expectedPrecision =
        alpha * a.covariance.inverse() + (1 - alpha) * b.covariance.inverse();
    EXPECT_TRUE(blended->covariance.inverse().isApprox(expectedPrecision, 1e-12)) << "α = " << alpha;
    // α E(x|cat) + (1 − α) E(x|dog) − E_blended(x) is the same at every x.
    const Points x = uniformPoints(2, 100, -3, 3, 14);
    const Vector e = family.between("cat", "dog", alpha)->energies(x);
    double lowest = 1e300, highest = -1e300;
    for (Index i = 0; i < x.cols(); ++i) {
      const double gap = double(e[i]) - gaussianEnergyAt(*blended, x.col(i).cast<double>());
      lowest = std::min(lowest, gap);
      highest = std::max(highest, gap);
    }
    EXPECT_LT(highest - lowest, 5e-5) << "α = " << alpha;
  }
  EXPECT_FALSE(family.blendedGaussian("cat", "ring", 0.5).has_value());
}

TEST(ConditionalFamily, RefusesUnknownAndRepeatedLabels) {
  const auto family = threeClasses();
  EXPECT_THROW((void)family.given("horse"), ArgumentError);
  EXPECT_THROW((void)family.between("cat", "dog", 2.0), ArgumentError);
  EXPECT_THROW(ConditionalFamily({{"a", ring()}, {"a", doubleWell()}}), ArgumentError);
  EXPECT_THROW(ConditionalFamily({}), ArgumentError);
  try {
    (void)family.given("horse");
  } catch (const ArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("\"cat\", \"dog\", \"ring\""), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ebm
