// The sampler panel's workloads (`--only particles`): particle-steps per second of the particle system for
// 10,000 and 100,000 particles on the 3-component Gaussian mixture, an analytic double well and the default
// network, with ULA (plain, with trails of 32, with trails and basins), MALA and HMC; and what a snapshot for
// the window costs. Not a BENCH.md workload: the whole ParticleSystem (chains, trails, basins), not one step.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "bench_timing.h"
#include "energy/analytic/double_well.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"
#include "energy/mlp_energy.h"
#include "sampling/particle_system.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

EnergyPtr threeComponentMixture() {
  return std::make_shared<GaussianMixtureEnergy>(std::vector<GaussianComponent>{
      {0.3, Eigen::Vector2d(-1.5, 0.0), Eigen::Matrix2d::Identity() * 0.3},
      {0.4, Eigen::Vector2d(1.0, 1.0), Eigen::Matrix2d::Identity() * 0.6},
      {0.3, Eigen::Vector2d(0.5, -1.5), (Eigen::Matrix2d() << 0.5, 0.2, 0.2, 0.4).finished()}});
}

/// `timing` of `steps` steps as the timing of one.
Timing perStep(Timing timing, Index steps) {
  timing.medianMs /= double(steps);
  timing.minMs /= double(steps);
  timing.maxMs /= double(steps);
  return timing;
}

void runStepsPerSecond(const BenchContext& context) {
  struct Workload {
    const char* name;
    EnergyPtr energy;
    bool neural;
  };
  const Workload energies[] = {{"mixture3", threeComponentMixture(), false},
                               {"doublewell", std::make_shared<DoubleWellEnergy>(), false},
                               {"mlp128x3", std::make_shared<MlpEnergy>(MlpArchitecture{}, 1), true}};
  const char* extraNames[] = {"", " +trails32", " +trails32+basins"};
  const std::vector<Index> counts =
      context.quick ? std::vector<Index>{10'000} : std::vector<Index>{10'000, 100'000};
  const int repeats = context.quick ? 3 : 7;
  for (const Workload& workload : energies) {
    for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc}) {
      for (Index n : counts) {
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
          // About the same time per repeat for every variant: 2·10⁶ particle-steps (HMC's ten leapfrog steps
          // count as one step; a network costs ~20× an analytic energy).
          const Index work = (kind == SamplerKind::Hmc ? 200'000 : 2'000'000) / (workload.neural ? 20 : 1) /
                             (context.quick ? 10 : 1);
          const Index steps = std::max<Index>(work / n, 2);
          const Timing timing = perStep(measure(repeats, [&] { system.step(steps); }), steps);
          const std::string variant = std::string(workload.name) + " " + samplerName(kind) +
                                      " n=" + std::to_string(n) + extraNames[extras];
          auto record = workloadRecord("particles", variant, timing, 0, 0);
          record["steps_per_repeat"] = steps;
          record["particle_steps_per_s"] = std::round(double(n) / (timing.medianMs * 1e-3));
          printLine(record);
        }
      }
    }
  }
}

void runSnapshotCopy(const BenchContext& context) {
  for (Index n : {Index(10'000), Index(100'000)}) {
    for (bool trails : {false, true}) {
      ParticleSystemSettings settings;
      settings.particleCount = n;
      settings.trailLength = 32;
      ParticleSystem system(std::make_shared<DoubleWellEnergy>(), settings);
      system.step(40);
      ParticleSnapshot snapshot = system.snapshot(trails);
      const Timing timing = measure(context.quick ? 3 : 7, [&] { system.snapshot(snapshot, trails); });
      printLine(workloadRecord("particle_snapshot",
                               "n=" + std::to_string(n) + " trails=" + (trails ? "32" : "off"), timing, 0,
                               0));
    }
  }
}

}  // namespace

void runParticleSystem(const BenchContext& context) {
  runStepsPerSecond(context);
  runSnapshotCopy(context);
}

}  // namespace ebm::bench
