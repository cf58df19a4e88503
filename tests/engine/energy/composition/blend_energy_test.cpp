// The blend αE₁ + (1 − α)E₂: exactly its parts at α ∈ {0, 1}, linear in between, with the blended gradient.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/composition/blend_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(BlendEnergy, AtAlphaZeroAndOneIsExactlyOneOfItsParts) {
  const auto first = mullerBrown(1.0), second = ring();
  Points x = uniformPoints(2, 200, -2, 2, 3);
  x.col(0) << 12.0f, 12.0f;  // Müller–Brown overflows float there: its +∞ must not leak into α = 0 as NaN
  const Vector e1 = first->energies(x), e2 = second->energies(x);
  ASSERT_TRUE(std::isinf(e1[0]));
  const Vector atOne = BlendEnergy(first, second, 1.0).energies(x);
  const Vector atZero = BlendEnergy(first, second, 0.0).energies(x);
  for (Index i = 0; i < x.cols(); ++i) {
    EXPECT_EQ(atOne[i], e1[i]);
    EXPECT_EQ(atZero[i], e2[i]);
  }
  Vector e(x.cols());
  Points g(2, x.cols()), g2(2, x.cols());
  BlendEnergy(first, second, 0.0).evaluateWithGradient(x, e, g);
  second->evaluateWithGradient(x, e, g2);
  EXPECT_TRUE(g == g2);
}

TEST(BlendEnergy, InBetweenIsTheWeightedSumOfItsParts) {
  const auto first = doubleWell(), second = gaussianEnergy(gaussianB());
  const Points x = uniformPoints(2, 300, -3, 3, 4);
  const Vector e1 = first->energies(x), e2 = second->energies(x);
  for (double alpha : {0.1, 0.5, 0.77}) {
    const BlendEnergy blend(first, second, alpha);
    const Vector e = blend.energies(x);
    for (Index i = 0; i < x.cols(); ++i) {
      const double expected = alpha * e1[i] + (1 - alpha) * e2[i];
      EXPECT_NEAR(e[i], expected, 2e-7 * (std::abs(e1[i]) + std::abs(e2[i])) + 1e-7);
    }
    expectConsistentBatches(blend, x);
    expectGradientMatchesDifferences(blend, x);
  }
}

TEST(BlendEnergy, RefusesAlphaOutsideTheUnitInterval) {
  EXPECT_THROW(BlendEnergy(ring(), doubleWell(), 1.5), ArgumentError);
  EXPECT_THROW(BlendEnergy(ring(), doubleWell(), -0.1), ArgumentError);
  EXPECT_THROW(BlendEnergy(ring(), doubleWell(), std::nan("")), ArgumentError);
}

}  // namespace
}  // namespace ebm
