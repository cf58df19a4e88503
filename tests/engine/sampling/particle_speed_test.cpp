// Particle-steps per second for the sampler panel's workloads (10,000 and 100,000 particles; the 3-component
// Gaussian mixture and a cheap analytic energy; trails on and off). A measurement, not a check: run with
//   engine_tests --gtest_also_run_disabled_tests --gtest_filter='ParticleSpeed.*'
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/parallel.h"
#include "energy/analytic/double_well.h"
#include "energy/gaussian_mixture.h"
#include "energy/mlp_energy.h"
#include "sampling/particle_system.h"

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
                               {"doublewell", std::make_shared<DoubleWellEnergy>()},
                               {"mlp128x3", std::make_shared<MlpEnergy>(MlpArchitecture{}, 1)}};
  std::printf("threads %d\n", parallelThreadCount());
  for (const Workload& workload : energies) {
    for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc}) {
      for (Index n : {Index(10'000), Index(100'000)}) {
        for (int extras = 0; extras < 3; ++extras) {  // plain; trails of 32; trails and basins
          if (extras > 0 && kind != SamplerKind::Ula) continue;
          ParticleSystemSettings settings;
          settings.particleCount = n;
          settings.trailLength = extras > 0 ? 32 : 0;
          SamplerSettings sampler;
          sampler.kind = kind;
          sampler.leapfrogSteps = 10;
          ParticleSystem system(workload.energy, settings, sampler);
          if (extras == 2) {
            system.setBasins(std::make_shared<Basins>(
                evaluateOnLattice(*workload.energy, Lattice::over(settings.box, 256))));
          }
          const bool neural = std::string(workload.name) == "mlp128x3";
          const Index work = (kind == SamplerKind::Hmc ? 200'000 : 2'000'000) / (neural ? 20 : 1);
          const double rate = millionParticleStepsPerSecond(system, std::max<Index>(work / n, 2));
          const char* what[] = {"", " +trails32", " +trails32+basins"};
          std::printf("%-10s %-4s n=%6ld %-17s %8.3f M particle-steps/s  %8.3f ms/step\n", workload.name,
                      samplerName(kind), long(n), what[extras], rate, double(n) / rate / 1e3);
        }
      }
    }
  }
}

TEST(ParticleSpeed, DISABLED_SnapshotCopy) {
  for (Index n : {Index(10'000), Index(100'000)}) {
    for (bool trails : {false, true}) {
      ParticleSystemSettings settings;
      settings.particleCount = n;
      settings.trailLength = 32;
      ParticleSystem system(std::make_shared<DoubleWellEnergy>(), settings);
      system.step(40);
      ParticleSnapshot snapshot = system.snapshot(trails);
      std::vector<double> seconds;
      for (int repeat = 0; repeat < 7; ++repeat) {
        const auto start = std::chrono::steady_clock::now();
        system.snapshot(snapshot, trails);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      }
      std::nth_element(seconds.begin(), seconds.begin() + 3, seconds.end());
      std::printf("snapshot n=%6ld trails=%s  %7.3f ms\n", long(n), trails ? "32" : "off", seconds[3] * 1e3);
    }
  }
}

}  // namespace
}  // namespace ebm
