// Simulated annealing on a spin glass: the schedule is followed, stalls trigger reheats, the ground state is
// found, and a run is reproducible from its seed whatever the number of cores.
#include <gtest/gtest.h>

#include "core/parallel.h"
#include "discrete/annealer.h"
#include "spin_glass.h"

namespace ebm {
namespace {

using testing::SpinGlass;

double groundEnergy(const SpinGlass& glass) {
  double ground = 1e9;
  for (int k = 0; k < (1 << glass.size()); ++k)
    ground = std::min(ground, glass.energyOf(k));
  return ground;
}

AnnealerOptions cooling(double from, double to, Index sweeps, std::uint64_t seed) {
  AnnealerOptions o;
  o.schedule.startTemperature = from;
  o.schedule.endTemperature = to;
  o.schedule.coolingSweeps = sweeps;
  o.seed = seed;
  return o;
}

TEST(CoolingSchedule, CoolsGeometricallyThenHolds) {
  CoolingSchedule s;
  s.startTemperature = 2.0;
  s.endTemperature = 0.02;
  s.coolingSweeps = 100;
  EXPECT_DOUBLE_EQ(s.temperatureAt(0), 2.0);
  EXPECT_NEAR(s.temperatureAt(50), 0.2, 1e-12);
  EXPECT_DOUBLE_EQ(s.temperatureAt(100), 0.02);
  EXPECT_DOUBLE_EQ(s.temperatureAt(5000), 0.02);
  s.endTemperature = -1;
  EXPECT_THROW(s.validate(), ArgumentError);
}

TEST(GeometricLadder, SpacesRungsByAConstantRatio) {
  const auto ladder = geometricLadder(0.25, 4.0, 5);
  ASSERT_EQ(ladder.size(), 5u);
  for (std::size_t k = 0; k < 5; ++k)
    EXPECT_NEAR(ladder[k], 0.25 * std::pow(2.0, double(k)), 1e-12);
  EXPECT_EQ(geometricLadder(0.5, 0.5, 1), std::vector<double>{0.5});
  EXPECT_THROW((void)geometricLadder(1.0, 0.5, 3), ArgumentError);
  EXPECT_THROW((void)geometricLadder(0.5, 1.0, 0), ArgumentError);
}

TEST(Annealer, FollowsItsSchedule) {
  Annealer<SpinGlass> annealer(SpinGlass(8, 1), cooling(3.0, 0.1, 200, 4));
  annealer.sweep(100);
  EXPECT_NEAR(annealer.replicaTemperature(0), annealer.schedule().temperatureAt(99), 0.003 * 0.5);
  annealer.sweep(500);
  EXPECT_DOUBLE_EQ(annealer.replicaTemperature(0), 0.1);
}

TEST(Annealer, FindsTheGroundStateOfAFrustratedSpinGlass) {
  const SpinGlass glass(14, 8);
  const double ground = groundEnergy(glass);
  AnnealerOptions o = cooling(3.0, 0.05, 400, 12);
  o.chains = 2;
  o.schedule.stallSweeps = 100;
  o.targetEnergy = ground + 1e-9;
  Annealer<SpinGlass> annealer(glass, o);
  annealer.sweep(20000);
  ASSERT_TRUE(annealer.reachedTarget());
  EXPECT_NEAR(annealer.lowestState().energy(), ground, 1e-9);
  EXPECT_NEAR(annealer.lowestState().recomputeEnergy(), ground, 1e-9);
}

TEST(Annealer, ReheatsWhenItsEnergyStallsAndWhenAsked) {
  AnnealerOptions o = cooling(2.0, 0.05, 100, 3);
  o.schedule.stallSweeps = 50;
  Annealer<SpinGlass> annealer(SpinGlass(8, 5), o);
  annealer.sweep(100);
  EXPECT_EQ(annealer.reheats(), 0) << "no reheat while the chain cools";
  annealer.sweep(2000);
  const Index automatic = annealer.reheats();
  EXPECT_GT(automatic, 3);
  annealer.setTemperature(0.07);
  annealer.sweep(1);
  EXPECT_LT(annealer.replicaTemperature(0), 0.1);
  annealer.reheat();
  EXPECT_EQ(annealer.reheats(), automatic + 1);
  annealer.sweep(1);
  EXPECT_NEAR(annealer.replicaTemperature(0), 2.0, 0.01) << "a reheat starts the schedule over";
}

TEST(Annealer, GivesTheSameRunOnOneCoreAsOnTwo) {
  auto run = [](int threads) {
    const int before = parallelThreadCount();
    setParallelThreadCount(threads);
    AnnealerOptions o = cooling(2.0, 0.1, 300, 77);
    o.chains = 3;
    Annealer<SpinGlass> annealer(SpinGlass(12, 3), o);
    annealer.sweep(5);  // still hot: the chains' states differ
    std::vector<int> states;
    for (int k = 0; k < annealer.replicaCount(); ++k)
      states.push_back(annealer.replica(k).state());
    setParallelThreadCount(before);
    return states;
  };
  const auto once = run(1);
  EXPECT_EQ(once, run(2));
  EXPECT_NE(once[0], once[1]) << "chains draw from their own streams";
  EXPECT_NE(once[1], once[2]);
}

}  // namespace
}  // namespace ebm
