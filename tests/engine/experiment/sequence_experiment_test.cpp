// The sequence-watchdog lesson's experiment run by a Simulation: the landscape is the table u(a → b), the
// session walks over it, sliders recalibrate, commands draw sessions of the asked kind, the feed moves in
// exported frames, the lesson file round-trips and bad settings name their path.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <numeric>
#include <sstream>

#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "io/lesson_parameters.h"
#include "sequences/sequence_experiment.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson watchdogLesson() {
  return builtInLesson("sequence-watchdog");
}

const SequenceFrame& sequenceOf(const FramePtr& frame) {
  return experimentOf<SequenceFrame>(frame);
}

TEST(SequenceExperiment, TheLandscapeIsTheTableOfTransitionEnergies) {
  Simulation simulation(watchdogLesson());
  const FramePtr frame = simulation.currentFrame();
  const SequenceFrame& f = sequenceOf(frame);
  ASSERT_TRUE(frame->shownGrid);
  // The box is [0, 9] × [0, 8]: the cell of (a + ½, b + ½) holds u(a → b).
  const Lattice& lattice = f.landscape->lattice;
  const Points nodes = lattice.allNodes();
  for (Index i = 0; i < nodes.cols(); i += 37) {
    const float x = nodes(0, i), y = nodes(1, i);
    if (std::abs(x - std::round(x)) < 1e-3 || std::abs(y - std::round(y)) < 1e-3) continue;  // a cell border
    EXPECT_NEAR(f.landscape->values[i], f.energies(std::min(int(x), 8), std::min(int(y), 7)), 1e-5);
  }
  EXPECT_FALSE(f.attack);  // the feed opens on a customer
  EXPECT_EQ(frame->minimumTrace->positions.cols(), Index(f.session.size()));
  EXPECT_NEAR(f.meanEnergy,
              std::accumulate(f.stepEnergies.begin(), f.stepEnergies.end(), 0.0) / f.stepEnergies.size(),
              1e-12);
}

TEST(SequenceExperiment, CommandsDrawSessionsOfTheAskedKind) {
  Simulation simulation(watchdogLesson());
  simulation.command("attack");
  const auto& attack = sequenceOf(simulation.currentFrame());
  EXPECT_TRUE(attack.attack);
  EXPECT_EQ(attack.session.front(), int(Event::FailedLogin));
  EXPECT_EQ(attack.sessionNumber, 2);
  simulation.command("normal");
  EXPECT_FALSE(sequenceOf(simulation.currentFrame()).attack);
  EXPECT_THROW(simulation.command("dance"), ArgumentError);
}

TEST(SequenceExperiment, SlidersRecalibrateAndRefit) {
  Simulation simulation(watchdogLesson());
  const double loose = sequenceOf(simulation.currentFrame()).threshold;
  simulation.setParameter("watchdog.falseAlarmTarget", 0.01);
  const auto& strict = sequenceOf(simulation.currentFrame());
  EXPECT_GT(strict.threshold, loose);
  EXPECT_LE(strict.heldOutFalseAlarmRate, 0.01);
  const double unseen = strict.energies(kSessionStart, int(Event::Purchase));
  simulation.setParameter("watchdog.smoothing", 5);
  EXPECT_LT(sequenceOf(simulation.currentFrame()).energies(kSessionStart, int(Event::Purchase)), unseen);
}

TEST(SequenceExperiment, TheFeedMovesInExportedFramesOnlyWhilePlaying) {
  const Lesson lesson = watchdogLesson();
  Simulation simulation(lesson);
  for (int i = 0; i < 60; ++i)
    simulation.advanceFrame();
  EXPECT_EQ(sequenceOf(simulation.currentFrame()).sessionNumber, 2);  // 60 frames per session
  simulation.setParameter("playing", 0);
  for (int i = 0; i < 120; ++i)
    simulation.advanceFrame();
  EXPECT_EQ(sequenceOf(simulation.currentFrame()).sessionNumber, 2);
}

TEST(SequenceExperiment, TheLessonRoundTripsAndBadSettingsNameTheirPath) {
  const Lesson lesson = watchdogLesson();
  const Lesson again = readLesson(writeLesson(lesson));
  EXPECT_EQ(again.experiment, lesson.experiment);
  EXPECT_EQ(parameterValue(again, "watchdog.falseAlarmTarget"), 0.05);
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
  expectError([](auto& e) { e["smoothing"] = 0; }, "experiment.smoothing");
  expectError([](auto& e) { e["falseAlarmTarget"] = 0.9; }, "experiment.falseAlarmTarget");
  expectError([](auto& e) { e["attack"]["longestBurst"] = 2; }, "experiment.attack.longestBurst");
  expectError([](auto& e) { e["heldOutSessions"] = 3; }, "experiment.heldOutSessions");
}

}  // namespace
}  // namespace ebm
