// The particle system: reproducible on any thread count, energies always current, diverged particles
// re-seeded and counted, trails oldest first, walls honoured, stoppable from another thread.
#include <gtest/gtest.h>

#include <thread>

#include "core/errors.h"
#include "core/parallel.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

EnergyPtr doubleWell() {
  return std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.3);
}

SamplerSettings samplerOf(SamplerKind kind) {
  SamplerSettings sampler;
  sampler.kind = kind;
  sampler.stepSize = kind == SamplerKind::Hmc ? 0.1 : 0.05;
  sampler.leapfrogSteps = 4;
  sampler.walls = kind == SamplerKind::Mala ? Walls::Reflecting : Walls::None;
  if (kind == SamplerKind::Annealed) {
    sampler.schedule = AnnealingSchedule::geometricTemperatures(4.0, 0.5, 3, 7, 0.05);
    sampler.schedule.restartWhenDone = true;
  }
  return sampler;
}

ParticleSystemSettings settingsFor(Index count) {
  ParticleSystemSettings settings;
  settings.particleCount = count;
  settings.box = Box::centered(2, 2.5);
  settings.seed = 99;
  settings.trailLength = 5;
  settings.trailInterval = 2;
  return settings;
}

ParticleSnapshot runWithThreads(int threads, SamplerKind kind, const std::vector<Index>& calls) {
  setParallelThreadCount(threads);
  EnergyPtr energy = doubleWell();
  ParticleSystem system(energy, settingsFor(3000), samplerOf(kind));
  system.setBasins(
      std::make_shared<Basins>(evaluateOnLattice(*energy, Lattice::over(Box::centered(2, 2.5), 101))));
  for (Index steps : calls)
    system.step(steps);
  setParallelThreadCount(2);
  return system.snapshot();
}

void expectIdentical(const ParticleSnapshot& a, const ParticleSnapshot& b, const char* what) {
  EXPECT_TRUE(a.positions == b.positions) << what;  // bit-identical floats
  EXPECT_TRUE(a.energies == b.energies) << what;
  EXPECT_TRUE(a.trails == b.trails) << what;
  EXPECT_EQ(a.basins, b.basins) << what;
  EXPECT_EQ(a.transitionMatrix, b.transitionMatrix) << what;
  EXPECT_EQ(a.counters.accepted, b.counters.accepted) << what;
  EXPECT_EQ(a.counters.transitions, b.counters.transitions) << what;
  EXPECT_EQ(a.counters.steps, b.counters.steps) << what;
}

TEST(ParticleSystem, SameSeedGivesBitIdenticalParticlesOnOneAndTwoThreads) {
  for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc, SamplerKind::Annealed}) {
    const ParticleSnapshot one = runWithThreads(1, kind, {40});
    const ParticleSnapshot two = runWithThreads(2, kind, {40});
    expectIdentical(one, two, samplerName(kind));
    EXPECT_GT(one.counters.transitions, 0) << samplerName(kind);
  }
}

TEST(ParticleSystem, HowStepsAreGroupedIntoCallsDoesNotChangeTheTrajectory) {
  const ParticleSnapshot once = runWithThreads(2, SamplerKind::Mala, {30});
  const ParticleSnapshot pieces = runWithThreads(2, SamplerKind::Mala, {1, 9, 3, 0, 17});
  expectIdentical(once, pieces, "MALA in pieces");
}

TEST(ParticleSystem, EnergiesAlwaysBelongToTheCurrentPositions) {
  for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc}) {
    ParticleSystem system(doubleWell(), settingsFor(700), samplerOf(kind));
    system.step(5);
    const Vector exact = system.energy()->energies(system.positions());
    EXPECT_TRUE(system.energies() == exact) << samplerName(kind);
    EXPECT_NEAR(system.meanEnergy(), exact.cast<double>().mean(), 1e-9);
    auto other = std::make_shared<testing::TiltedDoubleWell>(2, 2.0, -0.3);
    system.setEnergy(other);
    EXPECT_TRUE(system.energies() == other->energies(system.positions())) << samplerName(kind);
  }
}

