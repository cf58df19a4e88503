// Energy specs: every documented form builds the energy it says, round-trips as text, and a bad spec is
// refused with the JSON path of its problem.
#include <gtest/gtest.h>

#include <set>

#include "core/errors.h"
#include "energy/analytic/double_well.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/conditional_family.h"
#include "energy/composition/mixture_energy.h"
#include "energy/gaussian_mixture.h"
#include "engine/energy/energy_test_support.h"
#include "io/energy_spec.h"
#include "io/lesson.h"

namespace ebm {
namespace {

using nlohmann::json;

const char* kGaussian = R"({"type": "gaussian", "mean": [0.5, -1], "covariance": [[1, 0.2], [0.2, 0.5]]})";
const char* kRing = R"({"type": "ring", "radius": 1.5, "width": 0.3})";

std::vector<json> documentedSpecs() {
  const json gaussian = json::parse(kGaussian), ringSpec = json::parse(kRing);
  return {
      gaussian,
      json::parse(R"({"type": "gaussian_mixture", "components": [
          {"weight": 1, "mean": [0, 0], "covariance": [[1, 0], [0, 1]]},
          {"weight": 2, "mean": [1, 1], "covariance": [[0.5, 0], [0, 0.5]]}]})"),
      json::parse(
          R"({"type": "double_well", "dimension": 3, "barrier": 4, "separation": 1.5, "stiffness": 2})"),
      json::parse(R"({"type": "muller_brown", "scale": 0.05})"),
      json::parse(R"({"type": "rosenbrock", "a": 1, "b": 5, "name": "banana"})"),
      ringSpec,
      json::parse(R"({"type": "funnel", "dimension": 2, "sigma": 3})"),
      json::parse(R"({"type": "torus_well", "majorRadius": 2, "tubeRadius": 0.5, "width": 0.05})"),
      json::parse(R"({"type": "helix_well", "radius": 1, "pitch": 1, "height": 2, "width": 0.02})"),
      {{"type", "sum"}, {"terms", {gaussian, ringSpec, json::parse(R"({"type": "double_well"})")}}},
      {{"type", "blend"}, {"alpha", 0.3}, {"terms", {gaussian, ringSpec}}},
      {{"type", "mixture"}, {"weight", 0.3}, {"terms", {gaussian, ringSpec}}},
      {{"type", "mixture"}, {"weights", {1, 2, 3}}, {"terms", {gaussian, ringSpec, gaussian}}},
      {{"type", "negation"}, {"gamma", 0.5}, {"terms", {gaussian, ringSpec}}},
      {{"type", "temperature"}, {"temperature", 2}, {"energy", ringSpec}},
      {{"type", "conditional"},
       {"classes", {{{"label", "a"}, {"energy", gaussian}}, {{"label", "b"}, {"energy", ringSpec}}}},
       {"between", {"a", "b"}},
       {"alpha", 0.25}},
      {{"type", "conditional"}, {"classes", {{{"label", "a"}, {"energy", gaussian}}}}, {"label", "a"}},
      {{"type", "mlp"}, {"dimension", 2}, {"hiddenWidths", {8, 8}}, {"seed", 3}},
      {{"type", "rbm"}, {"dimension", 3}, {"hiddenUnits", 5}, {"seed", 2}},
      {{"type", "classifier"}, {"dimension", 2}, {"classes", 3}, {"hiddenWidths", {8, 8}}, {"seed", 4}},
      {{"type", "blend"},
       {"alpha", 0.5},
       {"terms",
        {{{"type", "mixture"}, {"terms", {gaussian, ringSpec}}},
         {{"type", "temperature"}, {"energy", gaussian}}}}},
      // The rules (lesson 9): every shape, a penalty and a hard wall.
      json::parse(R"({"type": "half_plane", "point": [1, 0], "normal": [1, 0]})"),
      json::parse(R"({"type": "disc", "center": [0, 0], "radius": 1.5, "keep": "outside", "wall": "hard"})"),
      json::parse(R"({"type": "band", "point": [0, 0], "direction": [1, 1], "halfWidth": 0.5})"),
      json::parse(R"({"type": "box", "lower": [-1, -1], "upper": [1, 2]})"),
      json::parse(R"({"type": "modern_hopfield", "patterns": [[1, 0], [0, 2], [-1, -1]], "beta": 2,
          "variant": "euclidean", "normalize": true})"),
      json::parse(R"({"type": "himmelblau", "scale": 10})"),
  };
}

