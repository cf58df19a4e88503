// The GUI's training path for NCE and the RBM: a lesson's TrainingSpec builds the trainer, the run finishes,
// negatives are shown, and the trained energy's spec (with the RBM's weights) goes back into the lesson.
#include <gtest/gtest.h>

#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson moonsLesson(TrainingSpec::Method method) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"name": "learned", "spec": {"type": "mlp", "hiddenWidths": [16, 16], "seed": 1}}],
    "data": {"dataset": "moons", "count": 1000, "seed": 2},
    "view": {"gridResolution": 64}})");
  lesson.training.method = method;
  lesson.training.hiddenWidths = {32, 32};
  lesson.training.hiddenUnits = 12;
  lesson.training.langevinSteps = 2;
  lesson.training.iterations = 30;
  lesson.training.batchSize = 64;
  return lesson;
}

FramePtr trainToTheEnd(Simulation& simulation) {
  simulation.startTraining();
  for (int i = 0; i < 100 && simulation.training(); ++i)
    simulation.advanceFrame(5);
  return simulation.currentFrame();
}

TEST(SimulationTraining, RbmRunsFromTheLessonAndItsWeightsGoBackIntoTheLesson) {
  Simulation simulation(moonsLesson(TrainingSpec::Method::Rbm));
  const FramePtr frame = trainToTheEnd(simulation);
  ASSERT_TRUE(frame->training);
  EXPECT_EQ(frame->training->state, TrainingFrame::State::Finished) << frame->training->message;
  EXPECT_EQ(frame->training->iteration, 30);
  ASSERT_TRUE(frame->negatives);
  EXPECT_EQ(frame->negatives->positions.cols(), 64);
  const auto spec = simulation.takeTrainedSpec();
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->second.at("type"), "rbm");
  EXPECT_EQ(spec->second.at("hiddenUnits"), 12);
  EXPECT_TRUE(spec->second.contains("weights"));
  // The lesson with the trained RBM reads back.
  const Lesson saved = readLesson(writeLesson(simulation.lesson()));
  EXPECT_EQ(saved.energies[0].spec, spec->second);
}

TEST(SimulationTraining, NceRunsFromTheLessonAndKeepsANetwork) {
  Simulation simulation(moonsLesson(TrainingSpec::Method::Nce));
  const FramePtr frame = trainToTheEnd(simulation);
  ASSERT_TRUE(frame->training);
  EXPECT_EQ(frame->training->state, TrainingFrame::State::Finished) << frame->training->message;
  ASSERT_TRUE(frame->negatives);
  EXPECT_EQ(frame->negatives->positions.cols(), 64);
  const auto spec = simulation.takeTrainedSpec();
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->second.at("type"), "mlp");
}

TEST(SimulationTraining, ResetForAnRbmGivesAnUntrainedRbm) {
  Simulation simulation(moonsLesson(TrainingSpec::Method::Rbm));
  simulation.resetTraining();
  const auto spec = simulation.takeTrainedSpec();
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->second.at("type"), "rbm");
}

}  // namespace
}  // namespace ebm