TEST(ParticleSystem, ParticlesThatHitNaNAreReseededWithoutDisturbingTheOthers) {
  // To the right of x₁ = 1.2 the energy is NaN, as if a trained network had diverged there.
  const double edge = 1.2;
  auto clean = doubleWell();
  auto poisoned = std::make_shared<testing::PoisonedEnergy>(clean, edge);
  // ULA and MALA: a particle meets the region only at positions it takes (a MALA proposal there is either
  // accepted, and seen, or rejected in both runs). HMC's leapfrog passes through unseen intermediate points.
  for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala}) {
    ParticleSystem reference(clean, settingsFor(2000), samplerOf(kind));
    ParticleSystem system(poisoned, settingsFor(2000), samplerOf(kind));
    std::vector<bool> touched(2000, false);  // started or went into the poisoned region in the clean run
    for (Index i = 0; i < 2000; ++i)
      touched[std::size_t(i)] = reference.positions()(0, i) > edge;
    for (int step = 0; step < 20; ++step) {
      reference.step(1);
      system.step(1);
      for (Index i = 0; i < 2000; ++i)
        touched[std::size_t(i)] = touched[std::size_t(i)] || reference.positions()(0, i) > edge;
    }
    const ParticleCounters counters = system.counters();
    EXPECT_GT(counters.diverged, 0) << samplerName(kind);
    EXPECT_LE(counters.lastDiverged, counters.diverged);
    EXPECT_TRUE(system.positions().allFinite()) << samplerName(kind);
    Index untouched = 0;
    for (Index i = 0; i < 2000; ++i) {
      if (touched[std::size_t(i)]) continue;
      ++untouched;
      ASSERT_TRUE(system.positions().col(i) == reference.positions().col(i))
          << samplerName(kind) << ": particle " << i << " never met the NaN region but was disturbed";
    }
    EXPECT_GT(untouched, 1000);
  }
}

TEST(ParticleSystem, ParticlesFlungBeyondTheEscapeRadiusAreReseeded) {
  // A huge step on a steep quartic throws particles far away within one step.
  ParticleSystemSettings settings = settingsFor(1000);
  settings.escapeRadius = 50;
  SamplerSettings ula;
  ula.stepSize = 2.0;
  ParticleSystem system(std::make_shared<testing::TiltedDoubleWell>(2, 50.0, 0.0), settings, ula);
  system.step(3);
  EXPECT_GT(system.counters().diverged, 0);
  for (Index i = 0; i < system.particleCount(); ++i)
    EXPECT_LE(system.positions().col(i).norm(), 50.0f);
}

TEST(ParticleSystem, TrailsHoldTheLastPositionsOldestFirst) {
  ParticleSystemSettings settings = settingsFor(600);
  settings.trailLength = 4;
  settings.trailInterval = 3;
  ParticleSystem system(doubleWell(), settings, samplerOf(SamplerKind::Ula));
  std::vector<Points> recorded{system.positions()};
  for (int k = 0; k < 6; ++k) {
    EXPECT_EQ(system.trailCount(), std::min(4, k + 1));
    system.step(3);
    recorded.push_back(system.positions());
  }
  const ParticleSnapshot snapshot = system.snapshot();
  ASSERT_EQ(snapshot.trailCount, 4);
  ASSERT_EQ(snapshot.trails.cols(), 4 * 600);
  for (int block = 0; block < 4; ++block) {
    const Points& expected = recorded[recorded.size() - 4 + std::size_t(block)];
    EXPECT_TRUE(snapshot.trails.middleCols(block * 600, 600) == expected) << "block " << block;
    EXPECT_TRUE(snapshot.trailPoint(17, block) == expected.col(17));
  }
  system.step(2);  // between recordings: the newest block is still the last recording
  EXPECT_TRUE(system.snapshot().trails.rightCols(600) == recorded.back());
  EXPECT_EQ(system.snapshot(false).trails.cols(), 0);
}

TEST(ParticleSystem, ReflectingAndPeriodicWallsKeepParticlesInTheBox) {
  for (Walls walls : {Walls::Reflecting, Walls::Periodic}) {
    for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc}) {
      SamplerSettings sampler = samplerOf(kind);
      sampler.walls = walls;
      sampler.stepSize = kind == SamplerKind::Hmc ? 0.3 : 0.5;
      sampler.temperature = 20.0;  // hot: the particles press against the walls all the time
      ParticleSystemSettings settings = settingsFor(1000);
      settings.box = Box::centered(2, 1.5);
      ParticleSystem system(doubleWell(), settings, sampler);
      system.step(30);
      for (Index i = 0; i < system.particleCount(); ++i) {
        ASSERT_TRUE(settings.box.contains(&system.positions()(0, i)))
            << wallsName(walls) << " " << samplerName(kind) << " particle " << i;
      }
    }
  }
}

