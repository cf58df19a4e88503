// The probability of breaking a rule, by quadrature, against closed forms: a standard Gaussian AND "x₁ ≤ 0"
// loses its right half's mass as λ grows — as 1/(√(1+2λ/T)+1) under the penalty, as e^{−λ/T} behind a wall.
#include <gtest/gtest.h>

#include <cmath>

#include "io/lesson.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson gaussianAndRule(const std::string& wall) {
  return readLesson(R"({"version": 2, "box": {"lower": [-6, -6], "upper": [6, 6]},
    "energies": [{"spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}},
                 {"spec": {"type": "half_plane", "normal": [1, 0], "wall": ")" +
                    wall + R"("}}],
    "composition": {"operation": "sum", "terms": [0, 1], "strength": 1},
    "sampler": {"particles": 10}, "view": {"gridResolution": 384}})");
}

TEST(RuleBreaking, PenaltyMassFallsAsOneOverRootLambda) {
  Simulation simulation(gaussianAndRule("penalty"));
  for (double lambda : {1.0, 10.0, 1000.0}) {
    simulation.setParameter("strength", lambda);
    // ∫₀^∞ e^{−x²/2 − λx²} / (∫_{−∞}^0 e^{−x²/2} + ∫₀^∞ e^{−x²/2 − λx²}) at T = 1.
    const double exact = 1 / (std::sqrt(1 + 2 * lambda) + 1);
    EXPECT_NEAR(simulation.currentFrame()->ruleBreakingMass, exact, 0.01 + 0.05 * exact) << "λ = " << lambda;
  }
  simulation.setParameter("temperature", 2.0);
  EXPECT_NEAR(simulation.currentFrame()->ruleBreakingMass, 1 / (std::sqrt(1 + 2 * 1000.0 / 2) + 1), 0.01);
}

TEST(RuleBreaking, AWallOfHeightLambdaLeavesAnExponentiallySmallMass) {
  Simulation simulation(gaussianAndRule("hard"));
  for (double lambda : {1.0, 3.0, 20.0}) {
    simulation.setParameter("strength", lambda);
    const double w = std::exp(-lambda);
    EXPECT_NEAR(simulation.currentFrame()->ruleBreakingMass, w / (1 + w), 0.01) << "λ = " << lambda;
  }
  EXPECT_LT(simulation.currentFrame()->ruleBreakingMass, 1e-8);
}

TEST(RuleBreaking, IsNotANumberWithoutARuleInTheComposition) {
  Lesson lesson = gaussianAndRule("penalty");
  lesson.composition.operation = Composition::Operation::Single;
  lesson.composition.terms = {0};
  Simulation simulation(lesson);
  EXPECT_TRUE(std::isnan(simulation.currentFrame()->ruleBreakingMass));
}

}  // namespace
}  // namespace ebm
