// Lesson files: a round trip keeps everything; a bad file is refused with the JSON path of its problem.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "io/lesson.h"

namespace ebm {
namespace {

const char* kLesson = R"({
  "version": 1, "title": "Two valleys", "explanation": "Why.",
  "energy": {"type": "gaussian_mixture", "components": [
    {"weight": 1, "mean": [-1, 0], "covariance": [[1, 0], [0, 1]]},
    {"weight": 2, "mean": [1, 0], "covariance": [[0.5, 0.1], [0.1, 0.5]]}]},
  "box": {"lower": [-3, -2], "upper": [3, 2]},
  "view": {"gridResolution": 64, "temperature": 0.5, "showAxes": false}
})";

std::string messageOf(const std::string& text) {
  try {
    (void)readLesson(text);
  } catch (const LessonError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Lesson, ReadsEveryField) {
  const Lesson lesson = readLesson(kLesson);
  EXPECT_EQ(lesson.title, "Two valleys");
  EXPECT_EQ(lesson.box.dimension, 2);
  EXPECT_DOUBLE_EQ(lesson.box.lower[1], -2);
  EXPECT_DOUBLE_EQ(lesson.box.upper[0], 3);
  EXPECT_EQ(lesson.view.gridResolution, 64);
  EXPECT_DOUBLE_EQ(lesson.view.temperature, 0.5);
  EXPECT_FALSE(lesson.view.showAxes);
  EXPECT_TRUE(lesson.view.showContours);
}

TEST(Lesson, RoundTripIsIdentical) {
  const Lesson first = readLesson(kLesson);
  const std::string written = writeLesson(first);
  const Lesson second = readLesson(written);
  EXPECT_EQ(writeLesson(second), written);
  EXPECT_EQ(second.energy, first.energy);
}

TEST(Lesson, ErrorsNameTheJsonPath) {
  std::string text = kLesson;
  text.replace(text.find("[[0.5, 0.1], [0.1, 0.5]]"), 24, "[[0.5, 0.1], [0.1, \"x\"]]");
  EXPECT_NE(messageOf(text).find("energy.components[1].covariance[1][1]"), std::string::npos)
      << messageOf(text);
  EXPECT_NE(messageOf(R"({"version": 1})").find("lesson.energy"), std::string::npos);
  EXPECT_NE(messageOf("{\"version\": 1, \"energy\": ").find("not valid JSON"), std::string::npos);
}

TEST(Lesson, RefusesAFutureVersion) {
  std::string text = kLesson;
  text.replace(text.find("\"version\": 1"), 12, "\"version\": 99");
  EXPECT_NE(messageOf(text).find("newer ebmscape"), std::string::npos);
}

TEST(Lesson, RefusesOutOfRangeViewSettings) {
  std::string text = kLesson;
  text.replace(text.find("\"temperature\": 0.5"), 18, "\"temperature\": -1");
  EXPECT_NE(messageOf(text).find("view.temperature"), std::string::npos);
}

}  // namespace
}  // namespace ebm