TEST(ParticleSystem, RequestStopFromAnotherThreadEndsTheCallEarly) {
  ParticleSystem system(doubleWell(), settingsFor(20000), samplerOf(SamplerKind::Hmc));
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    system.requestStop();
  });
  const Index done = system.step(1'000'000);
  stopper.join();
  EXPECT_LT(done, 1'000'000);
  EXPECT_EQ(done % ParticleSystem::kStepsPerRound, 0);
  EXPECT_EQ(system.counters().steps, done);
  EXPECT_EQ(system.step(3), 3) << "a stop applies only to the call in progress";
}

TEST(ParticleSystem, ResetsStartFromTheBoxFromGivenPointsOrFromData) {
  ParticleSystem system(doubleWell(), settingsFor(800), samplerOf(SamplerKind::Ula));
  for (Index i = 0; i < 800; ++i)
    EXPECT_TRUE(system.box().contains(&system.positions()(0, i)));
  Points data(2, 3);
  data << 0.1f, 0.2f, 0.3f, -1.0f, -2.0f, -3.0f;
  system.resetFromData(data);
  EXPECT_EQ(system.particleCount(), 800);
  for (Index i = 0; i < 800; ++i) {
    const float x = system.positions()(0, i);
    EXPECT_TRUE(x == 0.1f || x == 0.2f || x == 0.3f);
    EXPECT_FLOAT_EQ(system.positions()(1, i), -10.0f * x);
  }
  system.resetTo(data);
  EXPECT_EQ(system.particleCount(), 3);
  EXPECT_TRUE(system.positions() == data);
  EXPECT_EQ(system.counters().steps, 0);
  data(1, 2) = NAN;
  EXPECT_THROW(system.resetTo(data), DataError);
  system.setParticleCount(1234);
  EXPECT_EQ(system.particleCount(), 1234);
  EXPECT_EQ(system.energies().size(), 1234);
}

TEST(ParticleSystem, SwitchingSamplersKeepsTheParticlesAndReportsAcceptance) {
  ParticleSystem system(doubleWell(), settingsFor(1000), samplerOf(SamplerKind::Ula));
  system.step(5);
  EXPECT_EQ(system.counters().acceptanceRate(), 1.0);
  const Points before = system.positions();
  system.setSampler(samplerOf(SamplerKind::Mala));
  EXPECT_TRUE(system.positions() == before);
  system.step(5);
  const ParticleCounters counters = system.counters();
  EXPECT_EQ(counters.lastProposals, 5 * 1000);
  EXPECT_GT(counters.acceptanceRate(), 0.5);
  EXPECT_LT(counters.acceptanceRate(), 1.0);
  system.setTemperature(0.25);
  EXPECT_EQ(system.sampler().temperature, 0.25);
  EXPECT_EQ(system.sampler().kind, SamplerKind::Mala);
}

TEST(ParticleSystem, RefusesInvalidSettingsWithReadableMessages) {
  auto expectMessage = [](auto&& make, const std::string& words) {
    try {
      make();
      ADD_FAILURE() << "no error for: " << words;
    } catch (const ArgumentError& error) {
      EXPECT_NE(std::string(error.what()).find(words), std::string::npos) << error.what();
    }
  };
  ParticleSystemSettings zero = settingsFor(1);
  zero.particleCount = 0;
  expectMessage([&] { ParticleSystem(doubleWell(), zero); }, "number of particles");
  SamplerSettings negative;
  negative.stepSize = -0.1;
  expectMessage([&] { ParticleSystem(doubleWell(), settingsFor(10), negative); }, "step size");
  SamplerSettings cold;
  cold.temperature = 0;
  expectMessage([&] { ParticleSystem(doubleWell(), settingsFor(10), cold); }, "temperature");
  SamplerSettings hmc = samplerOf(SamplerKind::Hmc);
  hmc.leapfrogSteps = 0;
  expectMessage([&] { ParticleSystem(doubleWell(), settingsFor(10), hmc); }, "leapfrog");
  SamplerSettings annealed;
  annealed.kind = SamplerKind::Annealed;
  expectMessage([&] { ParticleSystem(doubleWell(), settingsFor(10), annealed); }, "at least one stage");
  ParticleSystemSettings threeD = settingsFor(10);
  threeD.box = Box::centered(3, 1.0);
  expectMessage([&] { ParticleSystem(doubleWell(), threeD); }, "2D");
  ParticleSystem system(doubleWell(), settingsFor(10));
  expectMessage([&] { system.setTemperature(-1); }, "temperature");
  expectMessage([&] { system.setTrails(-1); }, "trail length");
  expectMessage([&] { system.step(-1); }, "negative");
  EXPECT_EQ(system.sampler().temperature, 1.0) << "a refused setting leaves the sampler as it was";
}

}  // namespace
}  // namespace ebm
