// Imported data's units survive lessons and model files: the standardization, the column names and the import
// choice round-trip exactly, and files from before them read as they did.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/random.h"
#include "io/lesson.h"
#include "io/lesson_import.h"
#include "io/model_file.h"

namespace ebm {
namespace {

Lesson lessonWithPenguins() {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"name": "E", "spec": {"type": "mlp", "dimension": 2, "hiddenWidths": [8], "seed": 1}}]})");
  DataSet data;
  data.dimension = 2;
  data.points.resize(2, 4);
  data.points << 39.1f, 46.1f, 50.7f, 36.7f, 181, 211, 203, 193;
  data.labels = {0, 1, 2, 0};
  data.labelNames = {"Adelie", "Gentoo", "Chinstrap"};
  data.columnNames = {"bill_length_mm", "flipper_length_mm"};
  ImportChoice choice;
  choice.coordinates = {"bill_length_mm", "flipper_length_mm"};
  choice.label = "species";
  adoptImportedPoints(lesson, data, "penguins.csv", choice, 2);
  return lesson;
}

TEST(StandardizationRoundTrip, ImportFitsTheBoxAroundTheStandardizedPoints) {
  const Lesson lesson = lessonWithPenguins();
  const DataSpec& data = lesson.data;
  EXPECT_EQ(data.source, DataSpec::Source::Points);
  EXPECT_FLOAT_EQ(data.points(0, 0), 39.1f) << "points stay in the file's units";
  EXPECT_NEAR(data.standardization.shift[0], (39.1 + 46.1 + 50.7 + 36.7) / 4, 1e-5);
  const Points z = data.standardization.toEngine(data.points);
  for (int a = 0; a < 2; ++a) {
    EXPECT_LT(lesson.box.lower[std::size_t(a)], z.row(a).minCoeff());
    EXPECT_GT(lesson.box.upper[std::size_t(a)], z.row(a).maxCoeff());
    EXPECT_LT(lesson.box.width(a), 6.0) << "a box in engine units, not millimetres";
  }
  EXPECT_FALSE(lesson.view.camera.set);
}

TEST(StandardizationRoundTrip, ThroughTheLessonFile) {
  const Lesson lesson = lessonWithPenguins();
  const Lesson back = readLesson(writeLesson(lesson));
  EXPECT_EQ(back.data.standardization, lesson.data.standardization);
  EXPECT_EQ(back.data.columnNames, lesson.data.columnNames);
  EXPECT_EQ(back.data.importChoice, lesson.data.importChoice);
  EXPECT_EQ(back.data.importedFrom, "penguins.csv");
  EXPECT_EQ(back.data.skippedRows, 2);
  EXPECT_EQ(back.data.points, lesson.data.points);
  EXPECT_EQ(back.box, lesson.box);
  EXPECT_EQ(writeLesson(back), writeLesson(lesson));
}

TEST(StandardizationRoundTrip, LessonsWithoutItReadTheirPointsAsTheyAre) {
  const Lesson old = readLesson(R"({"version": 2, "box": {"lower": [-4, -4], "upper": [4, 4]},
    "energies": [{"name": "E", "spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}],
    "data": {"points": [[1, 2], [3, 4]]}})");
  EXPECT_TRUE(old.data.standardization.identity());
  EXPECT_TRUE(old.data.columnNames.empty());
  const std::string text = writeLesson(old);
  EXPECT_EQ(text.find("standardization"), std::string::npos);
  EXPECT_EQ(text.find("\"import\""), std::string::npos);
}

TEST(StandardizationRoundTrip, BadValuesAreRefusedWithTheirPath) {
  const auto lessonWith = [](const std::string& data) {
    return R"({"version": 2, "energies": [{"name": "E", "spec": {"type": "gaussian", "mean": [0, 0],
      "covariance": [[1, 0], [0, 1]]}}], "data": )" +
           data + "}";
  };
  EXPECT_THROW((void)readLesson(lessonWith(
                   R"({"points": [[1, 2]], "standardization": {"shift": [0, 0], "scale": [1, 0]}})")),
               LessonError);
  EXPECT_THROW((void)readLesson(
                   lessonWith(R"({"points": [[1, 2]], "standardization": {"shift": [0], "scale": [1, 1]}})")),
               LessonError);
  EXPECT_THROW((void)readLesson(lessonWith(R"({"points": [[1, 2]], "columnNames": ["a"]})")), LessonError);
  EXPECT_THROW((void)readLesson(lessonWith(R"({"points": [[1, 2]], "import": {"columns": ["a"]}})")),
               LessonError);
}

TEST(StandardizationRoundTrip, ThroughTheModelFile) {
  ModelFile model;
  MlpArchitecture architecture;
  architecture.hiddenWidths = {4};
  model.energy = std::make_shared<const MlpEnergy>(
      architecture, Eigen::VectorXf::Constant(architecture.parameterCount(), 0.1f));
  model.normalization.shift = {43.921929824561406, 200.91520467836258};
  model.normalization.scale = {5.4595837139265315, 14.061713679356888};
  const ModelFile back = readModel(writeModel(model));
  EXPECT_EQ(back.normalization, model.normalization);  // every bit of each double
  // A file from before per-axis scales: one number for every axis.
  nlohmann::json old = nlohmann::json::parse(writeModel(model));
  old["normalization"] = {{"shift", {0.5, -0.5}}, {"scale", 2}};
  const ModelFile older = readModel(old.dump());
  EXPECT_EQ(older.normalization.scale, (std::vector<double>{2, 2}));
  old["normalization"]["scale"] = {1, -1};
  EXPECT_THROW((void)readModel(old.dump()), ModelError);
}

}  // namespace
}  // namespace ebm
