// At equilibrium the histogram of particle energies matches the Boltzmann prediction from the grid — the
// overlay the sampler panel draws.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/histogram.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

// Particles are independent chains, so after burn-in their energies at one instant are N independent draws
// and the bin counts are multinomial: Pearson's χ² then has mean dof and standard deviation √(2·dof).
// The bound dof + 5√(2·dof) is 5 standard deviations above the mean.
ChiSquare particleHistogramAgainstPrediction(const SamplerSettings& sampler, int dimension, Index burnIn) {
  auto energy = std::make_shared<testing::TiltedDoubleWell>(dimension, 1.0, 0.3);
  Box gridBox = Box::centered(dimension, 6.0);
  gridBox.lower[0] = -3.0, gridBox.upper[0] = 3.0;
  const EnergyGrid grid = evaluateOnLattice(*energy, Lattice::over(gridBox, dimension == 2 ? 512 : 80));
  const HistogramBins bins = boltzmannEnergyRange(grid, sampler.temperature, 20);
  const Histogram predicted = boltzmannEnergyHistogram(grid, sampler.temperature, bins);

  ParticleSystemSettings settings;
  settings.particleCount = 10000;
  settings.box = Box::centered(dimension, 2.5);
  settings.seed = 31;
  ParticleSystem system(energy, settings, sampler);
  system.step(burnIn);
  const Histogram observed = histogramOf(system.energies(), bins);
  return chiSquare(observed, predicted);
}

TEST(EnergyHistogram, MalaParticlesMatchTheBoltzmannPredictionIn2D) {
  SamplerSettings mala;
  mala.kind = SamplerKind::Mala;
  mala.stepSize = 0.15;
  mala.temperature = 1.0;
  const ChiSquare chi = particleHistogramAgainstPrediction(mala, 2, 400);
  ASSERT_GE(chi.degreesOfFreedom, 15);
  EXPECT_LT(chi.statistic, chi.degreesOfFreedom + 5 * std::sqrt(2.0 * chi.degreesOfFreedom))
      << "dof = " << chi.degreesOfFreedom;
}

TEST(EnergyHistogram, HmcParticlesMatchTheBoltzmannPredictionIn3DAtLowTemperature) {
  SamplerSettings hmc;
  hmc.kind = SamplerKind::Hmc;
  hmc.stepSize = 0.2;
  hmc.leapfrogSteps = 5;
  hmc.temperature = 0.6;
  const ChiSquare chi = particleHistogramAgainstPrediction(hmc, 3, 200);
  ASSERT_GE(chi.degreesOfFreedom, 15);
  EXPECT_LT(chi.statistic, chi.degreesOfFreedom + 5 * std::sqrt(2.0 * chi.degreesOfFreedom))
      << "dof = " << chi.degreesOfFreedom;
}

}  // namespace
}  // namespace ebm
