// The step kernels one by one: langevinStep keeps its meaning for trainers, ulaStep agrees with it and
// caches the new energies, clipping bounds the drift, HMC's acceptance tends to 1 as ε → 0.
#include <gtest/gtest.h>

#include "core/random.h"
#include "sampling/gaussian_noise.h"
#include "sampling/hmc.h"
#include "sampling/langevin.h"
#include "sampling/mala.h"
#include "test_energies.h"

namespace ebm {
namespace {

Points startingPoints(Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(2, n);
  random.fillNormal(x);
  return x;
}

TEST(Kernels, LangevinStepMovesDownhillWithNoiseAndReportsEnergiesBeforeTheMove) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  const Index n = 64;
  Points x = startingPoints(n, 1);
  const Points start = x;
  LangevinSettings settings;
  settings.stepSize = 0.02;
  settings.temperature = 0.5;
  Vector energies(n);
  Points gradients(2, n);
  Random random(7), replay(7);
  langevinStep(energy, x, settings, random, energies, gradients);
  Vector before(n);
  Points gradientsBefore(2, n), xi(2, n);
  energy.evaluateWithGradient(start, before, gradientsBefore);
  fillStandardNormal(replay, xi.data(), xi.size());  // the noise is drawn particle by particle, x₁ then x₂
  EXPECT_TRUE(energies == before);
  for (Index i = 0; i < n; ++i) {
    for (Index r = 0; r < 2; ++r) {
      const double expected =
          start(r, i) - 0.5 * 0.02 / 0.5 * gradientsBefore(r, i) + std::sqrt(0.02) * xi(r, i);
      EXPECT_NEAR(x(r, i), expected, 1e-5);
    }
  }
}

TEST(Kernels, UlaStepAgreesWithLangevinStepAndCachesTheNewEnergies) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  const Index n = 50;
  Points a = startingPoints(n, 2), b = a;
  Vector scratchEnergies(n), energies(n);
  Points scratchGradients(2, n), gradients(2, n);
  LangevinSettings settings;
  settings.walls = Walls::Reflecting;
  settings.box = Box::centered(2, 1.0);
  settings.stepSize = 0.3;
  Random r1(5), r2(5);
  langevinStep(energy, a, settings, r1, scratchEnergies, scratchGradients);
  energy.evaluateWithGradient(b, energies, gradients);
  EXPECT_EQ(ulaStep(energy, {b, energies, gradients}, settings, r2), n);
  EXPECT_TRUE(a == b);
  EXPECT_TRUE(energies == energy.energies(b));
  for (Index i = 0; i < n; ++i)
    EXPECT_TRUE(settings.box.contains(&b(0, i)));
}

TEST(Kernels, GradientClippingBoundsTheDrift) {
  // A steep quartic: gradients in the thousands at x₁ = ±3.
  const testing::TiltedDoubleWell energy(2, 50.0, 0.0);
  Points x(2, 1);
  x << 3.0f, 0.0f;
  LangevinSettings settings;
  settings.stepSize = 1e-4;
  settings.gradientClip = 2.0;
  Vector e(1);
  Points g(2, 1);
  Random random(1), replay(1);
  langevinStep(energy, x, settings, random, e, g);
  float xi[2];
  fillStandardNormal(replay, xi, 2);
  const double noise = std::sqrt(1e-4) * xi[0];
  EXPECT_NEAR(x(0, 0), 3.0 - 0.5 * 1e-4 * 2.0 + noise, 1e-6);
}

TEST(Kernels, HmcAndMalaAcceptanceTendsToOneAsTheStepShrinks) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  const Index n = 2000;
  for (double stepSize : {0.2, 0.02}) {
    Points x = startingPoints(n, 3);
    Vector energies(n);
    Points gradients(2, n);
    energy.evaluateWithGradient(x, energies, gradients);
    SamplerScratch scratch;
    scratch.reserve(2, n);
    LangevinSettings settings;
    settings.stepSize = stepSize;
    Random random(9);
    const double hmc = double(hmcStep(energy, {x, energies, gradients}, settings, 5, random, scratch)) / n;
    const double mala = double(malaStep(energy, {x, energies, gradients}, settings, random, scratch)) / n;
    // The leapfrog energy error is O(ε²) per trajectory and MALA's log-ratio O(ε^{3/2}): small ε accepts
    // almost everything, a larger one visibly less.
    if (stepSize < 0.1) {
      EXPECT_GT(hmc, 0.99);
      EXPECT_GT(mala, 0.99);
    } else {
      EXPECT_LT(hmc, 0.99);
      EXPECT_LT(mala, 0.99);
    }
    EXPECT_TRUE(energies == energy.energies(x)) << "the cache follows the accepted moves";
  }
}

}  // namespace
}  // namespace ebm
