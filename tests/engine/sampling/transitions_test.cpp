// Jumps between basins: counted core to core (ridge jitter is not a jump), consistent with the committed
// labels, and more frequent at higher temperature.
#include <gtest/gtest.h>

#include <cmath>

#include "chain_statistics.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

TEST(Transitions, CommittedRuleIgnoresRidgeJitterAndCountsRealJumps) {
  std::int32_t committed = -1;
  EXPECT_EQ(commitToCore(committed, 0), -1) << "first commitment is not a jump";
  EXPECT_EQ(committed, 0);
  for (int k = 0; k < 100; ++k)  // on the ridge or B's upper slope: in no core
    EXPECT_EQ(commitToCore(committed, -1), -1);
  EXPECT_EQ(commitToCore(committed, 0), -1) << "back home: no jump";
  EXPECT_EQ(commitToCore(committed, 1), 0) << "reached B's core: one jump from A";
  EXPECT_EQ(commitToCore(committed, -1), -1);
  EXPECT_EQ(commitToCore(committed, 1), -1);
  EXPECT_EQ(commitToCore(committed, 0), 1);
}

struct TransitionRun {
  double meanPerParticle = 0, standardError = 0;
  Index total = 0, naiveLabelChanges = 0;
  TransitionTally tally;
};

// Tracks every particle's committed basin after each step to count its own jumps: particles are independent,
// so the per-particle counts are i.i.d. and their sample standard deviation gives an exact standard error.
TransitionRun countTransitions(double temperature) {
  auto energy = std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.3);
  ParticleSystemSettings settings;
  settings.particleCount = 2000;
  settings.box = Box::centered(2, 2.5);
  settings.seed = 3;
  SamplerSettings mala;
  mala.kind = SamplerKind::Mala;
  mala.stepSize = 0.1;
  mala.temperature = temperature;
  ParticleSystem system(energy, settings, mala);
  auto basins = std::make_shared<Basins>(evaluateOnLattice(*energy, Lattice::over(settings.box, 201)));
  system.setBasins(basins);
  const Index n = settings.particleCount;
  std::vector<std::int32_t> last = system.committedBasins(), lastLabel(std::size_t(n), -1);
  std::vector<double> jumps(std::size_t(n), 0.0);
  TransitionRun run;
  for (int step = 0; step < 300; ++step) {
    system.step(1);
    for (Index i = 0; i < n; ++i) {
      const std::int32_t now = system.committedBasins()[std::size_t(i)];
      if (last[std::size_t(i)] >= 0 && now != last[std::size_t(i)]) jumps[std::size_t(i)] += 1;
      last[std::size_t(i)] = now;
      const int label = basins->labelAt(&system.positions()(0, i));
      if (lastLabel[std::size_t(i)] >= 0 && label != lastLabel[std::size_t(i)]) ++run.naiveLabelChanges;
      lastLabel[std::size_t(i)] = label;
    }
  }
  double sum = 0, sumSquares = 0;
  for (double j : jumps)
    sum += j, sumSquares += j * j;
  run.meanPerParticle = sum / double(n);
  run.standardError =
      std::sqrt((sumSquares / double(n) - run.meanPerParticle * run.meanPerParticle) / double(n - 1));
  run.total = system.counters().transitions;
  run.tally = system.transitions();
  EXPECT_EQ(double(run.total), sum) << "the system's count matches the committed labels' changes";
  EXPECT_EQ(system.counters().particleStepsWatched, 300 * n);
  return run;
}

TEST(Transitions, MoreJumpsAtHigherTemperature) {
  const TransitionRun cold = countTransitions(0.35), hot = countTransitions(0.7);
  EXPECT_GT(cold.total, 0);
  const double difference = hot.meanPerParticle - cold.meanPerParticle;
  EXPECT_GT(difference, testing::kStandardErrors * std::hypot(hot.standardError, cold.standardError))
      << "cold " << cold.meanPerParticle << " ± " << cold.standardError << ", hot " << hot.meanPerParticle
      << " ± " << hot.standardError;
  // Counting every change of the basin label instead would count ridge jitter many times over.
  EXPECT_GT(hot.naiveLabelChanges, 2 * hot.total);
}

TEST(Transitions, MatrixSplitsTheJumpsByDirection) {
  const TransitionRun run = countTransitions(0.7);
  ASSERT_EQ(run.tally.basinCount(), 2);
  EXPECT_EQ(run.tally.between(0, 1) + run.tally.between(1, 0), run.total);
  EXPECT_EQ(run.tally.between(0, 0), 0);
  // Each particle alternates 0 → 1 → 0 …, so the two directions differ by at most one per particle.
  EXPECT_LE(std::abs(run.tally.between(0, 1) - run.tally.between(1, 0)), 2000);
  EXPECT_GT(run.tally.between(0, 1), 0);
  EXPECT_GT(run.tally.between(1, 0), 0);
}

}  // namespace
}  // namespace ebm
