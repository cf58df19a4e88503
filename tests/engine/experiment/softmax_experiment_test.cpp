// The softmax lesson's experiment run by a Simulation: sliders, commands, frames, and the lesson file.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

#include "choices/softmax_experiment.h"
#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "io/lesson_parameters.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson softmaxLesson() {
  return builtInLesson("softmax-temperature");
}

const SoftmaxFrame& softmaxOf(const FramePtr& frame) {
  return experimentOf<SoftmaxFrame>(frame);
}

TEST(SoftmaxExperiment, TheBuiltInLessonRunsWithoutEnergies) {
  const Lesson lesson = softmaxLesson();
  EXPECT_TRUE(lesson.energies.empty());
  EXPECT_EQ(lesson.experimentKind(), "softmax");
  Simulation simulation(lesson);
  const FramePtr frame = simulation.currentFrame();
  const SoftmaxFrame& f = softmaxOf(frame);
  EXPECT_EQ(f.itemNames.size(), 8u);
  EXPECT_NEAR(std::accumulate(f.probabilities.begin(), f.probabilities.end(), 0.0), 1.0, 1e-12);
  // The views draw the experiment's landscape: E(x) = −U_u·x, and the items and users as markers on it.
  ASSERT_TRUE(frame->shownGrid);
  EXPECT_EQ(frame->shownGrid, f.landscape);
  ASSERT_TRUE(frame->markers);
  EXPECT_EQ(frame->markers->positions.cols(), 12);
  EXPECT_EQ(frame->markers->fieldValues.size(), 12u);
  EXPECT_EQ(simulation.advance(0.01), false);  // nothing moves by itself
}

TEST(SoftmaxExperiment, TemperatureAndUserSlidersReachTheExperiment) {
  Simulation simulation(softmaxLesson());
  simulation.setParameter("temperature", 0.01);
  const double frozen = softmaxOf(simulation.currentFrame()).entropy;
  simulation.setParameter("temperature", 50);
  const auto boiling = softmaxOf(simulation.currentFrame());
  EXPECT_LT(frozen, 0.05);
  EXPECT_NEAR(boiling.entropy, std::log(8.0), 0.02);
  const auto landscapeBefore = boiling.landscape;
  simulation.setParameter("softmax.user", 2);
  const auto& after = softmaxOf(simulation.currentFrame());
  EXPECT_EQ(after.user, 2);
  EXPECT_NE(after.landscape, landscapeBefore);
  // A user beyond the list is the last one.
  simulation.setParameter("softmax.user", 40);
  EXPECT_EQ(softmaxOf(simulation.currentFrame()).user, 3);
}

TEST(SoftmaxExperiment, RecommendDrawsFromTheDistribution) {
  Simulation simulation(softmaxLesson());
  simulation.command("recommend");
  const auto& f = softmaxOf(simulation.currentFrame());
  EXPECT_EQ(f.draws, 50);
  EXPECT_EQ(std::accumulate(f.recommended.begin(), f.recommended.end(), 0), 50);
  EXPECT_THROW(simulation.command("dance"), ArgumentError);
}

TEST(SoftmaxExperiment, TheLessonRoundTripsThroughItsFile) {
  const Lesson lesson = softmaxLesson();
  const Lesson again = readLesson(writeLesson(lesson));
  EXPECT_EQ(again.experiment, lesson.experiment);
  EXPECT_EQ(parameterValue(again, "softmax.user"), 0);
}

TEST(SoftmaxExperiment, BadSettingsNameTheirPath) {
  Lesson lesson = softmaxLesson();
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
  expectError([](auto& e) { e["kind"] = "sudokoo"; }, "experiment.kind");
  expectError([](auto& e) { e["items"] = nlohmann::json::array({e["items"][0]}); }, "experiment.items");
  expectError([](auto& e) { e["items"][2]["embedding"] = {1, 2, 3}; }, "experiment.items[2].embedding");
  expectError([](auto& e) { e["user"] = 9; }, "experiment.user");
  expectError([](auto& e) { e["categories"][0]["count"] = -3; }, "experiment.categories[0].count");
}

}  // namespace
}  // namespace ebm
