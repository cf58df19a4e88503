// The classifier-energy lesson as the window runs it: the decision boundaries and the max-softmax map, the
// out-of-distribution frame with both detectors, live training with the fine-tuning sliders, Reset, and the
// trained classifier going back into the lesson.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson classifierLesson() {
  Lesson lesson = builtInLesson("classifier-energy");
  lesson.view.gridResolution = 64;  // quick
  return lesson;
}

FramePtr trainClassifierToTheEnd(Simulation& simulation) {
  simulation.startTraining();
  for (int i = 0; i < 400 && simulation.training(); ++i)
    simulation.advanceFrame(25);
  return simulation.currentFrame();
}

TEST(ClassifierLesson, OpensWithBoundariesAndBothDetectors) {
  Simulation simulation(classifierLesson());
  const FramePtr frame = simulation.currentFrame();
  ASSERT_TRUE(frame->boundaries);
  EXPECT_GT(frame->boundaries->positions.cols(), 10);
  EXPECT_EQ(frame->boundaries->positions.cols() % 2, 0);
  EXPECT_EQ(frame->boundaries->fieldValues.size(), std::size_t(frame->boundaries->positions.cols()));
  ASSERT_TRUE(frame->ood);
  const OodFrame& ood = *frame->ood;
  EXPECT_EQ(ood.ringCount, 300);
  EXPECT_EQ(ood.farCount, 300);
  ASSERT_TRUE(ood.outliers);
  EXPECT_EQ(ood.outliers->positions.cols(), 600);
  for (int label : ood.outliers->labels)
    EXPECT_TRUE(label == 2 || label == 3);
  for (const auto* score : {&ood.energy, &ood.softmax}) {
    EXPECT_GE(score->auroc, 0);
    EXPECT_LE(score->auroc, 1);
    EXPECT_EQ(score->rocFalseAlarm.size(), score->rocDetection.size());
    EXPECT_GT(score->rocFalseAlarm.size(), 2u);
  }
  ASSERT_TRUE(ood.threshold);
  EXPECT_GT(ood.threshold->positions.cols(), 0);
  // The energy threshold line lies on the level E = threshold.
  for (float e : ood.threshold->energies)
    EXPECT_NEAR(e, ood.energy.threshold, 0.5);
  EXPECT_FALSE(frame->mapShowsConfidence);
}

TEST(ClassifierLesson, TheMapShowsTheMaxSoftmaxConfidenceWhenAsked) {
  Lesson lesson = classifierLesson();
  Simulation simulation(lesson);
  lesson.view.mapShowsConfidence = true;
  simulation.update(lesson, LessonChange::View);
  const FramePtr frame = simulation.currentFrame();
  ASSERT_TRUE(frame->mapShowsConfidence);
  EXPECT_FALSE(frame->mapShowsDensity);
  EXPECT_NE(frame->mapGrid, frame->shownGrid);
  EXPECT_GE(frame->mapGrid->values.minCoeff(), 1.0f / 3 - 1e-6f);
  EXPECT_LE(frame->mapGrid->values.maxCoeff(), 1.0f + 1e-6f);
  ASSERT_TRUE(frame->ood);
  EXPECT_TRUE(frame->ood->showsSoftmax);
  ASSERT_TRUE(frame->ood->threshold);
  // The line is now the confidence's level −threshold: flag below it.
  EXPECT_GT(frame->ood->threshold->positions.cols(), 0);
}

TEST(ClassifierLesson, FineTuningLiveMakesTheEnergyTheBetterDetector) {
  Lesson lesson = classifierLesson();
  lesson.training.iterations = 600;
  Simulation simulation(lesson);
  FramePtr frame = trainClassifierToTheEnd(simulation);
  ASSERT_EQ(frame->training->state, TrainingFrame::State::Finished) << frame->training->message;
  ASSERT_TRUE(frame->ood);
  EXPECT_GT(frame->ood->accuracy, 0.97);
  ASSERT_FALSE(frame->training->accuracy.empty());
  EXPECT_GT(frame->training->accuracy.back(), 0.95);
  ASSERT_TRUE(frame->negatives) << "the outliers of the last batch are drawn";
  const double plainFpr = frame->ood->energy.fpr95;
  // The sliders reach the next run; the run continues from the trained classifier.
  simulation.setParameter("energyWeight", 0.1);
  simulation.setParameter("marginIn", -7);
  simulation.setParameter("marginOut", -2);
  frame = trainClassifierToTheEnd(simulation);
  ASSERT_EQ(frame->training->state, TrainingFrame::State::Finished) << frame->training->message;
  EXPECT_GT(frame->ood->accuracy, 0.97);
  EXPECT_LT(frame->ood->energy.fpr95, 0.1);
  EXPECT_LE(frame->ood->energy.fpr95, frame->ood->softmax.fpr95);
  EXPECT_LT(frame->ood->energy.fpr95, plainFpr);
  EXPECT_LT(frame->training->dataEnergy.back(), frame->training->negativeEnergy.back());
  const auto spec = simulation.takeTrainedSpec();
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->second.at("type"), "classifier");
  EXPECT_EQ(readLesson(writeLesson(simulation.lesson())).energies[0].spec, spec->second);
}

TEST(ClassifierLesson, ResetGivesAFreshClassifierAndUnlabelledDataAreRefused) {
  Lesson lesson = classifierLesson();
  Simulation simulation(lesson);
  simulation.resetTraining();
  EXPECT_EQ(simulation.lesson().energies[0].spec.at("type"), "classifier");
  EXPECT_EQ(simulation.lesson().energies[0].spec.at("classes"), 3);
  EXPECT_FALSE(simulation.lesson().energies[0].spec.contains("layers"));
  lesson.data.dataset = "swissroll";  // no labels
  simulation.update(lesson, LessonChange::Data);
  EXPECT_THROW(simulation.startTraining(), DataError);
}

}  // namespace
}  // namespace ebm
