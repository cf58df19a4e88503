// A running lesson without a GUI: frames, sliders, particles, training and their determinism.
#include <gtest/gtest.h>

#include <cmath>

#include <Eigen/LU>

#include "core/errors.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson twoGaussians() {
  return readLesson(R"({"version": 2,
    "energies": [
      {"name": "left", "spec": {"type": "gaussian", "mean": [-1.5, 0], "covariance": [[0.4, 0], [0, 0.4]]}},
      {"name": "right", "spec": {"type": "gaussian", "mean": [1.5, 0.5], "covariance": [[0.5, 0.1], [0.1, 0.3]]}}],
    "composition": {"operation": "blend", "terms": [0, 1], "alpha": 0.5},
    "sampler": {"particles": 500, "stepSize": 0.02, "seed": 3, "trailLength": 4},
    "view": {"gridResolution": 96}})");
}

TEST(Simulation, FirstFrameHasTheLandscapeAndTheParticles) {
  Simulation simulation(twoGaussians());
  const FramePtr frame = simulation.takeFrame();
  ASSERT_TRUE(frame);
  ASSERT_TRUE(frame->energyGrid);
  EXPECT_EQ(frame->energyGrid->values.size(), 96 * 96);
  EXPECT_TRUE(frame->partitionError.empty()) << frame->partitionError;
  ASSERT_TRUE(frame->particles);
  EXPECT_EQ(frame->particles->positions.cols(), 500);
  ASSERT_TRUE(frame->histogram);
  EXPECT_EQ(frame->histogram->particles.size(), frame->histogram->boltzmann.size());
  EXPECT_FALSE(simulation.takeFrame()) << "nothing changed, so no new frame";
}

TEST(Simulation, BlendOfNormalizedGaussiansHasTheExpectedLogPartition) {
  // α·E₁ + (1−α)·E₂ of two Gaussians is a Gaussian up to a constant; at α = 1 it is E₁ itself, log Z = 0.
  Simulation simulation(twoGaussians());
  simulation.setParameter("alpha", 1.0);
  const FramePtr frame = simulation.currentFrame();
  EXPECT_NEAR(frame->partition.logPartition, 0.0, 1e-3);
}

TEST(Simulation, SlidersChangeWhatIsDrawn) {
  Simulation simulation(twoGaussians());
  const FramePtr before = simulation.currentFrame();
  simulation.setParameter("alpha", 0.1);
  const FramePtr blended = simulation.currentFrame();
  EXPECT_NE(before->energyGrid, blended->energyGrid);
  EXPECT_NE(before->energyGrid->values, blended->energyGrid->values);
  simulation.setParameter("temperature", 4.0);
  const FramePtr hot = simulation.currentFrame();
  EXPECT_EQ(hot->energyGrid, blended->energyGrid) << "T does not change the energy, only p_T";
  EXPECT_GT(hot->partition.logPartition, blended->partition.logPartition);
}

TEST(Simulation, TheSameSeedGivesTheSameFrames) {
  Simulation a(twoGaussians()), b(twoGaussians());
  for (int i = 0; i < 10; ++i) {
    a.advanceFrame();
    b.advanceFrame();
  }
  EXPECT_EQ(a.currentFrame()->particles->positions, b.currentFrame()->particles->positions);
  EXPECT_EQ(a.currentFrame()->particles->steps, 10 * 5);
}

// Run ▸ Step: one frame's sampler steps while the particles are paused, and nothing more.
TEST(Simulation, StepParticlesTakesOneFramesStepsWhilePaused) {
  Lesson lesson = twoGaussians();
  lesson.sampler.playing = false;
  Simulation simulation(lesson);
  const FramePtr before = simulation.currentFrame();
  simulation.advance(0.001);
  EXPECT_EQ(simulation.currentFrame()->particles->positions, before->particles->positions) << "paused";
  simulation.stepParticles();
  const FramePtr after = simulation.takeFrame();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->particles->steps, before->particles->steps + lesson.sampler.stepsPerFrame);
  EXPECT_NE(after->particles->positions, before->particles->positions);
}

TEST(Simulation, ParticlesSpreadMoreWhenHotter) {
  auto spread = [](double temperature) {
    Lesson lesson = twoGaussians();
    lesson.temperature = temperature;
    lesson.sampler.particles = 2000;
    Simulation simulation(lesson);
    for (int i = 0; i < 60; ++i)
      simulation.advanceFrame();
    const Points& x = simulation.currentFrame()->particles->positions;
    return double(((x.colwise() - x.rowwise().mean()).array().square().sum()) / double(x.cols()));
  };
  EXPECT_GT(spread(3.0), 1.5 * spread(0.3));
}

