// Lessons that once broke the reader, found by the lesson fuzzer (tests/fuzz/lesson_fuzz.cpp): each is
// refused with a LessonError naming its JSON path, or reads and round-trips.
#include <gtest/gtest.h>

#include <string>

#include "core/errors.h"
#include "engine/io/lesson_error_of.h"
#include "io/lesson.h"

namespace ebm {
namespace {

using testing::lessonErrorOf;

std::string lessonWithData(const std::string& data) {
  return R"({"version": 2, "box": {"lower": [-3, -3], "upper": [3, 3]},
    "energies": [{"spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}],
    "data": )" +
         data + "}";
}

// A coordinate beyond float's range was read as infinity; the lesson then wrote it as null and could not be
// read back.
TEST(LessonRegression, APointBeyondFloatRangeIsRefusedWithItsPath) {
  EXPECT_NE(lessonErrorOf(lessonWithData(R"({"points": [[1, 2], [0, -1e300]]})")).find("data.points[1][1]"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(lessonWithData(R"({"points": [[3.5e38, 0]]})")).find("too large for float32"),
            std::string::npos);
  const Lesson largest = readLesson(lessonWithData(R"({"points": [[3.4e38, -3.4e38]]})"));
  EXPECT_EQ(writeLesson(readLesson(writeLesson(largest))), writeLesson(largest));
}

// The JSON parser refuses a number beyond double's range with out_of_range, not parse_error: it escaped the
// reader as a nlohmann exception. The first input is the fuzzer's own (lesson-crash-0c2d1de6…).
TEST(LessonRegression, ANumberBeyondDoubleRangeIsALessonError) {
  EXPECT_NE(lessonErrorOf("[12,  88888888E8888888888888888888888888888888").find("too large"),
            std::string::npos);
  EXPECT_NE(lessonErrorOf(R"({"version": 2, "temperature": 1e400})").find("too large"), std::string::npos);
}

// A 3D lesson without a "view" section kept the 2D default resolution, 192, beyond the 3D maximum of 128: it
// opened (with a 192³ grid) but, once saved, could not be read back. Found by the fuzzer's round trip.
TEST(LessonRegression, AThreeDimensionalLessonWithoutAViewGetsThe3DResolutionAndRoundTrips) {
  const std::string text = R"({"version": 2, "energies": [{"spec": {"type": "ring", "dimension": 3}}]})";
  const Lesson lesson = readLesson(text);
  ASSERT_EQ(lesson.box.dimension, 3);
  EXPECT_EQ(lesson.view.gridResolution, 64);
  const std::string written = writeLesson(lesson);
  EXPECT_EQ(writeLesson(readLesson(written)), written);
  EXPECT_EQ(readLesson(R"({"version": 2, "energies": [{"spec": {"type": "ring"}}]})").view.gridResolution,
            192);
}

}  // namespace
}  // namespace ebm
