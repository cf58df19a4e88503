// The Hopfield lesson's experiment run by a Simulation: the built-in lesson recalls its cue, the sliders and
// commands reach the network, the landscape and the recall's path are in every frame, and bad settings name
// their JSON path.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "hopfield/hopfield_experiment.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson hopfieldLesson() {
  return builtInLesson("hopfield-memory");
}

const HopfieldFrame& hopfieldOf(const FramePtr& frame) {
  return experimentOf<HopfieldFrame>(frame);
}

// Runs the recall frame by frame until it stops (at most `frames`).
void recall(Simulation& simulation, int frames = 2000) {
  for (int k = 0; k < frames && hopfieldOf(simulation.currentFrame()).recalling; ++k)
    simulation.advanceFrame();
}

TEST(HopfieldExperiment, TheBuiltInLessonRecallsItsCueDownhill) {
  const Lesson lesson = hopfieldLesson();
  EXPECT_TRUE(lesson.energies.empty());
  Simulation simulation(lesson);
  const HopfieldFrame start = hopfieldOf(simulation.currentFrame());
  ASSERT_EQ(start.state.size(), 256);
  EXPECT_EQ(start.patternNames.size(), 3u);
  EXPECT_NEAR(start.overlaps[0], 1 - 2 * 51 / 256.0, 1e-12);  // round(0.2 × 256) of A's pixels flipped
  EXPECT_TRUE(start.recalling);
  recall(simulation);
  const FramePtr frame = simulation.currentFrame();
  const HopfieldFrame& end = hopfieldOf(frame);
  EXPECT_TRUE(end.settled);
  EXPECT_DOUBLE_EQ(end.overlaps[0], 1.0);
  EXPECT_LT(end.energy, start.energy);
  // The energy never rose on the way down (T = 0).
  const auto& e = *end.historyEnergy;
  for (std::size_t k = 1; k < e.size(); ++k)
    EXPECT_LE(e[k], e[k - 1] + 1e-9);
  // The views draw E(m₁, m₂) with the two memories as markers and the recall's path ending at A.
  ASSERT_TRUE(frame->shownGrid);
  EXPECT_EQ(frame->shownGrid, end.landscape);
  ASSERT_GT(end.path.cols(), 2);
  EXPECT_FLOAT_EQ(end.path(0, end.path.cols() - 1), 1.0f);
  ASSERT_TRUE(frame->markers);
  EXPECT_EQ(frame->markers->positions.cols(), 4);
  // The memory is the lowest node of the landscape's neighbourhood: a valley at (1, q).
  const auto& grid = *end.landscape;
  EXPECT_LT(grid.values.minCoeff(), grid.values.mean());
}

TEST(HopfieldExperiment, SlidersAndCommandsReachTheNetwork) {
  Simulation simulation(hopfieldLesson());
  simulation.setParameter("hopfield.noise", 0.1);
  EXPECT_NEAR(hopfieldOf(simulation.currentFrame()).overlaps[0], 1 - 2 * 26 / 256.0,
              1e-12);  // round(25.6) flips
  simulation.setParameter("hopfield.pace", 256);
  simulation.command("step", {{"updates", 10}});
  EXPECT_EQ(hopfieldOf(simulation.currentFrame()).updates, 10);
  EXPECT_EQ(hopfieldOf(simulation.currentFrame()).lastUpdated.size(), 10u);
  // Painting a pixel pauses the recall and starts it again from the painted picture.
  const auto before = hopfieldOf(simulation.currentFrame()).state;
  const int cell = 0;
  simulation.command("paint", {{"cell", cell}, {"value", -int(before[cell])}});
  const HopfieldFrame& painted = hopfieldOf(simulation.currentFrame());
  EXPECT_FALSE(painted.recalling);
  EXPECT_EQ(painted.state[cell], -before[cell]);
  EXPECT_EQ(painted.cue[cell], -before[cell]);
  EXPECT_EQ(painted.updates, 0);
  simulation.command("recall", nlohmann::json::object());
  EXPECT_TRUE(hopfieldOf(simulation.currentFrame()).recalling);
  EXPECT_THROW(simulation.command("paint", {{"cell", 300}, {"value", 1}}), ArgumentError);
  EXPECT_THROW(simulation.command("forget", nlohmann::json::object()), ArgumentError);
  // Warm: Glauber dynamics keeps moving where T = 0 would have stopped.
  simulation.setParameter("hopfield.temperature", 1.2);
  recall(simulation, 400);
  const HopfieldFrame& warm = hopfieldOf(simulation.currentFrame());
  EXPECT_FALSE(warm.settled);
  EXPECT_LT(std::abs(warm.overlaps[0]), 0.6);  // above T = 1 the memory melts away
  simulation.command("capacity", {{"neurons", 200}});
  const auto capacity = hopfieldOf(simulation.currentFrame()).capacity;
  ASSERT_TRUE(capacity);
  EXPECT_EQ(capacity->neurons, 200);
  EXPECT_FALSE(capacity->curve.empty());
}

TEST(HopfieldExperiment, ManyRandomPatternsLeaveTheCueInASpuriousState) {
  Lesson lesson = hopfieldLesson();
  lesson.experiment["randomPatterns"] = 60;  // α ≈ 0.25, far beyond Hebb's capacity
  lesson.experiment["noise"] = 0.1;
  Simulation simulation(lesson);
  recall(simulation);
  const HopfieldFrame& f = hopfieldOf(simulation.currentFrame());
  EXPECT_EQ(f.patternNames.size(), 63u);
  EXPECT_EQ(f.patternNames.back(), "random 60");
  EXPECT_LT(f.overlaps[0], 0.95);
  // The pseudo-inverse rule stores the same 63 patterns: A is recalled again.
  lesson.experiment["rule"] = "pseudo-inverse";
  simulation.update(lesson, LessonChange::Experiment);
  recall(simulation);
  EXPECT_DOUBLE_EQ(hopfieldOf(simulation.currentFrame()).overlaps[0], 1.0);
}

TEST(HopfieldExperiment, BadSettingsNameTheirPath) {
  const Lesson good = hopfieldLesson();
  const auto refused = [&](const char* key, const nlohmann::json& value, const std::string& path) {
    Lesson lesson = good;
    lesson.experiment[key] = value;
    try {
      Simulation simulation(lesson);
      ADD_FAILURE() << key << " was accepted";
    } catch (const LessonError& e) {
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
  };
  refused("rule", "oja", "experiment.rule");
  refused("cue", "Q", "experiment.cue");
  refused("stored", nlohmann::json::array({"A", "nine"}), "experiment.stored[1]");
  refused("axes", nlohmann::json::array({"A"}), "experiment.axes");
  refused("painted", "###", "experiment.painted");
  refused("noise", 2, "experiment.noise");
  Lesson lesson = good;
  lesson.experiment["patterns"][0]["rows"][3] = "..##";
  EXPECT_THROW(Simulation{lesson}, LessonError);
}

}  // namespace
}  // namespace ebm
