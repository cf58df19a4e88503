// The attention lesson's experiment run by a Simulation: the Step command, its weights and E, the query
// sliders, an energy edit reaching the experiment, and settings that name no modern Hopfield energy.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "attention/attention_experiment.h"
#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson attentionLesson() {
  return builtInLesson("attention-as-energy");
}

const AttentionFrame& attentionOf(const FramePtr& frame) {
  return experimentOf<AttentionFrame>(frame);
}

TEST(AttentionExperiment, TheBuiltInLessonIsADensityLessonWithPatternsAsMarkers) {
  const Lesson lesson = attentionLesson();
  EXPECT_EQ(lesson.experimentKind(), "attention");
  Simulation simulation(lesson);
  const FramePtr frame = simulation.currentFrame();
  const AttentionFrame& f = attentionOf(frame);
  EXPECT_EQ(f.weights.size(), 10);
  EXPECT_NEAR(f.weights.sum(), 1.0, 1e-12);
  EXPECT_EQ(f.steps, 0);
  ASSERT_TRUE(frame->markers);
  EXPECT_EQ(frame->markers->positions.cols(), 10);
  EXPECT_TRUE(frame->particles);
}

TEST(AttentionExperiment, StepMovesTheQueryDownhillAndResetReturnsIt) {
  Simulation simulation(attentionLesson());
  double previous = attentionOf(simulation.currentFrame()).energy;
  for (int step = 1; step <= 5; ++step) {
    simulation.command("step");
    const AttentionFrame& f = attentionOf(simulation.currentFrame());
    EXPECT_EQ(f.steps, step);
    EXPECT_LE(f.energy, previous + 1e-12);
    EXPECT_EQ(f.path.cols(), step + 1);
    previous = f.energy;
  }
  simulation.command("reset");
  const AttentionFrame& f = attentionOf(simulation.currentFrame());
  EXPECT_EQ(f.steps, 0);
  EXPECT_NEAR(f.query.x(), 0.5, 1e-12);
  EXPECT_THROW(simulation.command("dance"), ArgumentError);
}

TEST(AttentionExperiment, QuerySlidersPlaceTheQuery) {
  Simulation simulation(attentionLesson());
  simulation.command("step");
  simulation.setParameter("attention.x", -2.0);
  simulation.setParameter("attention.y", 1.5);
  const AttentionFrame& f = attentionOf(simulation.currentFrame());
  EXPECT_EQ(f.steps, 0);
  EXPECT_NEAR(f.query.x(), -2.0, 1e-12);
  EXPECT_NEAR(f.query.y(), 1.5, 1e-12);
}

TEST(AttentionExperiment, AnEnergyEditReachesTheExperiment) {
  Lesson lesson = attentionLesson();
  Simulation simulation(lesson);
  lesson.energies[0].spec["beta"] = 50.0;
  lesson.energies[0].spec["variant"] = "euclidean";
  simulation.update(lesson, LessonChange::Energies);
  const AttentionFrame& f = attentionOf(simulation.currentFrame());
  EXPECT_DOUBLE_EQ(f.beta, 50.0);
  EXPECT_TRUE(f.euclidean);
}

TEST(AttentionExperiment, SettingsMustNameAModernHopfieldEnergy) {
  Lesson lesson = attentionLesson();
  lesson.experiment["energy"] = 3;
  EXPECT_THROW(Simulation{lesson}, LessonError);
  lesson = attentionLesson();
  lesson.energies[0].spec = nlohmann::json::parse(R"({"type": "double_well"})");
  try {
    Simulation simulation(lesson);
    FAIL() << "a double well is no modern Hopfield energy";
  } catch (const LessonError& e) {
    EXPECT_NE(std::string(e.what()).find("experiment.energy"), std::string::npos) << e.what();
  }
}

TEST(AttentionExperiment, TheLessonRoundTripsThroughItsFile) {
  const Lesson lesson = attentionLesson();
  const Lesson again = readLesson(writeLesson(lesson));
  EXPECT_EQ(again.experiment, lesson.experiment);
  EXPECT_EQ(again.energies[0].spec, lesson.energies[0].spec);
}

}  // namespace
}  // namespace ebm
