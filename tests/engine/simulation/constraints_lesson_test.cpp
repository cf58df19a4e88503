// The built-in lesson "constraints": a network trained on two moons AND the rule x₁ ≤ 1. As λ rises the
// probability of breaking the rule falls to about zero, while the landscape where the rule holds stays as it
// was.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson constraintsLesson() {
  return builtInLesson("constraints");
}

TEST(ConstraintsLesson, RaisingLambdaDrainsTheProbabilityOfBreakingTheRule) {
  Simulation simulation(constraintsLesson());
  const FramePtr open = simulation.currentFrame();
  ASSERT_TRUE(open->partitionError.empty()) << open->partitionError;
  EXPECT_GT(open->ruleBreakingMass, 0.1) << "the lower moon's tip lies right of x₁ = 1";
  double previous = open->ruleBreakingMass;
  for (double lambda : {1.0, 10.0, 100.0, 1000.0, 10000.0}) {
    simulation.setParameter("strength", lambda);
    const double mass = simulation.currentFrame()->ruleBreakingMass;
    EXPECT_LT(mass, previous) << "λ = " << lambda;
    previous = mass;
  }
  EXPECT_LT(previous, 0.005) << "at the slider's top the rule is all but never broken";
}

TEST(ConstraintsLesson, TheRuleLeavesTheLandscapeUntouchedWhereItHolds) {
  Simulation simulation(constraintsLesson());
  const FramePtr weak = simulation.currentFrame();
  simulation.setParameter("strength", 1000.0);
  const FramePtr strong = simulation.currentFrame();
  const Points nodes = weak->energyGrid->lattice.allNodes();
  int compared = 0;
  for (Index n = 0; n < nodes.cols(); ++n) {
    if (nodes(0, n) > 0.95f) continue;  // x₁ ≤ 1: the rule holds
    EXPECT_EQ(weak->energyGrid->values[n], strong->energyGrid->values[n]);
    ++compared;
  }
  EXPECT_GT(compared, nodes.cols() / 2);
}

// Particles follow: λ jumped straight to 1000 leaves a steep wall, which the lesson's gradient clip (50)
// keeps from freezing MALA — unclipped, every proposal from the forbidden side overshoots and is refused, and
// a third of the particles stayed there.
TEST(ConstraintsLesson, ParticlesLeaveTheForbiddenSideWhenLambdaJumps) {
  Lesson lesson = constraintsLesson();
  lesson.sampler.particles = 300;
  lesson.composition.strength = 1000;
  Simulation simulation(lesson);
  for (int frame = 0; frame < 120; ++frame)
    simulation.advanceFrame();
  const Points& x = simulation.currentFrame()->particles->positions;
  int breaking = 0;
  for (Index i = 0; i < x.cols(); ++i)
    breaking += x(0, i) > 1.0f;
  EXPECT_LT(breaking, 15) << "the density puts 0.7 % beyond x₁ = 1";
}

}  // namespace
}  // namespace ebm
