// Müller–Brown: the literature's three minima, found by descending its own exact gradient.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/analytic/muller_brown.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(MullerBrownEnergy, GradientMatchesCentralDifferences) {
  const MullerBrownEnergy energy;
  const Points x = testing::uniformPoints(2, 300, -1.5, 1.5, 3);
  expectExactGradient(energy, x);
  expectConsistentBatches(energy, x);
  expectGradientMatchesDifferences(energy, x, 1e-3, 5e-3);
}

TEST(MullerBrownEnergy, VectorizedBatchesAgreeWithTheScalarReferenceWhateverTheirSize) {
  // The batch path uses SIMD exp over blocks of points; a point's value must not depend on its block.
  const MullerBrownEnergy energy(0.05);
  const Points x = uniformPoints(2, 203, -1.5, 1.5, 4);
  const Vector whole = energy.energies(x);
  double unused[2];
  for (Index i = 0; i < x.cols(); ++i) {
    const double p[2] = {x(0, i), x(1, i)};
    const double reference = energy.energyAt<false>(p, unused);
    EXPECT_NEAR(whole[i], reference, 2e-7 * std::abs(reference) + 1e-12) << "point " << i;
    EXPECT_EQ(energy.energies(x.col(i))[0], whole[i]) << "point " << i;
  }
}

struct Minimum {
  double x, y, energy;
};

TEST(MullerBrownEnergy, HasTheLiteraturesThreeMinima) {
  // Gradient descent in double from a point near each published minimum converges to it; the literature
  // gives 3–4 digits.
  const MullerBrownEnergy energy;
  for (const Minimum& m :
       {Minimum{-0.558, 1.442, -146.70}, Minimum{0.623, 0.028, -108.17}, Minimum{-0.050, 0.467, -80.77}}) {
    double x[2] = {m.x + 0.02, m.y - 0.02}, g[2];
    for (int step = 0; step < 20000; ++step) {
      (void)energy.energyAt<true>(x, g);
      x[0] -= 1e-4 * g[0];
      x[1] -= 1e-4 * g[1];
    }
    const double e = energy.energyAt<true>(x, g);
    EXPECT_NEAR(x[0], m.x, 1.5e-3);
    EXPECT_NEAR(x[1], m.y, 1.5e-3);
    EXPECT_NEAR(e, m.energy, 0.02);
    EXPECT_LT(std::hypot(g[0], g[1]), 1e-6);
  }
}

TEST(MullerBrownEnergy, ScaleMultipliesEnergyAndGradient) {
  const MullerBrownEnergy full, scaled(0.05);
  const Points x = uniformPoints(2, 50, -1.5, 1.2, 9);
  Vector e1(50), e2(50);
  Points g1(2, 50), g2(2, 50);
  full.evaluateWithGradient(x, e1, g1);
  scaled.evaluateWithGradient(x, e2, g2);
  for (Index i = 0; i < 50; ++i) {
    EXPECT_NEAR(e2[i], 0.05 * e1[i], 1e-6 * std::abs(e1[i]) + 1e-6);
    EXPECT_NEAR(g2(0, i), 0.05 * g1(0, i), 1e-6 * std::abs(g1(0, i)) + 1e-6);
  }
  EXPECT_THROW(MullerBrownEnergy(0.0), ArgumentError);
}

}  // namespace
}  // namespace ebm
