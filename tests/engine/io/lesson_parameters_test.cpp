// The lesson's tables: named parameters and keyframe interpolation; the views' on/off layers (each read from
// and written to the lesson file under its own key, its switch applying to the lessons its scope names); the
// sampler's and training's numbers with their ranges (validate() reports the first one outside its range in
// the words the lesson reader uses).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "core/errors.h"
#include "io/lesson.h"
#include "io/lesson_fields.h"
#include "io/lesson_parameters.h"
#include "io/view_toggles.h"

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

// The views' layers.
const char* kPlanarLesson = R"({
  "version": 2, "box": {"lower": [-3, -3], "upper": [3, 3]},
  "energies": [{"name": "E", "spec": {"type": "gaussian_mixture", "components": [
      {"weight": 1, "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}]}}]
})";

TEST(ViewToggles, KeysAndFlagsAreEachNamedOnce) {
  std::set<std::string> fileKeys, keys;
  std::vector<bool ViewSettings::*> members;
  for (const ViewToggle& toggle : viewToggles()) {
    EXPECT_TRUE(fileKeys.insert(toggle.fileKey).second) << toggle.fileKey;
    EXPECT_TRUE(keys.insert(toggle.key).second) << toggle.key;
    EXPECT_EQ(std::find(members.begin(), members.end(), toggle.member), members.end()) << toggle.fileKey;
    members.push_back(toggle.member);
    EXPECT_STRNE(toggle.label, "");
    EXPECT_STRNE(toggle.tooltip, "");
  }
}

TEST(ViewToggles, EachFlagRoundTripsThroughTheLessonFileUnderItsKey) {
  for (const ViewToggle& toggle : viewToggles()) {
    Lesson lesson = readLesson(kPlanarLesson);
    const bool flipped = !(ViewSettings{}.*toggle.member);
    lesson.view.*toggle.member = flipped;
    const std::string text = writeLesson(lesson);
    EXPECT_EQ(nlohmann::json::parse(text)["view"][toggle.fileKey].get<bool>(), flipped) << toggle.fileKey;
    EXPECT_EQ(readLesson(text).view.*toggle.member, flipped) << toggle.fileKey;
  }
}

TEST(ViewToggles, AbsentFlagsKeepTheirDefaults) {
  const Lesson lesson = readLesson(kPlanarLesson);
  for (const ViewToggle& toggle : viewToggles())
    EXPECT_EQ(lesson.view.*toggle.member, ViewSettings{}.*toggle.member) << toggle.fileKey;
}

TEST(ViewToggles, ScopesFollowTheLesson) {
  const Lesson planar = readLesson(kPlanarLesson);
  for (const ViewToggle& toggle : viewToggles()) {
    const bool expected = toggle.scope == ToggleScope::Any || toggle.scope == ToggleScope::Planar;
    EXPECT_EQ(viewToggleApplies(toggle, planar), expected) << toggle.fileKey;
  }
}

// The sampler's and training's numbers.

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
