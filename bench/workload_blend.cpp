// W7: one slider step — blend two cached component grids, log Z of the blend at T, and the surface colours.
// Two ways, timed side by side: the engine's path (ComponentGrids recombines the cached leaf grids of a new
// BlendEnergy, ebm::logPartition integrates, a colour pass maps) and one fused pass doing all three per
// chunk.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "analysis/component_grids.h"
#include "analysis/quadrature.h"
#include "bench_timing.h"
#include "core/parallel.h"
#include "energy/composition/blend_energy.h"
#include "energy/energy_grid.h"
#include "energy/fast_exp.h"
#include "energy/gaussian_mixture.h"
#include "energy/mlp_energy.h"
#include "workloads.h"

// Pure arithmetic loops: let GCC use 512-bit vectors where they exist.
#pragma GCC target("prefer-vector-width=512")

namespace ebm::bench {

void runBlendUpdate(const BenchContext& context) {
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), 256);
  const Index n = lattice.size();
  // The two cached components: the bench MLP and a two-bump mixture, evaluated once (not timed).
  const MlpEnergy neural(MlpArchitecture{}, 2024);
  const GaussianMixtureEnergy mixture({{1.0, Eigen::Vector2d(-1.5, 0), Eigen::Matrix2d::Identity() * 0.6},
                                       {1.0, Eigen::Vector2d(1.5, 0.5), Eigen::Matrix2d::Identity() * 0.4}});
  const EnergyGrid first = evaluateOnLattice(neural, lattice), second = evaluateOnLattice(mixture, lattice);
  Vector blend(n);
  std::vector<std::uint8_t> colours(std::size_t(3 * n));
  std::array<std::uint8_t, 3 * 256> table{};
  for (int i = 0; i < 256; ++i) {  // a viridis-like ramp: dark blue (low energy) to yellow (high)
    table[std::size_t(3 * i)] = std::uint8_t(std::min(255, 2 * std::max(0, i - 96) + 40 * (i < 64)));
    table[std::size_t(3 * i + 1)] = std::uint8_t(std::min(255, i * 220 / 255 + 20));
    table[std::size_t(3 * i + 2)] = std::uint8_t(std::max(0, 150 - i / 2));
  }
  double alpha = 0.3, logZ = 0;
  const double temperature = 1.5;
  constexpr Index kChunk = 16384;
  std::vector<float> chunkMin(std::size_t((n + kChunk - 1) / kChunk));
  {
    // The engine's path: a slider step builds BlendEnergy(E₁, E₂, α) over the cached leaves.
    const EnergyPtr leaf1 = std::make_shared<MlpEnergy>(MlpArchitecture{}, 2024);
    const EnergyPtr leaf2 = std::make_shared<GaussianMixtureEnergy>(mixture.components());
    ComponentGrids grids(lattice);
    grids.insert(leaf1, first.values);
    grids.insert(leaf2, second.values);
    const float min1 = first.values.minCoeff(), max1 = first.values.maxCoeff();
    const float min2 = second.values.minCoeff(), max2 = second.values.maxCoeff();
    double a = 0.3;
    // One pass: each chunk of the recombined grid is integrated into log Z and coloured while in cache.
    const Timing engine = measure(context.quick ? 21 : 101, [&] {
      a = a > 0.9 ? 0.1 : a + 0.01;
      const float lo = float(a * min1 + (1 - a) * min2), hi = float(a * max1 + (1 - a) * max2);
      const float scale = hi > lo ? 255.0f / (hi - lo) : 0.0f;
      LogPartitionSum sum(n, ComponentGrids::kChunk, lattice.cellVolume(), temperature);
      grids.evaluate(std::make_shared<BlendEnergy>(leaf1, leaf2, a), blend, [&](Index begin, Index end) {
        sum.add(begin, blend.data() + begin, end - begin);
        for (Index i = begin; i < end; ++i) {
          const int k = std::clamp(int((blend[i] - lo) * scale), 0, 255);
          colours[std::size_t(3 * i)] = table[std::size_t(3 * k)];
          colours[std::size_t(3 * i + 1)] = table[std::size_t(3 * k + 1)];
          colours[std::size_t(3 * i + 2)] = table[std::size_t(3 * k + 2)];
        }
      });
      logZ = sum.logPartition();
    });
    auto record = workloadRecord("W7", "256^2 ComponentGrids blend + logPartition(T) + RGB", engine, 0, 0);
    record["log_partition"] = logZ;
    record["target_ms"] = 0.2;
    printLine(record);
  }
  std::vector<double> chunkSum(chunkMin.size());
  const float min1 = first.values.minCoeff(), max1 = first.values.maxCoeff();
  const float min2 = second.values.minCoeff(), max2 = second.values.maxCoeff();
  // One fused parallel pass; per chunk of nodes, while the chunk is hot in cache:
  //   1. E = αE₁ + (1−α)E₂ and the chunk's lowest energy mᶜ;
  //   2. Sᶜ = Σ exp(−(E − mᶜ)/T) (vectorized float exp, 16 partial sums) and each node's colour
  //      table[⌊255·(E − lo)/(hi − lo)⌋], with the colour range [lo, hi] = α·[min E₁, max E₁] + (1−α)·[min
  //      E₂, max E₂] known from the cached components before the pass;
  // then log Z_T = −m/T + log Σᶜ exp(−(mᶜ − m)/T)·Sᶜ + log(cell area), m = minᶜ mᶜ.
  const Timing t = measure(context.quick ? 21 : 101, [&] {
    alpha = alpha > 0.9 ? 0.1 : alpha + 0.01;
    const float a = float(alpha), b = float(1 - alpha);
    const float lo = a * min1 + b * min2, hi = a * max1 + b * max2;
    const float scale = hi > lo ? 255.0f / (hi - lo) : 0.0f;
    const float beta = float(1.0 / temperature);
    parallelFor(n, kChunk, [&](Index begin, Index end) {
      float lowest[16];
      std::fill(lowest, lowest + 16, INFINITY);
      Index i = begin;
      for (; i + 16 <= end; i += 16) {
        for (int q = 0; q < 16; ++q) {
          const float e = a * first.values[i + q] + b * second.values[i + q];
          blend[i + q] = e;
          lowest[q] = e < lowest[q] ? e : lowest[q];
        }
      }
      for (; i < end; ++i) {
        blend[i] = a * first.values[i] + b * second.values[i];
        lowest[0] = std::min(lowest[0], blend[i]);
      }
      const float m = *std::min_element(lowest, lowest + 16);
      float partial[16] = {};
      i = begin;
      for (; i + 16 <= end; i += 16) {
        for (int q = 0; q < 16; ++q)
          partial[q] += fastExp(-(blend[i + q] - m) * beta);
      }
      double sum = 0;
      for (; i < end; ++i)
        sum += fastExp(-(blend[i] - m) * beta);
      for (float p : partial)
        sum += p;
      chunkSum[std::size_t(begin / kChunk)] = sum;
      chunkMin[std::size_t(begin / kChunk)] = m;
      for (i = begin; i < end; ++i) {
        const int k = std::clamp(int((blend[i] - lo) * scale), 0, 255);
        colours[std::size_t(3 * i)] = table[std::size_t(3 * k)];
        colours[std::size_t(3 * i + 1)] = table[std::size_t(3 * k + 1)];
        colours[std::size_t(3 * i + 2)] = table[std::size_t(3 * k + 2)];
      }
    });
    const double m = *std::min_element(chunkMin.begin(), chunkMin.end());
    double total = 0;
    for (std::size_t c = 0; c < chunkSum.size(); ++c)
      total += std::exp(-(double(chunkMin[c]) - m) / temperature) * chunkSum[c];
    logZ = -m / temperature + std::log(total) + std::log(lattice.cellVolume());
  });
  // The same log Z by the engine's quadrature (double exp, not timed): the fused float sum must agree.
  const double reference = logPartition(blend, lattice.cellVolume(), temperature);
  auto record = workloadRecord("W7-fused", "256^2 blend + logZ(T) + RGB in one pass", t, 0, 0);
  record["log_partition"] = logZ;
  record["target_ms"] = 0.2;
  record["log_partition_error"] = std::abs(logZ - reference);
  record["note"] = "a hand-fused loop without ComponentGrids: the floor for the engine path above";
  printLine(record);
}

}  // namespace ebm::bench
