// Lesson 7's watchdogs: the true density, an RBM and a neural energy trained on the normal data judge the
// same held-out points and anomalies; choosing one recalibrates the threshold on the normal points.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson anomalyLesson() {
  Lesson lesson = builtInLesson("anomaly-detection");
  lesson.view.gridResolution = 48;  // quick
  return lesson;
}

TEST(AnomalyWatchdogs, EveryWatchdogGetsACurveAndTheLearnedOnesNearlyMatchTheTruth) {
  Simulation simulation(anomalyLesson());
  const FramePtr frame = simulation.currentFrame();
  ASSERT_TRUE(frame->anomaly);
  const auto& w = frame->anomaly->watchdogs;
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].name, "True density");
  EXPECT_EQ(w[1].name, "RBM watchdog");
  EXPECT_EQ(w[2].name, "Neural watchdog");
  EXPECT_TRUE(w[0].watching);
  EXPECT_FALSE(w[1].watching || w[2].watching);
  // Uniform anomalies that land in the normal data's valleys cannot be caught by any model: the truth's area
  // (~0.91) is the ceiling, and watchdogs trained on the normal data reach it within 0.02 (fixed seeds).
  EXPECT_GT(w[0].area, 0.88);
  for (const auto& dog : w) {
    EXPECT_GT(dog.area, w[0].area - 0.02) << dog.name;
    EXPECT_LT(dog.area, w[0].area + 0.02) << dog.name;
    EXPECT_EQ(dog.rocFalseAlarm.size(), dog.rocDetection.size());
  }
  EXPECT_DOUBLE_EQ(w[0].area, frame->anomaly->area);
}

TEST(AnomalyWatchdogs, ChoosingAWatchdogRecalibratesItsThreshold) {
  Lesson lesson = anomalyLesson();
  Simulation simulation(lesson);
  const double truthThreshold = simulation.currentFrame()->anomaly->threshold;
  for (int k : {1, 2}) {
    lesson.composition.terms = {k};
    lesson.anomaly.calibrate = true;
    simulation.update(lesson, LessonChange::Energies);
    const FramePtr frame = simulation.currentFrame();
    ASSERT_TRUE(frame->anomaly);
    EXPECT_TRUE(frame->anomaly->watchdogs[std::size_t(k)].watching);
    EXPECT_DOUBLE_EQ(frame->anomaly->area, frame->anomaly->watchdogs[std::size_t(k)].area);
    // The calibrated threshold flags 5% of the held-out normal points, whatever the model's energy scale.
    EXPECT_NEAR(frame->anomaly->falseAlarmRate, 0.05, 0.01);
    EXPECT_NE(frame->anomaly->threshold, truthThreshold);
    EXPECT_LT(frame->anomaly->missRate, 0.5);
  }
}

}  // namespace
}  // namespace ebm
