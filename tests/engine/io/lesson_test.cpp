// Lesson files: a round trip keeps everything; a bad file is refused with the JSON path of its problem;
// older formats are migrated and unknown settings are kept with a warning.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "engine/io/lesson_error_of.h"
#include "io/lesson.h"

namespace ebm {
namespace {

using testing::lessonErrorOf;

const char* kLesson = R"({
  "version": 2, "title": "Two valleys", "explanation": "Why.",
  "box": {"lower": [-3, -2], "upper": [3, 2]},
  "data": {"dataset": "moons", "count": 500, "seed": 3},
  "energies": [
    {"name": "left", "spec": {"type": "gaussian_mixture", "components": [
      {"weight": 1, "mean": [-1, 0], "covariance": [[1, 0], [0, 1]]}]}},
    {"name": "right", "spec": {"type": "gaussian_mixture", "components": [
      {"weight": 2, "mean": [1, 0], "covariance": [[0.5, 0.1], [0.1, 0.5]]}]}}],
  "composition": {"operation": "blend", "terms": [0, 1], "alpha": 0.25},
  "temperature": 0.5,
  "sampler": {"method": "mala", "particles": 5000, "stepSize": 0.02, "trailLength": 16, "walls": "reflecting"},
  "training": {"method": "dsm", "energy": 1, "hiddenWidths": [64, 64], "noiseLevel": 0.2},
  "view": {"layout": "map", "field": "density", "gridResolution": 64, "showAxes": false,
           "camera": {"position": [1, 2, 3], "focalPoint": [0, 0, 0], "viewUp": [0, 0, 1]}},
  "animation": {"duration": 4, "framesPerSecond": 24,
                "keyframes": [{"time": 0, "parameter": "alpha", "value": 0}, {"time": 4, "parameter": "alpha", "value": 1}]},
  "hiddenControls": ["training"]
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

TEST(Lesson, ReadsEverySection) {
  const Lesson lesson = readLesson(kLesson);
  EXPECT_EQ(lesson.title, "Two valleys");
  EXPECT_EQ(lesson.box.dimension, 2);
  EXPECT_DOUBLE_EQ(lesson.box.lower[1], -2);
  ASSERT_EQ(lesson.energies.size(), 2u);
  EXPECT_EQ(lesson.energies[1].name, "right");
  EXPECT_EQ(lesson.composition.operation, Composition::Operation::Blend);
  EXPECT_DOUBLE_EQ(lesson.composition.alpha, 0.25);
  EXPECT_DOUBLE_EQ(lesson.temperature, 0.5);
  EXPECT_EQ(lesson.data.source, DataSpec::Source::Generated);
  EXPECT_EQ(lesson.data.dataset, "moons");
  EXPECT_EQ(lesson.sampler.method, SamplerSpec::Method::Mala);
  EXPECT_EQ(lesson.sampler.particles, 5000);
  EXPECT_EQ(lesson.sampler.walls, SamplerSpec::Walls::Reflecting);
  EXPECT_EQ(lesson.training.method, TrainingSpec::Method::Dsm);
  EXPECT_EQ(lesson.training.hiddenWidths, (std::vector<int>{64, 64}));
  EXPECT_EQ(lesson.view.layout, ViewSettings::Layout::Map);
  EXPECT_EQ(lesson.view.field, ViewSettings::Field::Density);
  EXPECT_FALSE(lesson.view.showAxes);
  EXPECT_TRUE(lesson.view.camera.set);
  EXPECT_DOUBLE_EQ(lesson.view.camera.position[2], 3);
  ASSERT_EQ(lesson.animation.keyframes.size(), 2u);
  EXPECT_EQ(lesson.animation.keyframes[1].parameter, "alpha");
  EXPECT_EQ(lesson.hiddenControls, std::vector<std::string>{"training"});
}

TEST(Lesson, RoundTripIsIdentical) {
  const std::string written = writeLesson(readLesson(kLesson));
  EXPECT_EQ(writeLesson(readLesson(written)), written);
}

TEST(Lesson, ImportedPointsRoundTripExactly) {
  std::string text = replaced(
      kLesson, R"("data": {"dataset": "moons", "count": 500, "seed": 3})",
      R"("data": {"points": [[0.1, 0.2], [1e-7, -3.25], [0.3333333432674408, 2]], "labels": [0, 1, 1]})");
  const Lesson lesson = readLesson(text);
  ASSERT_EQ(lesson.data.points.cols(), 3);
  const Lesson again = readLesson(writeLesson(lesson));
  EXPECT_EQ(again.data.points, lesson.data.points);
  EXPECT_EQ(again.data.labels, lesson.data.labels);
}

TEST(Lesson, ErrorsNameTheJsonPath) {
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "[[0.5, 0.1], [0.1, 0.5]]", "[[0.5, 0.1], [0.1, \"x\"]]"))
                .find("energies[1].spec.components[0].covariance[1][1]"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(R"({"version": 2})").find("energies"), std::string::npos);
  EXPECT_NE(lessonErrorOf(std::string(kLesson).substr(0, 200)).find("not valid JSON"), std::string::npos);
  EXPECT_NE(
      lessonErrorOf(replaced(kLesson, "\"terms\": [0, 1]", "\"terms\": [0, 5]")).find("composition.terms[1]"),
      std::string::npos);
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "\"method\": \"mala\"", "\"method\": \"gibbs\""))
                .find("sampler.method"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "\"temperature\": 0.5", "\"temperature\": \"hot\""))
                .find("temperature"),
            std::string::npos);
}