TEST(Simulation, AnUnnormalizableNegationIsReportedNotDrawnAsNaN) {
  Lesson lesson = twoGaussians();
  lesson.composition.operation = Composition::Operation::Negation;
  lesson.composition.gamma = 3.0;
  Simulation simulation(lesson);
  const FramePtr frame = simulation.currentFrame();
  EXPECT_FALSE(frame->partitionError.empty());
  for (float e : frame->shownGrid->values)
    ASSERT_FALSE(std::isnan(e));
}

TEST(Simulation, TrainsANetworkOnTheDataAndKeepsItsWeights) {
  Lesson lesson = twoGaussians();
  lesson.data.source = DataSpec::Source::Generated;
  lesson.data.dataset = "moons";
  lesson.data.count = 1000;
  lesson.composition.operation = Composition::Operation::Single;
  lesson.composition.terms = {1};
  lesson.training.energy = 1;
  lesson.training.hiddenWidths = {32, 32};
  lesson.training.iterations = 40;
  lesson.training.batchSize = 64;
  lesson.training.langevinSteps = 5;
  Simulation simulation(lesson);
  simulation.startTraining();
  for (int i = 0; i < 100 && simulation.training(); ++i)
    simulation.advanceFrame(5);
  const FramePtr frame = simulation.currentFrame();
  ASSERT_TRUE(frame->training);
  EXPECT_EQ(frame->training->state, TrainingFrame::State::Finished);
  EXPECT_EQ(frame->training->iteration, 40);
  EXPECT_EQ(frame->training->loss.size(), 40u);
  ASSERT_TRUE(frame->negatives);
  EXPECT_EQ(frame->negatives->positions.cols(), 64);
  const auto spec = simulation.takeTrainedSpec();
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->first, 1);
  EXPECT_EQ(spec->second.at("type"), "mlp");
  EXPECT_TRUE(spec->second.contains("layers"));
}

TEST(Simulation, TrainingWithoutDataIsARefusalNotACrash) {
  Simulation simulation(twoGaussians());
  EXPECT_THROW(simulation.startTraining(), ArgumentError);
  EXPECT_FALSE(simulation.training());
}

}  // namespace
}  // namespace ebm

namespace ebm {
namespace {

// Blending two Gaussian energies gives a Gaussian with the blended precision Λ = αΛa + (1−α)Λb whose minimum
// is Λ⁻¹(αΛaμa + (1−α)Λbμb): the traced minimum must follow that curve.
TEST(Simulation, TheMinimumOfABlendFollowsTheBlendedPrecisionFormula) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [
      {"name": "a", "spec": {"type": "gaussian", "mean": [-2.2, -1.2], "covariance": [[0.25, 0.0], [0.0, 2.2]]}},
      {"name": "b", "spec": {"type": "gaussian", "mean": [2.0, 1.6], "covariance": [[2.0, 0.9], [0.9, 0.6]]}}],
    "composition": {"operation": "blend", "terms": [0, 1], "alpha": 0.0},
    "sampler": {"particles": 10}, "view": {"gridResolution": 201}})");
  Simulation simulation(lesson);
  const Eigen::Vector2d ma(-2.2, -1.2), mb(2.0, 1.6);
  Eigen::Matrix2d ca, cb;
  ca << 0.25, 0.0, 0.0, 2.2;
  cb << 2.0, 0.9, 0.9, 0.6;
  const Eigen::Matrix2d la = ca.inverse(), lb = cb.inverse();
  for (double alpha : {0.0, 0.2, 0.4, 0.6, 0.8, 1.0}) {
    simulation.setParameter("alpha", alpha);
    const Eigen::Matrix2d precision = alpha * la + (1 - alpha) * lb;
    const Eigen::Vector2d expected = precision.inverse() * (alpha * la * ma + (1 - alpha) * lb * mb);
    const FramePtr frame = simulation.currentFrame();
    ASSERT_TRUE(frame->minimum);
    // The refined minimum is within a small part of the grid spacing (8/200) of the exact one.
    EXPECT_NEAR(frame->minimum->positions(0, 0), expected[0], 0.01) << "α = " << alpha;
    EXPECT_NEAR(frame->minimum->positions(1, 0), expected[1], 0.01) << "α = " << alpha;
  }
  ASSERT_TRUE(simulation.currentFrame()->minimumTrace);
  EXPECT_EQ(simulation.currentFrame()->minimumTrace->positions.cols(), 6);
}

}  // namespace
}  // namespace ebm
