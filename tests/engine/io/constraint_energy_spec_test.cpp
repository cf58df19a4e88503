// Rules in lessons: each spec builds its rule, bad settings are refused with their JSON path, and the
// lesson's λ multiplies every rule in the composition.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "energy/analytic/constraint.h"
#include "io/energy_spec.h"
#include "io/lesson_energy.h"

namespace ebm {
namespace {

std::string constraintErrorOf(const nlohmann::json& spec) {
  try {
    (void)buildEnergy(spec, "energies[1].spec");
  } catch (const LessonError& e) {
    return e.what();
  }
  return "(no error)";
}

float energyAt(const Energy& energy, float x, float y) {
  Points p(2, 1);
  p << x, y;
  return energy.energies(p)[0];
}

TEST(ConstraintEnergySpec, BuildsEveryRule) {
  using nlohmann::json;
  const auto half = buildEnergy(json{{"type", "half_plane"}, {"point", {0, 1}}, {"normal", {0, 1}}});
  EXPECT_FLOAT_EQ(energyAt(*half, 0, 3), 4.0f);
  const auto disc = buildEnergy(json{{"type", "disc"}, {"radius", 1}, {"keep", "outside"}, {"wall", "hard"}});
  EXPECT_FLOAT_EQ(energyAt(*disc, 0.5, 0), 1.0f);
  EXPECT_FLOAT_EQ(energyAt(*disc, 2, 0), 0.0f);
  const auto band = buildEnergy(json{{"type", "band"}, {"direction", {1, 0}}, {"halfWidth", 0.5}});
  EXPECT_FLOAT_EQ(energyAt(*band, 7, 1.5), 1.0f);
  const auto box = buildEnergy(json{{"type", "box"}, {"lower", {-1, -1}}, {"upper", {1, 1}}});
  EXPECT_FLOAT_EQ(energyAt(*box, 0, 3), 4.0f);
  for (const auto& e : {half, disc, band, box})
    EXPECT_TRUE(isConstraint(*e));
}

TEST(ConstraintEnergySpec, RefusesBadSettingsNamingThePath) {
  using nlohmann::json;
  EXPECT_EQ(constraintErrorOf(json{{"type", "disc"}, {"keep", "around"}}),
            "`energies[1].spec.keep` must be \"inside\" or \"outside\".");
  EXPECT_EQ(constraintErrorOf(json{{"type", "box"}, {"wall", "soft"}}),
            "`energies[1].spec.wall` must be \"penalty\" or \"hard\".");
  EXPECT_EQ(constraintErrorOf(json{{"type", "half_plane"}, {"normal", {0, 0}}}),
            "`energies[1].spec`: A half-plane's normal must not be zero.");
  EXPECT_NE(constraintErrorOf(json{{"type", "band"}, {"point", {1}}}).find("energies[1].spec.point"),
            std::string::npos);
  std::vector<std::string> warnings;
  (void)buildEnergy(json{{"type", "disc"}, {"radius", 1}, {"strength", 5}}, "e", &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("`e.strength`"), std::string::npos);
}

TEST(ConstraintEnergySpec, TheLessonsStrengthMultipliesEveryRuleInTheComposition) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}},
                 {"spec": {"type": "half_plane", "normal": [1, 0]}}],
    "composition": {"operation": "sum", "terms": [0, 1], "strength": 25}})");
  EXPECT_DOUBLE_EQ(lesson.composition.strength, 25);
  const auto components = buildComponents(lesson);
  const auto composed = buildLessonEnergy(lesson);
  EXPECT_NEAR(energyAt(*composed, 0.4f, 0.2f), energyAt(*components[0], 0.4f, 0.2f) + 25 * 0.16f, 1e-4);
  EXPECT_FLOAT_EQ(energyAt(*composed, -0.4f, 0.2f), energyAt(*components[0], -0.4f, 0.2f));
  EXPECT_EQ(readLesson(writeLesson(lesson)).composition.strength, 25);
}

}  // namespace
}  // namespace ebm
