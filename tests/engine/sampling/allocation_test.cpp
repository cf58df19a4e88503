// Stepping particles allocates no memory in steady state, for every sampler, with trails and basins on:
// counted at malloc itself, below operator new and Eigen's aligned allocator.
#include <gtest/gtest.h>

#include <atomic>
#include <cstddef>

#include "sampling/particle_system.h"
#include "test_energies.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define EBMSCAPE_COUNT_MALLOC 0  // the sanitizers own malloc: do not interpose
#else
#define EBMSCAPE_COUNT_MALLOC 1
#endif

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};
}  // namespace

#if EBMSCAPE_COUNT_MALLOC
// glibc's own entry points: this binary's malloc, calloc and realloc count, then forward to them.
extern "C" void* __libc_malloc(std::size_t size);
extern "C" void* __libc_calloc(std::size_t count, std::size_t size);
extern "C" void* __libc_realloc(void* pointer, std::size_t size);
extern "C" void* malloc(std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_malloc(size);
}
extern "C" void* calloc(std::size_t count, std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_calloc(count, size);
}
extern "C" void* realloc(void* pointer, std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  return __libc_realloc(pointer, size);
}
#endif

namespace ebm {
namespace {

long allocationsDuring(const std::function<void()>& work) {
  allocations = 0;
  counting = true;
  work();
  counting = false;
  return allocations.load();
}

TEST(Allocation, SteppingAllocatesNothingInSteadyState) {
#if !EBMSCAPE_COUNT_MALLOC
  GTEST_SKIP() << "malloc is not interposed under sanitizers";
#endif
  // The counter works: an Eigen vector and a std::vector each allocate.
  EXPECT_GE(allocationsDuring([] {
              Vector v(1000);
              std::vector<int> w(10);
              v.setZero();
            }),
            2);

  auto energy = std::make_shared<testing::TiltedDoubleWell>(2, 1.0, 0.3);
  ParticleSystemSettings settings;
  settings.particleCount = 5000;  // ten chunks: both threads busy
  settings.box = Box::centered(2, 2.5);
  settings.trailLength = 8;
  ParticleSystem system(energy, settings);
  system.setBasins(std::make_shared<Basins>(evaluateOnLattice(*energy, Lattice::over(settings.box, 101))));
  auto poisoned = std::make_shared<testing::PoisonedEnergy>(energy, 1.5);  // divergence handling too
  for (SamplerKind kind : {SamplerKind::Ula, SamplerKind::Mala, SamplerKind::Hmc, SamplerKind::Annealed}) {
    SamplerSettings sampler;
    sampler.kind = kind;
    sampler.walls = Walls::Reflecting;
    sampler.leapfrogSteps = 3;
    sampler.schedule = AnnealingSchedule::geometricTemperatures(3.0, 1.0, 3, 4, 0.01);
    sampler.schedule.restartWhenDone = true;
    system.setSampler(sampler);
    system.setEnergy(kind == SamplerKind::Ula ? EnergyPtr(poisoned) : EnergyPtr(energy));
    system.step(3);  // warm-up: first use of every path
    EXPECT_EQ(allocationsDuring([&] { system.step(40); }), 0) << samplerName(kind);
  }
  EXPECT_GT(system.counters().diverged, 0);
  ParticleSnapshot snapshot = system.snapshot();
  system.step(1);
  EXPECT_EQ(allocationsDuring([&] { system.snapshot(snapshot); }), 0) << "a recycled snapshot";
}

}  // namespace
}  // namespace ebm
