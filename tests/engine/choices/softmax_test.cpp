// A softmax with temperature is a Boltzmann distribution over choices: normalization, the frozen and boiling
// limits, the entropy's monotonicity in τ, surprise from counts, and draws that follow p.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "choices/softmax.h"
#include "core/errors.h"
#include "core/random.h"

namespace ebm {
namespace {

const std::vector<double> kEnergies = {-2.1, 0.4, -1.3, 3.0, -2.1 + 0.25, 1.7};

TEST(Softmax, ProbabilitiesSumToOneAtEveryTemperature) {
  for (double tau : {1e-4, 0.01, 0.3, 1.0, 7.0, 1e3, 1e6}) {
    const auto p = boltzmannChoice(kEnergies, tau);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-12) << "tau " << tau;
    for (double x : p)
      EXPECT_GE(x, 0.0);
  }
}

TEST(Softmax, RatiosAreBoltzmannFactors) {
  const double tau = 0.7;
  const auto p = boltzmannChoice(kEnergies, tau);
  for (std::size_t i = 1; i < p.size(); ++i)
    EXPECT_NEAR(std::log(p[i] / p[0]), -(kEnergies[i] - kEnergies[0]) / tau, 1e-9);
}

TEST(Softmax, FrozenPutsAllMassOnTheLowestEnergy) {
  const auto p = boltzmannChoice(kEnergies, 1e-3);
  EXPECT_NEAR(p[0], 1.0, 1e-12);
  // Ties share the mass equally.
  const auto tied = boltzmannChoice({1.0, -2.0, -2.0, 5.0}, 1e-4);
  EXPECT_NEAR(tied[1], 0.5, 1e-12);
  EXPECT_NEAR(tied[2], 0.5, 1e-12);
}

TEST(Softmax, BoilingIsUniform) {
  const auto p = boltzmannChoice(kEnergies, 1e7);
  for (double x : p)
    EXPECT_NEAR(x, 1.0 / double(kEnergies.size()), 1e-6);
  EXPECT_NEAR(entropyNats(p), std::log(double(kEnergies.size())), 1e-9);
}

TEST(Softmax, EntropyRisesMonotonicallyWithTemperature) {
  double previous = -1;
  for (double logTau = -4; logTau <= 4; logTau += 0.05) {
    const double h = entropyNats(boltzmannChoice(kEnergies, std::pow(10.0, logTau)));
    EXPECT_GE(h, previous - 1e-12) << "log10 tau " << logTau;
    previous = h;
  }
  EXPECT_NEAR(entropyNats(boltzmannChoice(kEnergies, 1e-4)), 0.0, 1e-9);
}

TEST(Softmax, LargeEnergiesDoNotOverflow) {
  const auto p = boltzmannChoice({1e5, 1e5 + 1, -1e5}, 0.01);
  EXPECT_NEAR(p[2], 1.0, 1e-12);
}

TEST(Softmax, RefusesWhatIsNotADistribution) {
  EXPECT_THROW((void)boltzmannChoice({}, 1.0), ArgumentError);
  EXPECT_THROW((void)boltzmannChoice({1.0}, 0.0), ArgumentError);
  EXPECT_THROW((void)boltzmannChoice({NAN, 1.0}, 1.0), ArgumentError);
  EXPECT_THROW((void)surpriseFromCounts({0, 0}), ArgumentError);
  EXPECT_THROW((void)surpriseFromCounts({-1, 3}), ArgumentError);
}

TEST(Softmax, SurpriseIsMinusLogFrequencyAndItsSoftmaxGivesTheFrequenciesBack) {
  const std::vector<double> counts = {412, 260, 130, 1, 0};
  const auto u = surpriseFromCounts(counts);
  EXPECT_NEAR(u[0], -std::log(412.0 / 803.0), 1e-12);
  EXPECT_TRUE(std::isinf(u[4]));
  // Energies u_i at T = 1 are the distribution they came from.
  const auto p = boltzmannChoice({u[0], u[1], u[2], u[3]}, 1.0);
  EXPECT_NEAR(p[0], 412.0 / 803.0, 1e-12);
  EXPECT_NEAR(p[3], 1.0 / 803.0, 1e-12);
}

TEST(Softmax, DrawsFollowTheProbabilities) {
  const auto p = boltzmannChoice(kEnergies, 1.0);
  Random random(11);
  const int n = 200000;
  const auto counts = drawChoices(p, n, random);
  double chiSquare = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const double expected = n * p[i];
    chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
  }
  // 5 degrees of freedom: P(χ² > 20.5) ≈ 0.001.
  EXPECT_LT(chiSquare, 20.5);
}

}  // namespace
}  // namespace ebm