TEST(Lesson, RefusesOutOfRangeValues) {
  EXPECT_NE(
      lessonErrorOf(replaced(kLesson, "\"temperature\": 0.5", "\"temperature\": -1")).find("`temperature`"),
      std::string::npos);
  EXPECT_NE(
      lessonErrorOf(replaced(kLesson, "\"particles\": 5000", "\"particles\": 0")).find("sampler.particles"),
      std::string::npos);
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "\"particles\": 5000", "\"particles\": 1000000000"))
                .find("sampler.particles"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "[64, 64]", "[64, 100000]")).find("training.hiddenWidths[1]"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "\"alpha\": 0.25", "\"alpha\": 1.5")).find("composition.alpha"),
            std::string::npos);
}

TEST(Lesson, RefusesAFutureVersion) {
  EXPECT_NE(lessonErrorOf(replaced(kLesson, "\"version\": 2", "\"version\": 99")).find("newer ebmscape"),
            std::string::npos);
}

TEST(Lesson, MigratesFormatOne) {
  const char* v1 = R"({"version": 1, "title": "Old",
    "energy": {"type": "gaussian_mixture", "components": [{"mean": [0, 0], "covariance": [[1, 0], [0, 1]]}]},
    "view": {"gridResolution": 64, "temperature": 2.5}})";
  const LessonReadResult result = readLessonWithWarnings(v1);
  ASSERT_EQ(result.lesson.energies.size(), 1u);
  EXPECT_DOUBLE_EQ(result.lesson.temperature, 2.5);
  EXPECT_EQ(result.lesson.view.gridResolution, 64);
  ASSERT_FALSE(result.warnings.empty());
  EXPECT_NE(result.warnings[0].find("format 1"), std::string::npos);
}

TEST(Lesson, KeepsUnknownSettingsWithAWarning) {
  const std::string text = replaced(kLesson, "\"showAxes\": false", "\"showAxes\": false, \"sparkles\": 3");
  const LessonReadResult result = readLessonWithWarnings(text);
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings[0].find("view.sparkles"), std::string::npos);
  const std::string written = writeLesson(result.lesson);
  EXPECT_NE(written.find("\"sparkles\": 3"), std::string::npos);
}

}  // namespace
}  // namespace ebm
