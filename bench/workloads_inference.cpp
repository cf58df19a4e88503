// W1 (grid evaluation), W2 (Langevin step), W5 (log Z by quadrature), the 3D grid, and the GEMM peak.
#include <cmath>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "analysis/quadrature.h"
#include "bench_timing.h"
#include "core/parallel.h"
#include "core/random.h"
#include "energy/energy_grid.h"
#include "energy/mlp_energy.h"
#include "sampling/langevin.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

MlpEnergy benchNetwork(int dimension) {
  MlpArchitecture a;
  a.dimension = dimension;
  return MlpEnergy(a, 2024);
}

}  // namespace

namespace {

// C = A·B with B's and C's columns split in two halves, one single-threaded Eigen GEMM per core.
Timing timeGemm(Index n, int repeats) {
  static Eigen::MatrixXf a, b, c;
  if (a.rows() != n) {
    a = Eigen::MatrixXf::Random(n, n);
    b = Eigen::MatrixXf::Random(n, n);
    c.resize(n, n);
  }
  return measure(repeats, [&] {
    parallelFor(n, n / 2, [&](Index begin, Index end) {
      c.middleCols(begin, end - begin).noalias() = a * b.middleCols(begin, end - begin);
    });
  });
}

}  // namespace

double gemmGflopsNow(bool quick) {
  const Index n = quick ? 1024 : 2048;
  const Timing t = timeGemm(n, 3);
  return 2.0 * double(n) * double(n) * double(n) / (t.medianMs * 1e-3) / 1e9;
}

double measureGemmPeak(const BenchContext& context) {
  const Index n = context.quick ? 1024 : 2048;
  const Timing t = timeGemm(n, context.repeats());
  const double flops = 2.0 * double(n) * double(n) * double(n);
  auto record = workloadRecord("peak", "sgemm " + std::to_string(n) + "^3 (Eigen, columns split over cores)",
                               t, flops, 0);
  record["peak_fraction"] = 1.0;
  printLine(record);
  return flops / (t.medianMs * 1e-3) / 1e9;
}

void runGridEvaluation(const BenchContext& context) {
  const MlpEnergy energy = benchNetwork(2);
  const double flopsPerPoint = energy.architecture().forwardFlopsPerPoint();
  const std::vector<int> sizes =
      context.quick ? std::vector<int>{128, 256} : std::vector<int>{128, 256, 512, 1024};
  for (int size : sizes) {
    const Lattice lattice = Lattice::over(Box::centered(2, 4.0), size);
    Vector values(lattice.size());
    const Timing t = measure(context.repeats(), [&] { evaluateOnLattice(energy, lattice, values); });
    auto record = workloadRecord("W1", std::to_string(size) + "^2", t, flopsPerPoint * double(lattice.size()),
                                 context.peak());
    record["points_per_s"] = std::round(double(lattice.size()) / (t.medianMs * 1e-3));
    if (size == 512) record["target_ms"] = 175;
    printLine(record);
  }
  const MlpEnergy energy3 = benchNetwork(3);
  const std::vector<int> cubes = context.quick ? std::vector<int>{32} : std::vector<int>{32, 64, 128};
  for (int size : cubes) {
    const Lattice lattice = Lattice::over(Box::centered(3, 4.0), size);
    Vector values(lattice.size());
    const int repeats = size == 128 ? 5 : context.repeats();
    const Timing t = measure(repeats, [&] { evaluateOnLattice(energy3, lattice, values); });
    printLine(workloadRecord("grid3d", std::to_string(size) + "^3", t,
                             energy3.architecture().forwardFlopsPerPoint() * double(lattice.size()),
                             context.peak()));
  }
}

void runLangevinStep(const BenchContext& context) {
  const MlpEnergy energy = benchNetwork(2);
  // Forward + input gradient: the same GEMM work twice (BENCH.md's ≈ 2× forward per particle).
  const double flopsPerParticle = 2.0 * energy.architecture().forwardFlopsPerPoint();
  const std::vector<Index> counts =
      context.quick ? std::vector<Index>{1000, 10000} : std::vector<Index>{1000, 10000, 100000};
  constexpr Index kChunk = 512;
  for (Index n : counts) {
    Points x(2, n), gradients(2, n);
    Vector energies(n);
    Random init(5);
    for (Index i = 0; i < x.size(); ++i)
      x.data()[i] = float(init.uniform(-4, 4));
    std::vector<Random> streams;
    for (Index c = 0; c < (n + kChunk - 1) / kChunk; ++c)
      streams.emplace_back(77, std::uint64_t(c));
    LangevinSettings settings;
    settings.stepSize = 0.01;
    settings.temperature = 1.0;
    // One ULA step x ← x − (ε/2)∇E(x) + √ε·ξ: chunks of 512 particles over both cores, each chunk its own
    // stream.
    const Timing t = measure(context.repeats(), [&] {
      parallelFor(n, kChunk, [&](Index begin, Index end) {
        langevinStep(energy, x.middleCols(begin, end - begin), settings, streams[std::size_t(begin / kChunk)],
                     energies.segment(begin, end - begin), gradients.middleCols(begin, end - begin));
      });
    });
    auto record =
        workloadRecord("W2", "n=" + std::to_string(n), t, flopsPerParticle * double(n), context.peak());
    record["particle_steps_per_s"] = std::round(double(n) / (t.medianMs * 1e-3));
    if (n == 10000) record["target_ms"] = 14;
    if (n == 100000) record["target_ms"] = 140;
    printLine(record);
  }
}

void runLogPartition(const BenchContext& context) {
  const MlpEnergy energy = benchNetwork(2);
  const int size = context.quick ? 256 : 1024;
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), size);
  Vector values(lattice.size());
  double logZ = 0;
  // log Z = logsumexp(−E(grid)) + log(cell area): the grid evaluation dominates, the sum is one pass.
  const Timing t = measure(context.repeats(), [&] {
    evaluateOnLattice(energy, lattice, values);
    logZ = logPartition(values, lattice.cellVolume(), 1.0);
  });
  auto record =
      workloadRecord("W5", std::to_string(size) + "^2", t,
                     energy.architecture().forwardFlopsPerPoint() * double(lattice.size()), context.peak());
  record["log_partition"] = logZ;
  if (size == 1024) record["target_ms"] = 750;
  printLine(record);
}

}  // namespace ebm::bench
