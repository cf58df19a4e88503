// ULA is biased by its step size: on a Gaussian its stationary variance is known in closed form, and the
// bias shrinks as ε shrinks.
#include <gtest/gtest.h>

#include <cmath>

#include "chain_statistics.h"
#include "core/random.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

using testing::kStandardErrors;

// For E = x²/(2σ²) per coordinate at temperature T, one ULA step is the AR(1) map
//   x ← (1 − a)·x + √ε·ξ,  a = ε/(2Tσ²),
// whose stationary variance v solves v = (1 − a)²v + ε:
//   v = ε / (a(2 − a)) = Tσ² / (1 − ε/(4Tσ²)),
// above the exact Tσ² by a factor that tends to 1 as ε → 0.
double ulaStationaryVariance(double stepSize, double variance, double temperature) {
  return temperature * variance / (1.0 - stepSize / (4.0 * temperature * variance));
}

struct VarianceRun {
  double predicted = 0;
  testing::MeanEstimate measured;
};

VarianceRun runUla(double stepSize) {
  const double sigma2 = 1.0, temperature = 1.0;
  const double predicted = ulaStationaryVariance(stepSize, sigma2, temperature);
  ParticleSystemSettings settings;
  settings.particleCount = 1024;
  settings.box = Box::centered(2, 5.0);
  settings.seed = 5;
  SamplerSettings ula;
  ula.stepSize = stepSize;
  ula.temperature = temperature;
  auto energy =
      std::make_shared<testing::QuadraticEnergy>(Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity());
  ParticleSystem system(energy, settings, ula);
  // Start in ULA's own stationary law, so no burn-in is needed beyond a few relaxation times.
  Random random(17);
  Points start(2, settings.particleCount);
  random.fillNormal(start);
  system.resetTo(start * float(std::sqrt(predicted)));
  system.step(50);
  // The per-particle mean of x₁² and x₂² estimates v; the true mean 0 is known, so no centring bias.
  const auto series = testing::recordChains(
      system, 1500, {[](const float* x) { return 0.5 * (double(x[0]) * x[0] + double(x[1]) * x[1]); }});
  return {predicted, testing::estimateMean(series[0])};
}

TEST(UlaBias, StationaryVarianceMatchesClosedFormAndShrinksWithStepSize) {
  const double steps[] = {0.4, 0.2, 0.1};
  std::vector<VarianceRun> runs;
  for (double stepSize : steps) {
    runs.push_back(runUla(stepSize));
    const VarianceRun& run = runs.back();
    EXPECT_NEAR(run.measured.mean, run.predicted, kStandardErrors * run.measured.standardError)
        << "ε = " << stepSize << ": τ = " << run.measured.autocorrelationTime;
    // The bias itself is resolved: the measured variance lies clearly above the exact σ² = 1.
    EXPECT_GT(run.measured.mean - 1.0, kStandardErrors * run.measured.standardError) << "ε = " << stepSize;
  }
  // The bias shrinks with ε: each halving of ε lowers the measured variance significantly.
  for (std::size_t k = 1; k < runs.size(); ++k) {
    const double difference = runs[k - 1].measured.mean - runs[k].measured.mean;
    const double error = std::hypot(runs[k - 1].measured.standardError, runs[k].measured.standardError);
    EXPECT_GT(difference, kStandardErrors * error) << "from ε = " << steps[k - 1] << " to ε = " << steps[k];
  }
}

}  // namespace
}  // namespace ebm
