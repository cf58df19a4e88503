// The contrastive lesson's experiment run by a Simulation: its landscape is E(x, ·) of the anchor, sliders
// and commands reach it, exported frames train a fixed amount, the lesson file round-trips, bad settings name
// their path.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>

#include "contrastive/contrastive_experiment.h"
#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "io/lesson_parameters.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson contrastiveLesson() {
  return builtInLesson("contrastive-learning");
}

const ContrastiveFrame& contrastiveOf(const FramePtr& frame) {
  return experimentOf<ContrastiveFrame>(frame);
}

TEST(ContrastiveExperiment, TheLandscapeIsTheAnchorsEnergyOnPairs) {
  const Lesson lesson = contrastiveLesson();
  EXPECT_TRUE(lesson.energies.empty());
  Simulation simulation(lesson);
  const FramePtr frame = simulation.currentFrame();
  const ContrastiveFrame& f = contrastiveOf(frame);
  ASSERT_TRUE(frame->shownGrid);
  EXPECT_EQ(frame->shownGrid, f.landscape);
  EXPECT_EQ(f.training.state, TrainingFrame::State::Running);  // the lesson trains as it opens
  // E(x, y) = −g(x)·g(y)/τ lies in [−1/τ, 1/τ] and reaches its lowest where y maps onto g(x).
  const double tau = lesson.temperature;
  EXPECT_GE(f.landscape->values.minCoeff(), -1 / tau - 1e-4);
  EXPECT_LE(f.landscape->values.maxCoeff(), 1 / tau + 1e-4);
  EXPECT_NEAR(f.anchorEmbedding.norm(), 1.0, 1e-5);
  EXPECT_EQ(f.anchor[0], 2.0);
  // The data are drawn as markers coloured by angle bucket; the anchor is the path's one point.
  ASSERT_TRUE(frame->markers);
  EXPECT_EQ(frame->markers->positions.cols(), 160);
  ASSERT_EQ(frame->markers->labels.size(), 160u);
  for (std::size_t i = 0; i < 160; ++i) {
    const int bucket = f.buckets[i];
    EXPECT_TRUE(bucket >= 0 && bucket < ContrastiveExperiment::kAngleBuckets);
    EXPECT_EQ(frame->markers->labels[i], ContrastiveExperiment::bucketLabel(bucket));
    // The bucket is the angle of g(x) in eighths of a turn, from −π.
    const double turn =
        (std::atan2(f.embeddings(1, Index(i)), f.embeddings(0, Index(i))) + M_PI) / (2 * M_PI);
    EXPECT_EQ(bucket, std::min(int(turn * 8), 7));
  }
  ASSERT_TRUE(frame->minimum);
  EXPECT_EQ(frame->minimum->positions(0, 0), 2.0f);
}

TEST(ContrastiveExperiment, SlidersAndCommandsReachTheRun) {
  Simulation simulation(contrastiveLesson());
  simulation.command("pause");
  EXPECT_EQ(contrastiveOf(simulation.currentFrame()).training.state, TrainingFrame::State::Paused);
  EXPECT_FALSE(simulation.advance(0.01));  // a paused run does not move
  simulation.setParameter("temperature", 0.5);
  simulation.setParameter("contrastive.viewNoise", 0.8);
  simulation.setParameter("contrastive.anchorX", -50);  // clamped to the box
  const ContrastiveFrame& moved = contrastiveOf(simulation.currentFrame());
  EXPECT_EQ(moved.temperature, 0.5);
  EXPECT_EQ(moved.viewNoise, 0.8);
  EXPECT_EQ(moved.anchor[0], -4.0);
  EXPECT_GE(moved.landscape->values.minCoeff(), -2.0 - 1e-4);  // 1/τ = 2
  simulation.command("train");
  // A live run publishes a few times a second: advance until a frame shows steps taken.
  std::int64_t steps = 0;
  for (int tick = 0; tick < 100 && steps == 0; ++tick) {
    EXPECT_TRUE(simulation.advance(0.02));
    steps = contrastiveOf(simulation.currentFrame()).training.iteration;
  }
  EXPECT_GT(steps, 0);
  simulation.command("stop");
  EXPECT_EQ(contrastiveOf(simulation.currentFrame()).training.state, TrainingFrame::State::Stopped);
  simulation.command("reset");
  const auto& fresh = contrastiveOf(simulation.currentFrame());
  EXPECT_EQ(fresh.training.state, TrainingFrame::State::Idle);
  EXPECT_EQ(fresh.training.iteration, 0);
  EXPECT_THROW(simulation.command("dance"), ArgumentError);
}

TEST(ContrastiveExperiment, ExportedFramesTrainAFixedNumberOfStepsAndRepeat) {
  const Lesson lesson = contrastiveLesson();
  Simulation a(lesson), b(lesson);
  for (int frame = 0; frame < 3; ++frame) {
    a.advanceFrame();
    b.advanceFrame();
  }
  const auto& fa = contrastiveOf(a.currentFrame());
  EXPECT_EQ(fa.training.iteration, 3 * 4);  // iterationsPerFrame
  EXPECT_EQ(fa.training.loss, contrastiveOf(b.currentFrame()).training.loss);
  EXPECT_EQ(fa.landscape->values, contrastiveOf(b.currentFrame()).landscape->values);
}

TEST(ContrastiveExperiment, ASettingsEditRestartsOnTheNewShape) {
  Lesson lesson = contrastiveLesson();
  Simulation simulation(lesson);
  lesson.experiment["embedding"] = 3;
  lesson.experiment["data"]["name"] = "moons";
  simulation.update(lesson, LessonChange::Experiment);
  const auto& f = contrastiveOf(simulation.currentFrame());
  EXPECT_EQ(f.embeddingDimension, 3);
  EXPECT_EQ(f.embeddings.rows(), 3);
  EXPECT_NEAR(f.uniformCircleUniformity, -4 + std::log(std::sinh(4.0) / 4), 1e-12);
}

TEST(ContrastiveExperiment, TheLessonRoundTripsThroughItsFile) {
  const Lesson lesson = contrastiveLesson();
  const Lesson again = readLesson(writeLesson(lesson));
  EXPECT_EQ(again.experiment, lesson.experiment);
  EXPECT_EQ(parameterValue(again, "contrastive.anchorY"), 2.0);
  EXPECT_EQ(parameterValue(again, "contrastive.viewNoise"), 0.3);
}

TEST(ContrastiveExperiment, BadSettingsNameTheirPath) {
  const Lesson lesson = contrastiveLesson();
  auto expectError = [&](const std::function<void(nlohmann::json&)>& spoil, const std::string& path) {
    nlohmann::json root = nlohmann::json::parse(writeLesson(lesson));
    spoil(root["experiment"]);
    try {
      (void)readLesson(root.dump());
      ADD_FAILURE() << "accepted a lesson with a bad " << path;
    } catch (const LessonError& e) {
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
  };
  expectError([](auto& e) { e["data"]["name"] = "helix"; }, "experiment.data.name");
  expectError([](auto& e) { e["data"]["name"] = "no such data"; }, "experiment.data.name");
  expectError([](auto& e) { e["embedding"] = 4; }, "experiment.embedding");
  expectError([](auto& e) { e["hiddenWidths"] = {64, 0}; }, "experiment.hiddenWidths[1]");
  expectError([](auto& e) { e["activation"] = "relu6"; }, "experiment.activation");
  expectError([](auto& e) { e["batchSize"] = 1; }, "experiment.batchSize");
  expectError([](auto& e) { e.erase("data"); }, "experiment.data");
}

}  // namespace
}  // namespace ebm
