// The samplers on the engine's own landscapes: basins of the double-well and Müller–Brown presets, and
// annealed Langevin through the noise levels of a noise-conditional network.
#include <gtest/gtest.h>

#include "analysis/basins.h"
#include "energy/analytic/double_well.h"
#include "energy/analytic/muller_brown.h"
#include "energy/noise_conditional.h"
#include "sampling/particle_system.h"

namespace ebm {
namespace {

TEST(Presets, DoubleWellPresetHasTwoBasinsAsDeepAsItsBarrier) {
  for (int dimension : {2, 3}) {
    DoubleWellParameters parameters;
    parameters.dimension = dimension;
    const DoubleWellEnergy energy(parameters);  // a = 3, wells at x₁ = ±1
    const Lattice lattice = Lattice::over(Box::centered(dimension, 2.5), dimension == 2 ? 201 : 51);
    const Basins basins(evaluateOnLattice(energy, lattice));
    ASSERT_EQ(basins.count(), 2) << dimension << "D";
    const double h = lattice.spacing(0);
    EXPECT_NEAR(std::abs(basins.basin(0).minimumPosition[0]), 1.0, h);
    EXPECT_NEAR(basins.basin(0).minimumPosition[0], -basins.basin(1).minimumPosition[0], 2 * h);
    // The saddle at the origin is a lattice node (odd node count over a centred box): depth = a exactly.
    EXPECT_NEAR(basins.basin(0).depth(), 3.0, 1e-5);
  }
}

TEST(Presets, MullerBrownPresetHasItsThreeValleys) {
  const MullerBrownEnergy energy(0.05);
  Box box;
  box.lower = {-1.5, -0.5, 0}, box.upper = {1.2, 2.0, 0};
  const Lattice lattice = Lattice::over(box, 256);
  const Basins basins(evaluateOnLattice(energy, lattice));
  ASSERT_EQ(basins.count(), 3);
  const double known[3][2] = {{-0.558, 1.442}, {0.623, 0.028}, {-0.050, 0.467}};
  for (int b = 0; b < 3; ++b) {
    EXPECT_NEAR(basins.basin(b).minimumPosition[0], known[b][0], lattice.spacing(0)) << "basin " << b;
    EXPECT_NEAR(basins.basin(b).minimumPosition[1], known[b][1], lattice.spacing(1)) << "basin " << b;
  }
}

TEST(Presets, AnnealedLangevinWalksTheNoiseLevelsOfANoiseConditionalNetwork) {
  MlpArchitecture architecture;
  architecture.conditioningInputs = 1;
  architecture.hiddenWidths = {32, 32};
  const MlpEnergy model(architecture, 4);
  const std::vector<double> sigmas{1.0, 0.5, 0.25};
  SamplerSettings annealed;
  annealed.kind = SamplerKind::Annealed;
  annealed.schedule = AnnealingSchedule::noiseLevels(
      [&](double sigma) { return EnergyPtr(energyAtNoiseLevel(model, sigma)); }, sigmas, 10, 1e-3);
  annealed.walls = Walls::Reflecting;
  ParticleSystemSettings settings;
  settings.particleCount = 2000;
  DoubleWellParameters base;
  ParticleSystem system(std::make_shared<DoubleWellEnergy>(base), settings, annealed);
  for (std::size_t stage = 0; stage < sigmas.size(); ++stage) {
    EXPECT_EQ(system.annealingStage(), int(stage));
    system.step(10);
    // The network's float rounding depends on the batch (here 512-particle chunks, there all 2000 at once).
    const Vector expected = annealed.schedule.stages[stage].energy->energies(system.positions());
    EXPECT_LT((system.energies() - expected).cwiseAbs().maxCoeff(),
              1e-5f * (1 + expected.cwiseAbs().maxCoeff()))
        << "σ = " << sigmas[stage];
  }
  EXPECT_EQ(system.counters().diverged, 0);
  EXPECT_TRUE(system.positions().allFinite());
}

}  // namespace
}  // namespace ebm
