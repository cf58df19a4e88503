// Annealed Langevin: stages run in order with their own energies, step sizes and temperatures; the schedule
// holds its last stage or restarts; bad schedules are refused.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

EnergyPtr wellAt(double x) {
  return std::make_shared<testing::QuadraticEnergy>(Eigen::Vector2d(x, 0.0), Eigen::Matrix2d::Identity());
}

TEST(Annealing, PositionsMapStepsToStages) {
  AnnealingSchedule schedule = AnnealingSchedule::temperatures({3.0, 2.0, 1.0}, 10, 0.01);
  schedule.stages[1].steps = 5;
  EXPECT_EQ(schedule.totalSteps(), 25);
  EXPECT_EQ(schedule.at(0).stage, 0u);
  EXPECT_EQ(schedule.at(10).stage, 1u);
  EXPECT_EQ(schedule.at(14).stepInStage, 4);
  EXPECT_EQ(schedule.at(15).stage, 2u);
  EXPECT_EQ(schedule.at(1000).stage, 2u) << "holds the last stage";
  schedule.restartWhenDone = true;
  EXPECT_EQ(schedule.at(25).stage, 0u);
  EXPECT_EQ(schedule.at(25).cycle, 1);
  EXPECT_EQ(schedule.at(61).stage, 1u);
}

TEST(Annealing, GeometricTemperaturesAndNoiseLevelStepSizes) {
  const auto cooling = AnnealingSchedule::geometricTemperatures(4.0, 0.25, 3, 10, 0.01);
  ASSERT_EQ(cooling.stages.size(), 3u);
  EXPECT_DOUBLE_EQ(cooling.stages[0].temperature, 4.0);
  EXPECT_NEAR(cooling.stages[1].temperature, 1.0, 1e-12);
  EXPECT_NEAR(cooling.stages[2].temperature, 0.25, 1e-12);
  EXPECT_EQ(cooling.stages[1].energy, nullptr);
  // ε_k = ε·σ_k²/σ_min² (Song & Ermon), from a callback producing E_σ.
  int calls = 0;
  const auto noise = AnnealingSchedule::noiseLevels(
      [&](double sigma) {
        ++calls;
        return wellAt(sigma);
      },
      {1.0, 0.5, 0.25}, 20, 0.001);
  EXPECT_EQ(calls, 3);
  EXPECT_NEAR(noise.stages[0].stepSize, 0.016, 1e-15);
  EXPECT_NEAR(noise.stages[1].stepSize, 0.004, 1e-15);
  EXPECT_NEAR(noise.stages[2].stepSize, 0.001, 1e-15);
  EXPECT_EQ(noise.stages[2].noiseLevel, 0.25);
}

TEST(Annealing, StagesRunInOrderWithTheirOwnEnergies) {
  // Stage 1 samples a well at x₁ = −2, stage 2 one at x₁ = +2 (as noise levels of a model would).
  SamplerSettings annealed;
  annealed.kind = SamplerKind::Annealed;
  annealed.schedule = AnnealingSchedule::noiseLevels({wellAt(-2.0), wellAt(2.0)}, {1.0, 0.5}, 400, 0.05);
  ParticleSystemSettings settings;
  settings.particleCount = 1000;
  settings.box = Box::centered(2, 2.5);
  ParticleSystem system(std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.0), settings, annealed);
  EXPECT_EQ(system.annealingStage(), 0);
  EXPECT_TRUE(system.energies() == annealed.schedule.stages[0].energy->energies(system.positions()));

  // Each stage relaxes the mean by (1 − ε/2) per step from at most 4.5 away: < 10⁻³ left after 400 steps.
  // The ULA mean on a Gaussian is unbiased and each coordinate has variance ≈ 1, so the particle mean has
  // standard error ≈ 1/√1000; 4.5 of those plus the relaxation remainder bound the check.
  const double tolerance = 4.5 / std::sqrt(1000.0) + 1e-3;
  system.step(400);
  EXPECT_NEAR(system.positions().row(0).mean(), -2.0, tolerance);
  EXPECT_EQ(system.annealingStage(), 1) << "the next step belongs to stage 2";
  system.step(400);
  EXPECT_NEAR(system.positions().row(0).mean(), 2.0, tolerance);
  const ParticleSnapshot snapshot = system.snapshot();
  EXPECT_EQ(snapshot.annealingStage, 1);
  EXPECT_EQ(snapshot.sampler, SamplerKind::Annealed);
  EXPECT_TRUE(snapshot.energies == annealed.schedule.stages[1].energy->energies(system.positions()));
}

TEST(Annealing, HoldsTheLastStageOrRestartsFromTheBox) {
  SamplerSettings annealed;
  annealed.kind = SamplerKind::Annealed;
  annealed.schedule = AnnealingSchedule::geometricTemperatures(2.0, 0.1, 3, 50, 0.05);
  ParticleSystemSettings settings;
  settings.particleCount = 2000;
  settings.box = Box::centered(2, 2.5);
  auto energy = std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.0);
  ParticleSystem holding(energy, settings, annealed);
  holding.step(200);
  EXPECT_EQ(holding.annealingStage(), 2);
  EXPECT_DOUBLE_EQ(holding.snapshot().temperature, 0.1);

  annealed.schedule.restartWhenDone = true;
  ParticleSystem looping(energy, settings, annealed);
  looping.step(150);
  auto spread = [&] {  // fraction with |x₂| > 1.5: ≈ 0.4 uniform in the box, < 10⁻⁶ at T = 0.1
    return (looping.positions().row(1).array().abs() > 1.5f).cast<double>().mean();
  };
  EXPECT_LT(spread(), 0.01);
  looping.step(1);  // the first step of the second cycle starts from fresh uniform positions
  EXPECT_GT(spread(), 0.3);
  EXPECT_EQ(looping.annealingStage(), 0);
}

TEST(Annealing, RefusesSchedulesThatCannotRun) {
  EXPECT_THROW((void)AnnealingSchedule::temperatures({}, 10, 0.01), ArgumentError);
  EXPECT_THROW((void)AnnealingSchedule::temperatures({1.0, -1.0}, 10, 0.01), ArgumentError);
  EXPECT_THROW((void)AnnealingSchedule::temperatures({1.0}, 0, 0.01), ArgumentError);
  EXPECT_THROW((void)AnnealingSchedule::noiseLevels({wellAt(0)}, {1.0, 0.5}, 10, 0.01), ArgumentError);
  EXPECT_THROW((void)AnnealingSchedule::noiseLevels({wellAt(0)}, {0.0}, 10, 0.01), ArgumentError);
  SamplerSettings annealed;
  annealed.kind = SamplerKind::Annealed;
  annealed.schedule = AnnealingSchedule::noiseLevels({wellAt(0)}, {1.0}, 10, 0.01);
  ParticleSystemSettings threeD;
  threeD.box = Box::centered(3, 1.0);
  try {
    ParticleSystem(std::make_shared<testing::TiltedDoubleWell>(3, 1.0, 0.0), threeD, annealed);
    ADD_FAILURE() << "a 2D stage energy was accepted for 3D particles";
  } catch (const ArgumentError& error) {
    EXPECT_NE(std::string(error.what()).find("stage 1"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace ebm