TEST(EnergySpec, EveryDocumentedFormBuildsAndRoundTripsAsText) {
  const Points x2 = testing::uniformPoints(2, 50, -2, 2, 1), x3 = testing::uniformPoints(3, 50, -2, 2, 2);
  std::set<std::string> typesSeen;
  for (const json& spec : documentedSpecs()) {
    const EnergyPtr energy = buildEnergy(spec);
    typesSeen.insert(spec["type"].get<std::string>());
    const json reread = json::parse(spec.dump());
    EXPECT_EQ(reread, spec);
    const EnergyPtr again = buildEnergy(reread);
    const Points& x = energy->dimension() == 2 ? x2 : x3;
    EXPECT_TRUE(energy->energies(x) == again->energies(x)) << spec.dump();
    EXPECT_FALSE(energy->describe().empty());
  }
  const auto known = energyTypes();
  EXPECT_EQ(typesSeen, std::set<std::string>(known.begin(), known.end()));
}

TEST(EnergySpec, ParametersReachTheEnergy) {
  const auto well = buildEnergy(json::parse(R"({"type": "double_well", "barrier": 4.5})"));
  Points origin = Points::Zero(2, 1);
  EXPECT_FLOAT_EQ(well->energies(origin)[0], 4.5f);

  const json spec = documentedSpecs()[10];  // the blend
  const auto blend = std::dynamic_pointer_cast<const BlendEnergy>(buildEnergy(spec));
  ASSERT_TRUE(blend);
  EXPECT_EQ(blend->alpha(), 0.3);
  const auto mixture = std::dynamic_pointer_cast<const MixtureEnergy>(buildEnergy(documentedSpecs()[12]));
  ASSERT_TRUE(mixture);
  EXPECT_NEAR(mixture->weights()[2], 0.5, 1e-15);
  const auto conditional =
      std::dynamic_pointer_cast<const ConditionalEnergy>(buildEnergy(documentedSpecs()[15]));
  ASSERT_TRUE(conditional);
  EXPECT_EQ(conditional->labelB(), "b");
  EXPECT_EQ(conditional->alpha(), 0.25);
}

std::string energyErrorOf(const std::string& text) {
  try {
    (void)buildEnergy(json::parse(text));
  } catch (const LessonError& e) {
    return e.what();
  }
  return "no LessonError";
}

TEST(EnergySpec, ErrorsNameTheJsonPath) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"type": "ring", "width": -1})", "`energy.width` must be positive"},
      {R"({"type": "volcano"})", "`energy.type` names an unknown energy \"volcano\""},
      {R"({"radius": 1})", "`energy.type` is missing"},
      {R"({"type": "blend", "alpha": 1.5, "terms": []})", "`energy.alpha` must lie between 0 and 1"},
      {R"({"type": "blend", "alpha": 0.5, "terms": [{"type": "ring"}]})",
       "`energy.terms` must hold exactly 2"},
      {R"({"type": "blend", "alpha": 0.5, "terms": [{"type": "ring"},
          {"type": "sum", "terms": [{"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, "x"]]}]}]})",
       "`energy.terms[1].terms[0].covariance[1][1]` must be a number"},
      {R"({"type": "sum", "terms": [{"type": "ring"}, {"type": "ring", "dimension": 3}]})",
       "`energy`: A sum of energies cannot combine a 2D energy with a 3D one"},
      {R"({"type": "gaussian", "mean": [0, 0], "covariance": [[1, 2], [2, 1]]})", "`energy`: A covariance"},
      {R"({"type": "mixture", "weights": [1], "terms": [{"type": "ring"}, {"type": "ring"}]})",
       "`energy.weights` must have 2 numbers"},
      {R"({"type": "mixture", "weight": 0.5, "weights": [1, 1], "terms": []})",
       "either \"weight\" or \"weights\""},
      {R"({"type": "temperature", "temperature": 0, "energy": {"type": "ring"}})",
       "`energy.temperature` must be positive"},
      {R"({"type": "temperature", "energy": {"type": "ring", "radius": "big"}})",
       "`energy.energy.radius` must be a number"},
      {R"({"type": "conditional", "classes": [{"label": "a", "energy": {"type": "ring"}}], "label": "z"})",
       "`energy.label` names no class"},
      {R"({"type": "conditional", "classes": [{"label": "a", "energy": {"type": "ring"}}],
          "between": ["a", "q"], "alpha": 0.5})",
       "`energy.between[1]` names no class"},
      {R"({"type": "conditional", "classes": [{"label": "a", "energy": {"type": "ring"}},
          {"label": "a", "energy": {"type": "ring"}}], "label": "a"})",
       "`energy.classes`: The label \"a\" appears twice"},
      {R"({"type": "helix_well", "pitch": 0})", "`energy.pitch` must not be 0"},
      {R"({"type": "funnel", "dimension": 4})", "`energy.dimension` must be 2 or 3"},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_NE(energyErrorOf(text).find(expected), std::string::npos) << "got: " << energyErrorOf(text);
}

