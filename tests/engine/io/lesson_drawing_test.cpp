// Points drawn on the map: a generated data set becomes the lesson's own points unchanged, the brush sprays
// within its radius of the path at the density asked for, erasing removes exactly the points under it, and
// drawn points (with their classes, or none after Clear) round-trip through the lesson file.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "data/data_set_registry.h"
#include "io/lesson.h"
#include "io/lesson_drawing.h"
#include "io/lesson_import.h"

namespace ebm {
namespace {

// A lesson of one small network in `dimension` with the members in `rest` ("box", "data", …).
Lesson drawingLesson(const std::string& rest, int dimension = 2) {
  return readLesson(R"({"version": 2, "energies": [{"name": "E", "spec": {"type": "mlp", "dimension": )" +
                    std::to_string(dimension) + R"(, "hiddenWidths": [8], "seed": 1}}])" +
                    (rest.empty() ? "" : ", " + rest) + "}");
}

Lesson threeBlobsLesson() {
  return drawingLesson(R"("box": {"lower": [-7, -7], "upper": [7, 7]},
    "data": {"dataset": "three-blobs", "count": 300, "seed": 5})");
}

// The distance from p to the segment [a, b].
double distanceToSegment(const Eigen::Vector2d& p, const Eigen::Vector2d& a, const Eigen::Vector2d& b) {
  const Eigen::Vector2d ab = b - a;
  const double t = ab.squaredNorm() > 0 ? std::clamp((p - a).dot(ab) / ab.squaredNorm(), 0.0, 1.0) : 0.0;
  return (p - (a + t * ab)).norm();
}

TEST(LessonDrawing, AGeneratedDataSetBecomesTheLessonsOwnPointsUnchanged) {
  const Lesson lesson = threeBlobsLesson();
  const DataSpec data = drawablePoints(lesson);
  const DataSet generated = generateDataSet("three-blobs", generatorRecipe(lesson.data));
  EXPECT_EQ(data.source, DataSpec::Source::Points);
  EXPECT_TRUE(data.drawn);
  EXPECT_EQ(data.points, generated.points);
  EXPECT_EQ(data.labels, generated.labels);
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"class 1", "class 2", "class 3"}));
  EXPECT_EQ(drawableClasses(lesson.data), data.labelNames);
  EXPECT_TRUE(data.standardization.identity());
}

TEST(LessonDrawing, SprayedPointsLieWithinTheBrushOfThePathAtItsDensity) {
  const Lesson lesson = threeBlobsLesson();
  DataSpec data = drawablePoints(lesson);
  const Index before = data.points.cols();
  PointBrush brush;
  brush.radius = 0.5;
  brush.density = 10;
  brush.label = 2;
  SprayStroke stroke(brush, lesson.box, 11);
  const Eigen::Vector2d a(-4, -1), b(4, 3);
  Index added = stroke.press(data, a);
  EXPECT_EQ(added, 10);
  // Eight steps along a path of length √80 ≈ 8.94: 10 points per brush width (1) of it.
  for (int step = 1; step <= 8; ++step)
    added += stroke.moveTo(data, a + (b - a) * step / 8.0);
  EXPECT_NEAR(double(added), 10 + 10 * (b - a).norm(), 1.0);
  ASSERT_EQ(data.points.cols(), before + added);
  ASSERT_EQ(data.labels.size(), std::size_t(data.points.cols()));
  for (Index i = before; i < data.points.cols(); ++i) {
    const Eigen::Vector2d p = data.points.col(i).cast<double>();
    EXPECT_LE(distanceToSegment(p, a, b), brush.radius + 1e-5) << "point " << i;
    EXPECT_EQ(data.labels[std::size_t(i)], 2);
  }
  // The same seed and path spray the same points.
  DataSpec again = drawablePoints(lesson);
  SprayStroke same(brush, lesson.box, 11);
  same.press(again, a);
  for (int step = 1; step <= 8; ++step)
    same.moveTo(again, a + (b - a) * step / 8.0);
  EXPECT_EQ(again.points, data.points);
}

TEST(LessonDrawing, TheBrushKeepsOnlyPointsInsideTheBox) {
  const Lesson lesson = threeBlobsLesson();
  DataSpec data = clearedPoints(lesson);
  PointBrush brush;
  brush.radius = 1;
  brush.density = 400;
  SprayStroke stroke(brush, lesson.box, 3);
  const Index added = stroke.press(data, Eigen::Vector2d(7, 0));  // on the box's right wall
  EXPECT_GT(added, 100);
  EXPECT_LT(added, 300) << "about half the disc lies outside";
  EXPECT_LE(data.points.row(0).maxCoeff(), 7.0f);
}

