// What the built-in lessons say is true of what they run (issue 20): particles that have not mixed are
// noticed, lesson 4's NOT is a density over a range of γ and stops being one where the panel says, and a
// landscape that climbs to 10¹⁰ in its box is reported.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "io/lesson_parameters.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson builtIn(const std::string& name) {
  return builtInLesson(name);
}

// Two narrow deep wells far apart, particles started uniformly with steps too small to reach them.
Lesson stuckParticles() {
  return readLesson(R"({"version": 2,
    "energies": [{"name": "wells", "spec": {"type": "gaussian_mixture", "components": [
      {"weight": 0.5, "mean": [-2.5, -2.5], "covariance": [[0.01, 0], [0, 0.01]]},
      {"weight": 0.5, "mean": [2.5, 2.5], "covariance": [[0.01, 0], [0, 0.01]]}]}}],
    "sampler": {"particles": 400, "stepSize": 0.00001, "stepsPerFrame": 20, "seed": 3, "walls": "reflecting"},
    "view": {"gridResolution": 256}})");
}

FramePtr runFrames(Simulation& simulation, int frames) {
  FramePtr frame;
  for (int i = 0; i < frames; ++i) {
    simulation.advanceFrame();
    frame = simulation.currentFrame();
  }
  return frame;
}

TEST(TeachingTruth, ParticlesThatHaveNotMixedAreNoticedWithTheLikelyFix) {
  Simulation simulation(stuckParticles());
  const FramePtr frame = runFrames(simulation, 40);  // 800 steps: past the burn-in and a full pool
  ASSERT_TRUE(frame->particles);
  EXPECT_GT(frame->particles->mixingDistance, 0.1);
  EXPECT_NE(frame->particles->mixingAdvice.find("have not mixed yet"), std::string::npos)
      << frame->particles->mixingAdvice;
  EXPECT_FALSE(frame->histogram->pooledParticles.empty());
}

TEST(TeachingTruth, ParticlesThatSamplePTAreJudgedMixed) {
  Lesson lesson = stuckParticles();
  for (auto& c : lesson.energies[0].spec["components"])  // wide wells that overlap, and a working step
    c["covariance"] = {{0.8, 0.0}, {0.0, 0.8}};
  lesson.sampler.stepSize = 0.02;
  Simulation simulation(lesson);
  const FramePtr frame = runFrames(simulation, 60);
  EXPECT_LE(frame->particles->mixingDistance, 0.1) << frame->particles->mixingAdvice;
  EXPECT_TRUE(frame->particles->mixingAdvice.empty());
}

TEST(TeachingTruth, NothingIsJudgedBeforeTheBurnIn) {
  Simulation simulation(stuckParticles());
  const FramePtr frame = runFrames(simulation, 2);
  EXPECT_TRUE(std::isnan(frame->particles->mixingDistance));
  EXPECT_TRUE(frame->particles->mixingAdvice.empty());
}

// Lesson 4: the circles NOT the checkerboard is a density over the whole γ slider; NOT the wide Gaussian bump
// it is one up to γ ≈ 0.3 and then stops being one, as the lesson's text says and the panel reports.
TEST(TeachingTruth, TheNotOfLessonFourIsADensityOverARangeOfGammaAndBreaksWhereTheTextSays) {
  Lesson lesson = builtIn("composing-energies");
  ASSERT_EQ(lesson.energies.size(), 3u);
  lesson.composition.operation = Composition::Operation::Negation;
  lesson.composition.terms = {0, 1};
  Simulation checkerboard(lesson);
  for (double gamma : {0.0, 0.1, 0.2, lesson.composition.gamma, 1.0, parameterInfo("gamma").highest}) {
    checkerboard.setParameter("gamma", gamma);
    const FramePtr frame = checkerboard.currentFrame();
    EXPECT_TRUE(frame->partitionError.empty())
        << "checkerboard, γ = " << gamma << ": " << frame->partitionError;
  }
  lesson.composition.terms = {0, 2};
  Simulation bump(lesson);
  for (double gamma : {0.0, 0.1, 0.2, 0.3}) {
    bump.setParameter("gamma", gamma);
    const FramePtr frame = bump.currentFrame();
    EXPECT_TRUE(frame->partitionError.empty()) << "bump, γ = " << gamma << ": " << frame->partitionError;
  }
  for (double gamma : {0.4, 1.0}) {
    bump.setParameter("gamma", gamma);
    const FramePtr frame = bump.currentFrame();
    EXPECT_NE(frame->partitionError.find("γ is too large"), std::string::npos)
        << "bump, γ = " << gamma << ": " << frame->partitionError;
  }
}

TEST(TeachingTruth, AnEnergyThatClimbsTo1e10InItsBoxIsReported) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"name": "MB", "spec": {"type": "muller_brown", "scale": 0.05}}],
    "sampler": {"particles": 200, "stepSize": 0.001, "seed": 3}})");
  Simulation simulation(lesson);
  FramePtr frame = simulation.currentFrame();
  std::string all;
  for (int i = 0; i < 5; ++i) {
    for (const auto& m : frame->messages)
      all += m + "\n";
    simulation.advanceFrame();
    frame = simulation.currentFrame();
  }
  EXPECT_NE(all.find("The energy climbs to"), std::string::npos) << all;
  EXPECT_NE(all.find("box that fits the energy's domain"), std::string::npos) << all;
}

}  // namespace
}  // namespace ebm
