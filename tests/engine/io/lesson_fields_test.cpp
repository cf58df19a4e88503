// The sampler's and training's numbers are one table with their ranges: validate() reports the first one
// outside its range in the words the lesson reader uses, and the reader refuses a file with it.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "io/lesson.h"
#include "io/lesson_fields.h"

namespace ebm {
namespace {

TEST(LessonFields, DefaultsAreValid) {
  EXPECT_EQ(SamplerSpec{}.validate(), "");
  EXPECT_EQ(TrainingSpec{}.validate(), "");
}

TEST(LessonFields, ValidateNamesTheFirstSettingOutOfRange) {
  SamplerSpec sampler;
  sampler.particles = 0;
  EXPECT_EQ(sampler.validate(), "`sampler.particles` is 0; it must be between 1 and 100000.");
  sampler.particles = 10;
  sampler.stepSize = 20;
  EXPECT_EQ(sampler.validate(), "`sampler.stepSize` is 20; it must be between 1e-08 and 10.");

  TrainingSpec training;
  training.hiddenWidths = {32, 2000};
  EXPECT_EQ(training.validate(), "`training.hiddenWidths[1]` must be a whole number from 1 to 1024.");
  training.hiddenWidths = {};
  EXPECT_EQ(training.validate(), "`training.hiddenWidths` must list 1 to 8 layer widths.");
  training.hiddenWidths = {32};
  training.learningRate = 2;
  EXPECT_EQ(training.validate(), "`training.learningRate` is 2; it must be between 1e-08 and 1.");
}

TEST(LessonFields, EveryFieldRoundTripsThroughTheLessonFile) {
  const char* text = R"({"version": 2, "box": {"lower": [-3, -3], "upper": [3, 3]},
    "energies": [{"spec": {"type": "gaussian_mixture", "components": [
      {"weight": 1, "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}]}}]})";
  Lesson lesson = readLesson(text);
  for (const auto& field : samplerCounts())
    lesson.sampler.*field.member = field.highest;
  for (const auto& field : samplerNumbers())
    lesson.sampler.*field.member = field.lowest;
  for (const auto& field : trainingCounts())
    lesson.training.*field.member = field.highest;
  for (const auto& field : trainingNumbers())
    lesson.training.*field.member = field.lowest;
  const Lesson back = readLesson(writeLesson(lesson));
  for (const auto& field : samplerCounts())
    EXPECT_EQ(back.sampler.*field.member, field.highest) << field.key;
  for (const auto& field : samplerNumbers())
    EXPECT_EQ(back.sampler.*field.member, field.lowest) << field.key;
  for (const auto& field : trainingCounts())
    EXPECT_EQ(back.training.*field.member, field.highest) << field.key;
  for (const auto& field : trainingNumbers())
    EXPECT_EQ(back.training.*field.member, field.lowest) << field.key;
}

}  // namespace
}  // namespace ebm