TEST(LessonDrawing, ErasingRemovesExactlyThePointsUnderTheBrushWithTheirLabels) {
  const Lesson lesson = threeBlobsLesson();
  DataSpec data = drawablePoints(lesson);
  const DataSpec original = data;
  const Eigen::Vector2d a(-6, 0), b(6, 0);
  const double radius = 1.5;
  Index under = 0;
  for (Index i = 0; i < original.points.cols(); ++i)
    under += distanceToSegment(original.points.col(i).cast<double>(), a, b) <= radius;
  ASSERT_GT(under, 0);
  EXPECT_EQ(erasePoints(data, a, b, radius), under);
  ASSERT_EQ(data.points.cols(), original.points.cols() - under);
  ASSERT_EQ(data.labels.size(), std::size_t(data.points.cols()));
  Index j = 0;
  for (Index i = 0; i < original.points.cols(); ++i) {
    if (distanceToSegment(original.points.col(i).cast<double>(), a, b) <= radius) continue;
    EXPECT_EQ(data.points.col(j), original.points.col(i));
    EXPECT_EQ(data.labels[std::size_t(j)], original.labels[std::size_t(i)]);
    ++j;
  }
}

TEST(LessonDrawing, PointsDrawnIntoImportedDataKeepTheFilesUnits) {
  Lesson lesson = drawingLesson("");
  DataSet file;
  file.dimension = 2;
  file.points.resize(2, 4);
  file.points << 39.1f, 46.1f, 50.7f, 36.7f, 181, 211, 203, 193;
  file.columnNames = {"bill_length_mm", "flipper_length_mm"};
  adoptImportedPoints(lesson, file, "penguins.csv", {}, 0);
  DataSpec data = drawablePoints(lesson);
  PointBrush brush;
  brush.radius = 0.1;
  brush.density = 5;
  SprayStroke stroke(brush, lesson.box, 1);
  const Eigen::Vector2d at(0.5, -0.5);  // engine units
  ASSERT_EQ(stroke.press(data, at), 5);
  const Points engine = data.standardization.toEngine(data.points);
  for (Index i = 4; i < 9; ++i)
    EXPECT_LE((engine.col(i).cast<double>() - at).norm(), brush.radius + 1e-4);
  EXPECT_GT(data.points(0, 4), 30.0f) << "kept in millimetres";
  EXPECT_EQ(erasePoints(data, at, at, brush.radius + 1e-3), 5);
  EXPECT_EQ(data.points.cols(), 4);
}

TEST(LessonDrawing, DrawnPointsAndTheirClassesRoundTripThroughTheLessonFile) {
  Lesson lesson = threeBlobsLesson();
  lesson.data = drawablePoints(lesson);
  PointBrush brush;
  brush.label = 1;
  SprayStroke stroke(brush, lesson.box, 9);
  stroke.press(lesson.data, Eigen::Vector2d(1, 1));
  stroke.moveTo(lesson.data, Eigen::Vector2d(3, 2));
  erasePoints(lesson.data, Eigen::Vector2d(-2, -2), Eigen::Vector2d(-2, -2), 1.0);
  const std::string written = writeLesson(lesson);
  const Lesson back = readLesson(written);
  EXPECT_EQ(back.data.source, DataSpec::Source::Points);
  EXPECT_TRUE(back.data.drawn);
  EXPECT_EQ(back.data.points, lesson.data.points);
  EXPECT_EQ(back.data.labels, lesson.data.labels);
  EXPECT_EQ(back.data.labelNames, lesson.data.labelNames);
  EXPECT_EQ(writeLesson(back), written);
}

TEST(LessonDrawing, AClearedMapRoundTripsWithItsClasses) {
  Lesson lesson = threeBlobsLesson();
  lesson.data = clearedPoints(lesson);
  EXPECT_EQ(lesson.data.points.cols(), 0);
  const Lesson back = readLesson(writeLesson(lesson));
  EXPECT_EQ(back.data.source, DataSpec::Source::Points);
  EXPECT_EQ(back.data.points.cols(), 0);
  EXPECT_EQ(back.data.points.rows(), 2);
  EXPECT_EQ(back.data.labelNames, (std::vector<std::string>{"class 1", "class 2", "class 3"}));
  EXPECT_EQ(drawableClasses(back.data), back.data.labelNames);
  // Imported points must have one; only a drawn map may have none.
  EXPECT_THROW((void)drawingLesson(R"("data": {"points": []})"), LessonError);
}

TEST(LessonDrawing, UnlabelledDataAndNoDataDrawPointsWithoutClasses) {
  Lesson lesson = drawingLesson(R"("data": {"dataset": "swissroll", "count": 100})");
  EXPECT_TRUE(drawableClasses(lesson.data).empty());
  EXPECT_TRUE(drawablePoints(lesson).labels.empty());
  lesson.data = DataSpec{};
  DataSpec data = drawablePoints(lesson);
  EXPECT_EQ(data.points.cols(), 0);
  SprayStroke(PointBrush{}, lesson.box, 2).press(data, Eigen::Vector2d(0, 0));
  EXPECT_EQ(data.points.cols(), 20);
  EXPECT_TRUE(data.labels.empty());
  const Lesson solid = drawingLesson(R"("box": {"lower": [-1, -1, -1], "upper": [1, 1, 1]})", 3);
  EXPECT_THROW((void)drawablePoints(solid), DataError);
}

}  // namespace
}  // namespace ebm
