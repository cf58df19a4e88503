// Particle-steps per second for the sampler panel's workloads (10,000 and 100,000 particles; the 3-component
// Gaussian mixture and a cheap analytic energy; trails on and off). A measurement, not a check: run with
//   engine_tests --gtest_also_run_disabled_tests --gtest_filter='ParticleSpeed.*'
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/parallel.h"
#include "energy/gaussian_mixture.h"
#include "sampling/particle_system.h"
#include "test_energies.h"

namespace ebm {
namespace {

EnergyPtr threeComponentMixture() {
  return std::make_shared<GaussianMixtureEnergy>(std::vector<GaussianComponent>{
      {0.3, Eigen::Vector2d(-1.5, 0.0), Eigen::Matrix2d::Identity() * 0.3},
      {0.4, Eigen::Vector2d(1.0, 1.0), Eigen::Matrix2d::Identity() * 0.6},
      {0.3, Eigen::Vector2d(0.5, -1.5), (Eigen::Matrix2d() << 0.5, 0.2, 0.2, 0.4).finished()}});
}

// Median over repeats of the time for `steps` steps, as million particle-steps per second.
double millionParticleStepsPerSecond(ParticleSystem& system, Index steps) {
  system.step(2);
  std::vector<double> seconds;
  for (int repeat = 0; repeat < 7; ++repeat) {
    const auto start = std::chrono::steady_clock::now();
    system.step(steps);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::nth_element(seconds.begin(), seconds.begin() + 3, seconds.end());
  return double(system.particleCount()) * double(steps) / seconds[3] / 1e6;
}

TEST(ParticleSpeed, DISABLED_StepsPerSecond) {
  struct Workload {
    const char* name;
    EnergyPtr energy;
  };
  const Workload energies[] = {{"mixture3", threeComponentMixture()},
                               {"doublewell", std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.3)}};
  std::printf("threads %d\n", parallelThreadCount());
  for (const Workload& workload : energies) {
    for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc}) {
      for (Index n : {Index(10'000), Index(100'000)}) {
        for (int trail : {0, 32}) {
          ParticleSystemSettings settings;
          settings.particleCount = n;
          settings.trailLength = trail;
          SamplerSettings sampler;
          sampler.kind = kind;
          sampler.leapfrogSteps = 10;
          ParticleSystem system(workload.energy, settings, sampler);
          const Index steps = (kind == SamplerKind::Hmc ? 200'000 : 2'000'000) / n;
          const double rate = millionParticleStepsPerSecond(system, std::max<Index>(steps, 2));
          std::printf("%-10s %-4s n=%6ld trail=%2d  %7.2f M particle-steps/s  %8.3f ms/step\n", workload.name,
                      samplerName(kind), long(n), trail, rate, double(n) / rate / 1e3);
        }
      }
    }
  }
}

}  // namespace
}  // namespace ebm
