// Named lesson parameters and keyframe interpolation.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "io/lesson_parameters.h"

namespace ebm {
namespace {

TEST(LessonParameters, SetAndGetAreClampedAndRounded) {
  Lesson lesson;
  setParameter(lesson, "temperature", 2.5);
  EXPECT_DOUBLE_EQ(parameterValue(lesson, "temperature"), 2.5);
  setParameter(lesson, "alpha", 1.7);
  EXPECT_DOUBLE_EQ(lesson.composition.alpha, 1.0);
  setParameter(lesson, "particles", 1234.6);
  EXPECT_EQ(lesson.sampler.particles, 1235);
  setParameter(lesson, "particles", 1e9);
  EXPECT_EQ(lesson.sampler.particles, 100000);
  EXPECT_THROW(setParameter(lesson, "sparkle", 1), ArgumentError);
  EXPECT_THROW(setParameter(lesson, "temperature", NAN), ArgumentError);
  EXPECT_THROW(setParameter(lesson, "camera.azimuth", 10), ArgumentError);
}

TEST(LessonParameters, KeyframesInterpolateLinearlyAndHoldAtTheEnds) {
  Animation animation;
  animation.keyframes = {
      {1.0, "alpha", 0.0}, {3.0, "alpha", 1.0}, {0.0, "camera.azimuth", 0}, {2, "camera.azimuth", 90}};
  EXPECT_DOUBLE_EQ(keyframeValues(animation, 0.0).at("alpha"), 0.0);
  EXPECT_DOUBLE_EQ(keyframeValues(animation, 2.0).at("alpha"), 0.5);
  EXPECT_DOUBLE_EQ(keyframeValues(animation, 9.0).at("alpha"), 1.0);
  EXPECT_DOUBLE_EQ(keyframeValues(animation, 1.0).at("camera.azimuth"), 45.0);
}

TEST(LessonParameters, TemperatureInterpolatesInLog) {
  Animation animation;
  animation.keyframes = {{0.0, "temperature", 0.01}, {2.0, "temperature", 100}};
  EXPECT_NEAR(keyframeValues(animation, 1.0).at("temperature"), 1.0, 1e-12);
}

TEST(LessonParameters, UnknownKeyframeParameterIsALessonError) {
  Animation animation;
  animation.keyframes = {{0.0, "wobble", 1}};
  EXPECT_THROW(validateKeyframes(animation), LessonError);
}

}  // namespace
}  // namespace ebm