TEST(EnergySpec, AnUnknownSettingIsWarnedAboutNotRefused) {
  const json spec = json::parse(
      R"({"type": "blend", "alpha": 0.5, "sparkle": true,
          "terms": [{"type": "ring", "widht": 1}, {"type": "mlp", "hiddenWidths": [4], "dropout": 0.1}]})");
  std::vector<std::string> warnings;
  const EnergyPtr energy = buildEnergy(spec, "energies[2].spec", &warnings);
  ASSERT_TRUE(energy);
  EXPECT_EQ(warnings,
            (std::vector<std::string>{
                "Unknown setting `energies[2].spec.sparkle` was kept but is not used (this energy's "
                "settings are type, alpha, terms).",
                "Unknown setting `energies[2].spec.terms[0].widht` was kept but is not used (this "
                "energy's settings are type, dimension, radius, width).",
                "Unknown setting `energies[2].spec.terms[1].dropout` was kept but is not used (this "
                "energy's settings are type, dimension, conditioningInputs, hiddenWidths, activation, "
                "swishBeta, conditioning, layers, seed, noiseLevel).",
            }));
  // The misspelt width is not used: the ring has its default width.
  const Points x = testing::uniformPoints(2, 10, -2, 2, 5);
  std::vector<std::string> none;
  const EnergyPtr plain = buildEnergy(json::parse(R"({"type": "ring"})"), "energy", &none);
  EXPECT_TRUE(none.empty());
  EXPECT_TRUE(buildEnergy(spec["terms"][0])->energies(x) == plain->energies(x));
  // Without a list to collect them, unknown settings are ignored (a running lesson builds its specs again).
  EXPECT_NO_THROW((void)buildEnergy(spec));
}

TEST(EnergySpec, UnknownSettingsInALessonReachItsWarningsAndRoundTrip) {
  const json lesson = {
      {"version", 2},
      {"energies",
       {{{"name", "a"}, {"spec", json::parse(kRing)}},
        {{"name", "b"}, {"spec", json::parse(R"({"type": "ring", "radius": 1, "glow": [1, 2]})")}}}},
      {"composition", {{"operation", "sum"}, {"terms", {0, 1}}}}};
  const LessonReadResult read = readLessonWithWarnings(lesson.dump());
  ASSERT_EQ(read.warnings.size(), 1u);
  EXPECT_EQ(
      read.warnings[0],
      "Unknown setting `energies[1].spec.glow` was kept but is not used (this energy's settings are type, "
      "dimension, radius, width).");
  EXPECT_EQ(read.lesson.energies[1].spec["glow"], json::array({1, 2}));
  const std::string written = writeLesson(read.lesson);
  const LessonReadResult again = readLessonWithWarnings(written);
  EXPECT_EQ(again.lesson.energies[1].spec, read.lesson.energies[1].spec);
  EXPECT_EQ(again.warnings, read.warnings);
  EXPECT_EQ(writeLesson(again.lesson), written);
}

TEST(EnergySpec, ALessonWithACompositionRoundTrips) {
  json lesson = {{"version", 1}, {"title", "AND, OR, NOT"}, {"energy", documentedSpecs().back()}};
  const Lesson first = readLesson(lesson.dump());
  const Lesson second = readLesson(writeLesson(first));
  ASSERT_EQ(second.energies.size(), 1u);
  EXPECT_EQ(second.energies[0].spec, first.energies[0].spec);
  const Points x = testing::uniformPoints(2, 20, -2, 2, 3);
  EXPECT_TRUE(buildEnergy(first.energies[0].spec)->energies(x) ==
              buildEnergy(second.energies[0].spec)->energies(x));
}

}  // namespace
}  // namespace ebm
