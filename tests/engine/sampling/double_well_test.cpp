// On an asymmetric double well, the fraction of time MALA and HMC particles spend in each well matches the
// Boltzmann weights computed by quadrature, at two temperatures.
#include <gtest/gtest.h>

#include "analysis/quadrature.h"
#include "chain_statistics.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

using testing::kStandardErrors;

// P_T(x₁ > 0) = Σ over grid nodes with x₁ > 0 of p_T·h² (nodes on x₁ = 0 count half).
double rightWellWeight(const Energy& energy, double temperature) {
  Box box = Box::centered(2, 3.0);
  box.lower[1] = -8.0, box.upper[1] = 8.0;
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(box, 601));
  Vector density(grid.values.size());
  normalizedDensity(grid, temperature, density);
  const Points nodes = grid.lattice.allNodes();
  double right = 0;
  for (Index i = 0; i < nodes.cols(); ++i) {
    const double weight = nodes(0, i) > 0 ? 1.0 : nodes(0, i) == 0 ? 0.5 : 0.0;
    right += weight * density[i];
  }
  return right * grid.lattice.cellVolume();
}

void expectWellWeights(SamplerSettings sampler, double temperature, Index burnIn, Index steps) {
  // Barrier 1 at x₁ = 0, the left well 2·0.3 = 0.6 lower than the right.
  auto energy = std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.3);
  sampler.temperature = temperature;
  ParticleSystemSettings settings;
  settings.particleCount = 1024;
  settings.box = Box::centered(2, 2.5);
  settings.seed = 23;
  ParticleSystem system(energy, settings, sampler);
  system.step(burnIn);
  const auto series =
      testing::recordChains(system, steps, {[](const float* x) { return x[0] > 0 ? 1.0 : 0.0; }});
  const auto estimate = testing::estimateMean(series[0]);
  const double exact = rightWellWeight(*energy, temperature);
  EXPECT_NEAR(estimate.mean, exact, kStandardErrors * estimate.standardError)
      << samplerName(sampler.kind) << " at T = " << temperature << ": τ = " << estimate.autocorrelationTime
      << ", ESS = " << estimate.effectiveSampleSize;
  // The wells' weights really differ (the test would not notice a sampler that ignores the tilt otherwise).
  EXPECT_LT(exact, 0.5 - 10 * estimate.standardError);
}

TEST(DoubleWell, MalaTimeInEachWellMatchesBoltzmannWeightsAtTwoTemperatures) {
  SamplerSettings mala;
  mala.kind = SamplerKind::Mala;
  mala.stepSize = 0.1;
  expectWellWeights(mala, 0.5, 400, 1200);
  expectWellWeights(mala, 1.0, 200, 600);
}

TEST(DoubleWell, HmcTimeInEachWellMatchesBoltzmannWeightsAtTwoTemperatures) {
  SamplerSettings hmc;
  hmc.kind = SamplerKind::Hmc;
  hmc.stepSize = 0.15;
  hmc.leapfrogSteps = 8;
  expectWellWeights(hmc, 0.5, 100, 400);
  expectWellWeights(hmc, 1.0, 50, 200);
}

}  // namespace
}  // namespace ebm
