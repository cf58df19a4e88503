// What an export animates and which settings it accepts: keyframes sampled per frame, the default orbit for
// lessons without keyframes, and settings refused with a reason.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "export/animation_exporter.h"
#include "export/animation_plan.h"

namespace {

using ebmui::AnimationPlan;
using ebmui::ExportFormat;
using ebmui::ExportSettings;

TEST(AnimationPlan, FrameCountIsDurationTimesRate) {
  ebm::Lesson lesson;
  EXPECT_EQ(AnimationPlan(lesson, 30, 10.0).frameCount(), 300);
  EXPECT_EQ(AnimationPlan(lesson, 24, 2.5).frameCount(), 60);
  EXPECT_EQ(AnimationPlan(lesson, 10, 0.01).frameCount(), 1);
  EXPECT_DOUBLE_EQ(AnimationPlan(lesson, 25, 1.0).timeOf(5), 0.2);
}

TEST(AnimationPlan, ALessonWithoutKeyframesOrbitsWithItsParticlesPlaying) {
  ebm::Lesson lesson;
  lesson.sampler.playing = false;
  const AnimationPlan plan(lesson, 10, 5.0);
  EXPECT_TRUE(plan.movesCamera());
  EXPECT_DOUBLE_EQ(plan.parametersAt(0).at("playing"), 1.0);
  EXPECT_DOUBLE_EQ(plan.poseAt(0).azimuth, 0.0);
  // A full turn takes 30 s: 12° a second.
  EXPECT_NEAR(plan.poseAt(plan.frameCount() - 1).azimuth, 12.0 * 4.9, 1e-9);
  EXPECT_TRUE(std::isnan(plan.poseAt(10).elevation));
}

TEST(AnimationPlan, KeyframesSplitIntoLessonParametersAndCameraPoses) {
  ebm::Lesson lesson;
  lesson.animation.keyframes = {{0.0, "temperature", 1.0},     {2.0, "temperature", 4.0},
                                {0.0, "camera.azimuth", 0},    {2.0, "camera.azimuth", 90},
                                {0.0, "camera.elevation", 20}, {0.0, "alpha", 0.25}};
  const AnimationPlan plan(lesson, 10, 2.0);
  const auto values = plan.parametersAt(10);  // t = 1 s
  EXPECT_EQ(values.count("camera.azimuth"), 0u);
  EXPECT_NEAR(values.at("temperature"), 2.0, 1e-9);  // temperature interpolates in log: √(1·4)
  EXPECT_DOUBLE_EQ(values.at("alpha"), 0.25);
  EXPECT_NEAR(plan.poseAt(10).azimuth, 45.0, 1e-9);
  EXPECT_DOUBLE_EQ(plan.poseAt(10).elevation, 20.0);
}

TEST(AnimationPlan, KeyframesWithoutCameraKeepTheCameraStill) {
  ebm::Lesson lesson;
  lesson.animation.keyframes = {{0.0, "gamma", 0.0}, {1.0, "gamma", 2.0}};
  EXPECT_FALSE(AnimationPlan(lesson, 10, 1.0).movesCamera());
}

ExportSettings valid(const std::string& path) {
  ExportSettings settings;
  settings.outputPath = path;
  settings.framesPerSecond = 30;
  settings.durationSeconds = 10;
  return settings;
}

TEST(ExportSettings, TheFormatComesFromThePath) {
  EXPECT_EQ(valid("a/b.mp4").format(), ExportFormat::Mp4);
  EXPECT_EQ(valid("LESSON.MP4").format(), ExportFormat::Mp4);
  EXPECT_EQ(valid("x.gif").format(), ExportFormat::Gif);
  EXPECT_EQ(valid("frames/").format(), ExportFormat::PngFrames);
  EXPECT_EQ(valid("frames").format(), ExportFormat::PngFrames);
  EXPECT_THROW((void)valid("talk.mov").format(), ebm::ArgumentError);
  EXPECT_THROW((void)valid("").format(), ebm::ArgumentError);
}

TEST(ExportSettings, ValidationRefusesWhatCannotBeExported) {
  EXPECT_NO_THROW(valid("a.mp4").validate());
  ExportSettings s = valid("a.mp4");
  s.width = 1921;
  EXPECT_THROW(s.validate(), ebm::ArgumentError);  // yuv420p needs even sizes
  s = valid("a.gif");
  s.width = 1921;
  EXPECT_NO_THROW(s.validate());
  s = valid("a.mp4");
  s.width = 3840, s.height = 2160;
  EXPECT_NO_THROW(s.validate());
  s.width = 3842;
  EXPECT_THROW(s.validate(), ebm::ArgumentError);
  s = valid("a.gif");
  s.framesPerSecond = 60;
  EXPECT_THROW(s.validate(), ebm::ArgumentError);  // GIF delays are whole centiseconds, at least 2
  s = valid("a.mp4");
  s.framesPerSecond = 60;
  EXPECT_NO_THROW(s.validate());
  s.durationSeconds = 0;
  EXPECT_THROW(s.validate(), ebm::ArgumentError);
  s.durationSeconds = 601;
  EXPECT_THROW(s.validate(), ebm::ArgumentError);
}

TEST(ExportSettings, ZeroRateAndDurationTakeTheLessons) {
  ebm::Lesson lesson;
  lesson.animation.framesPerSecond = 24;
  lesson.animation.duration = 7.5;
  ExportSettings s;
  s.outputPath = "a.mp4";
  const ExportSettings resolved = s.resolvedFor(lesson);
  EXPECT_EQ(resolved.framesPerSecond, 24);
  EXPECT_DOUBLE_EQ(resolved.durationSeconds, 7.5);
  s.framesPerSecond = 12;
  EXPECT_EQ(s.resolvedFor(lesson).framesPerSecond, 12);
}

}  // namespace
