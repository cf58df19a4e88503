// Lesson files that must be refused, each with the exact message a teacher reads: the JSON path of the first
// problem and what it must be. Wrong types, missing keys, out-of-range values, future versions, truncated
// text.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "io/lesson.h"

namespace ebm {
namespace {

using nlohmann::json;

json goodLesson() {
  return json::parse(R"({"version": 2, "title": "Three",
    "energies": [
      {"name": "a", "spec": {"type": "ring"}},
      {"name": "b", "spec": {"type": "double_well"}},
      {"name": "c", "spec": {"type": "rbm", "dimension": 2, "hiddenUnits": 2,
        "weights": [[0.1, 0.2], [0.3, 0.4]], "visibleBias": [0, 0], "hiddenBias": [0, 0], "logVariance": [0, 0]}}],
    "composition": {"operation": "blend", "terms": [0, 1], "alpha": 0.5},
    "temperature": 1, "sampler": {"particles": 100}, "training": {"hiddenWidths": [32, 32]}})");
}

// The message of the LessonError `lesson` is refused with ("accepted" if it is read).
std::string refusal(const json& lesson) {
  try {
    (void)readLesson(lesson.dump());
  } catch (const LessonError& e) {
    return e.what();
  }
  return "accepted";
}

TEST(LessonErrors, TheGoodLessonIsRead) {
  EXPECT_EQ(refusal(goodLesson()), "accepted");
}

TEST(LessonErrors, WrongTypesNameTheirPath) {
  json l = goodLesson();
  l["temperature"] = "hot";
  EXPECT_EQ(refusal(l), "`temperature` must be a number.");
  l = goodLesson();
  l["sampler"] = 5;
  EXPECT_EQ(refusal(l), "`sampler` must be an object.");
  l = goodLesson();
  l["sampler"]["particles"] = 99.5;
  EXPECT_EQ(refusal(l), "`sampler.particles` must be a whole number.");
  l = goodLesson();
  l["view"] = {{"showAxes", "no"}};
  EXPECT_EQ(refusal(l), "`view.showAxes` must be true or false.");
  l = goodLesson();
  l["energies"][2]["spec"]["weights"] = "random";
  EXPECT_EQ(refusal(l), "`energies[2].spec.weights` must be an array.");
  l = goodLesson();
  l["energies"][2]["spec"]["weights"][1][0] = nullptr;
  EXPECT_EQ(refusal(l), "`energies[2].spec.weights[1][0]` must be a number.");
  l = goodLesson();
  l["energies"] = json::object();
  EXPECT_EQ(refusal(l), "`energies` must be an array.");
  EXPECT_EQ(refusal(json::array({1, 2})), "`lesson` must be an object.");
  l = goodLesson();
  l["version"] = "2";
  EXPECT_EQ(refusal(l), "`version` must be a positive whole number.");
}

TEST(LessonErrors, MissingKeysNameTheirPath) {
  json l = goodLesson();
  l.erase("version");
  EXPECT_EQ(refusal(l), "`version` is missing: this does not look like a lesson file.");
  l = goodLesson();
  l.erase("energies");
  EXPECT_EQ(refusal(l), "`energies` is missing: a lesson needs at least one energy.");
  l = goodLesson();
  l["energies"][1].erase("spec");
  EXPECT_EQ(refusal(l), "`energies[1].spec` is missing.");
  l = goodLesson();
  l["energies"][2]["spec"].erase("hiddenBias");
  EXPECT_EQ(refusal(l), "`energies[2].spec.hiddenBias` is missing.");
  l = goodLesson();
  l["box"] = {{"lower", {-1, -1}}};
  EXPECT_EQ(refusal(l), "`box.upper` is missing.");
}

TEST(LessonErrors, OutOfRangeValuesSayTheRange) {
  json l = goodLesson();
  l["temperature"] = -1;
  EXPECT_EQ(refusal(l), "`temperature` is -1; it must be between 0.0001 and 10000.");
  l = goodLesson();
  l["sampler"]["particles"] = 0;
  EXPECT_EQ(refusal(l), "`sampler.particles` is 0; it must be between 1 and 100000.");
  l = goodLesson();
  l["sampler"]["particles"] = 1000000000;
  EXPECT_EQ(refusal(l), "`sampler.particles` is 1000000000; it must be between 1 and 100000.");
  l = goodLesson();
  l["sampler"]["particles"] = 1e30;
  EXPECT_EQ(refusal(l), "`sampler.particles` must be a whole number.");
  l = goodLesson();
  l["training"]["hiddenWidths"] = {32, 100000};
  EXPECT_EQ(refusal(l), "`training.hiddenWidths[1]` must be a whole number from 1 to 1024.");
  l = goodLesson();
  l["energies"][0]["spec"] = {{"type", "mlp"}, {"hiddenWidths", {64, 100000}}, {"seed", 1}};
  EXPECT_EQ(refusal(l), "`energies[0].spec.hiddenWidths[1]` is 100000; a layer has 1 to 4096 units.");
  l = goodLesson();
  l["energies"][0]["spec"] = {{"type", "mlp"}, {"hiddenWidths", {4096, 4096}}, {"seed", 1}};
  EXPECT_EQ(refusal(l).rfind("`energies[0].spec.hiddenWidths` makes a network of 16797697 weights; at most "
                             "16000000 can be drawn live.",
                             0),
            0u)
      << refusal(l);
  l = goodLesson();
  l["composition"]["alpha"] = 1.5;
  EXPECT_EQ(refusal(l), "`composition.alpha` is 1.5; it must be between 0 and 1.");
  l = goodLesson();
  l["composition"]["alpha"] = -0.25;
  EXPECT_EQ(refusal(l), "`composition.alpha` is -0.25; it must be between 0 and 1.");
  l = goodLesson();
  l["energies"][0]["spec"] = {
      {"type", "blend"}, {"alpha", 2}, {"terms", {{{"type", "ring"}}, {{"type", "ring"}}}}};
  EXPECT_EQ(refusal(l), "`energies[0].spec.alpha` must lie between 0 and 1.");
  l = goodLesson();
  l["animation"] = {{"keyframes", {{{"time", 0}, {"parameter", "alpha"}, {"value", 3}}}}};
  EXPECT_NE(refusal(l).find("animation.keyframes[0]"), std::string::npos) << refusal(l);
}

TEST(LessonErrors, AFutureVersionAndTruncatedText) {
  json l = goodLesson();
  l["version"] = 3;
  EXPECT_EQ(
      refusal(l),
      "This lesson was written by a newer ebmscape (format 3); this one reads format 2 and older. Update "
      "ebmscape to open it.");
  const std::string text = goodLesson().dump();
  for (std::size_t cut : {std::size_t(0), std::size_t(1), text.size() / 3, text.size() - 1}) {
    try {
      (void)readLesson(text.substr(0, cut));
      ADD_FAILURE() << "accepted the first " << cut << " bytes";
    } catch (const LessonError& e) {
      EXPECT_EQ(std::string(e.what()).rfind("The lesson is not valid JSON (it may be truncated): ", 0), 0u)
          << e.what();
    }
  }
}

}  // namespace
}  // namespace ebm
