// MALA and HMC sample Gaussians exactly: the mean and covariance of their chains match the target within
// 4.5 standard errors, the errors taken from each statistic's own autocorrelation time.
#include <gtest/gtest.h>

#include <string>

#include "chain_statistics.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

using testing::kStandardErrors;

// Runs the sampler on N(μ, T·Σ) (energy ½(x−μ)ᵀΣ⁻¹(x−μ) at temperature T) and checks every mean and every
// covariance entry. Covariances use the true mean, so each is the plain mean of (xᵢ − μᵢ)(xⱼ − μⱼ).
void expectGaussianMoments(const SamplerSettings& sampler, const Eigen::VectorXd& mean,
                           const Eigen::MatrixXd& covariance, Index burnIn, Index steps) {
  const int d = int(mean.size());
  ParticleSystemSettings settings;
  settings.particleCount = 1024;
  settings.box = Box::centered(d, 5.0);
  settings.seed = 11;
  ParticleSystem system(testing::QuadraticEnergy::withCovariance(mean, covariance), settings, sampler);
  system.step(burnIn);

  const Eigen::MatrixXd target = sampler.temperature * covariance;
  std::vector<std::function<double(const float*)>> functions;
  std::vector<std::pair<std::string, double>> expected;
  for (int r = 0; r < d; ++r) {
    functions.push_back([r](const float* x) { return double(x[r]); });
    expected.emplace_back("mean[" + std::to_string(r) + "]", mean[r]);
  }
  for (int r = 0; r < d; ++r) {
    for (int c = r; c < d; ++c) {
      functions.push_back([r, c, mean](const float* x) { return (x[r] - mean[r]) * (x[c] - mean[c]); });
      expected.emplace_back("covariance[" + std::to_string(r) + "," + std::to_string(c) + "]", target(r, c));
    }
  }
  const auto series = testing::recordChains(system, steps, functions);
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto estimate = testing::estimateMean(series[k]);
    EXPECT_NEAR(estimate.mean, expected[k].second, kStandardErrors * estimate.standardError)
        << expected[k].first << ": τ = " << estimate.autocorrelationTime
        << ", ESS = " << estimate.effectiveSampleSize;
  }
  // Not a statistical check: a sampler that rejects almost everything would pass the moments trivially
  // slowly.
  EXPECT_GT(system.counters().totalAcceptanceRate(), 0.5);
}

Eigen::Matrix2d correlated2D() {
  Eigen::Matrix2d covariance;
  covariance << 1.0, 0.6, 0.6, 0.5;  // correlation 0.85: eigenvalues 1.40 and 0.10
  return covariance;
}

Eigen::Matrix3d covariance3D() {
  Eigen::Matrix3d covariance;
  covariance << 0.6, 0.1, 0.0, 0.1, 0.4, -0.05, 0.0, -0.05, 0.5;
  return covariance;
}

TEST(GaussianMoments, MalaReproducesCorrelated2DGaussian) {
  SamplerSettings mala;
  mala.kind = SamplerKind::Mala;
  mala.stepSize = 0.15;
  expectGaussianMoments(mala, Eigen::Vector2d(0.5, -1.0), correlated2D(), 300, 800);
}

TEST(GaussianMoments, HmcReproducesCorrelated2DGaussian) {
  SamplerSettings hmc;
  hmc.kind = SamplerKind::Hmc;
  hmc.stepSize = 0.15;
  hmc.leapfrogSteps = 8;
  expectGaussianMoments(hmc, Eigen::Vector2d(0.5, -1.0), correlated2D(), 100, 400);
}

TEST(GaussianMoments, MalaReproduces3DGaussianAtHalfTemperature) {
  SamplerSettings mala;
  mala.kind = SamplerKind::Mala;
  mala.stepSize = 0.1;
  mala.temperature = 0.5;
  expectGaussianMoments(mala, Eigen::Vector3d(0.3, -0.2, 0.1), covariance3D(), 300, 800);
}

TEST(GaussianMoments, HmcReproduces3DGaussianAtTwiceTheTemperature) {
  SamplerSettings hmc;
  hmc.kind = SamplerKind::Hmc;
  hmc.stepSize = 0.3;
  hmc.leapfrogSteps = 6;
  hmc.temperature = 2.0;
  expectGaussianMoments(hmc, Eigen::Vector3d(0.3, -0.2, 0.1), covariance3D(), 100, 400);
}

}  // namespace
}  // namespace ebm
