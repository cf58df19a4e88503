// W3 (PCD iteration, 2D), W4 (DSM iteration), W6 (PCD iteration, 3D): one trainer step each.
#include <string>
#include <vector>

#include "bench_timing.h"
#include "core/parallel.h"
#include "core/random.h"
#include "data/data_set_registry.h"
#include "training/dsm_trainer.h"
#include "training/pcd_trainer.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

PcdOptions benchPcdOptions(int dimension) {
  PcdOptions o;
  o.architecture.dimension = dimension;
  o.box = Box::centered(dimension, 4.0);
  o.batchSize = 256;
  o.bufferSize = 10000;
  o.reinitFraction = 0.05;
  o.langevinSteps = 20;
  o.stepSize = 0.01;
  o.noiseScale = 0.1;  // √ε: the ULA step of BENCH.md
  o.regularization = 0.1;
  o.schedule.learningRate = 1e-3;
  o.seed = 3;
  return o;
}

void runPcd(const BenchContext& context, const std::string& workload, int dimension, double targetMs) {
  const Points data = generateDataSet(dimension == 2 ? "8gaussians" : "helix", {20000, {}, 11}).points;
  PcdTrainer trainer(benchPcdOptions(dimension), data);
  const Timing t = measure(context.quick ? 5 : 21, [&] { (void)trainer.step(); });
  const double f = trainer.model().architecture().forwardFlopsPerPoint();
  // K Langevin steps (forward + input gradient ≈ 2F) on B negatives, then E and ∂/∂θ on 2B points (≈ 3F).
  const double flops = 20.0 * 256 * 2 * f + 2.0 * 256 * 3 * f;
  auto record = workloadRecord(workload, dimension == 2 ? "8gaussians B=256 K=20" : "helix B=256 K=20", t,
                               flops, context.peak());
  record["target_ms"] = targetMs;
  printLine(record);
}

// What carrying the input Jacobian forward would cost for DSM in 2D: every point becomes 1 + D = 3 columns
// (value and two tangents) that each go forward and back with weight gradients (3F per column, 9F per point),
// against reverse-over-reverse's 6F. Timed as exactly those GEMM shapes: an energy-gradient pass over 3×1,024
// columns, chunked over both cores like the trainer.
nlohmann::json jacobianForwardProxy(const BenchContext& context, const MlpEnergy& model, double dsmMs) {
  const Index columns = 3 * 1024, chunk = 256;
  Points x(2, columns);
  Random random(9);
  random.fillNormal(x);
  Vector energies(columns), weights = Vector::Constant(columns, 1.0f / columns);
  std::vector<MlpWorkspace> workspaces(std::size_t(columns / chunk));
  std::vector<Eigen::VectorXf> gradients(workspaces.size(), Eigen::VectorXf::Zero(model.parameterCount()));
  const Timing t = measure(context.quick ? 5 : 21, [&] {
    parallelFor(columns, chunk, [&](Index begin, Index end) {
      const std::size_t c = std::size_t(begin / chunk);
      model.forward(x.middleCols(begin, end - begin), energies.segment(begin, end - begin), workspaces[c],
                    MlpPass::kParameterGradient);
      model.accumulateEnergyGradient(weights.segment(begin, end - begin), gradients[c], workspaces[c]);
    });
  });
  auto record = workloadRecord("W4-alt", "jacobian-forward proxy: 3x1024 columns, forward+backward", t,
                               3.0 * columns * model.architecture().forwardFlopsPerPoint(), context.peak());
  record["reverse_over_reverse_ms"] = dsmMs;
  record["note"] = "the GEMM work of carrying the 128x2 input Jacobian forward; reverse-over-reverse is W4";
  return record;
}

}  // namespace

void runTrainingIterations(const BenchContext& context) {
  runPcd(context, "W3", 2, 15);
  {
    DsmOptions o;
    o.batchSize = 1024;
    o.noiseLevel = 0.1;
    o.schedule.learningRate = 1e-3;
    o.seed = 4;
    DsmTrainer trainer(o, generateDataSet("8gaussians", {20000, {}, 12}).points);
    const Timing t = measure(context.quick ? 5 : 21, [&] { (void)trainer.step(); });
    // Forward, ∇ₓE, and the reverse of both: ≈ 6F per point (mlp_score_gradient.cpp).
    const double flops = 1024.0 * 6 * trainer.model().architecture().forwardFlopsPerPoint();
    auto record = workloadRecord("W4", "8gaussians B=1024 sigma=0.1", t, flops, context.peak());
    record["target_ms"] = 4;
    printLine(record);
    printLine(jacobianForwardProxy(context, trainer.model(), t.medianMs));
  }
  runPcd(context, "W6", 3, 17);
}

}  // namespace ebm::bench
