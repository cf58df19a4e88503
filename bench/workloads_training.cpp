// W3 (PCD iteration, 2D), W4 (DSM iteration), W6 (PCD iteration, 3D): one trainer step each.
#include <string>

#include "bench_timing.h"
#include "toy_data.h"
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
  const Points data = toyData(dimension == 2 ? "8gaussians" : "helix", 20000, 11);
  PcdTrainer trainer(benchPcdOptions(dimension), data);
  const Timing t = measure(context.quick ? 5 : 21, [&] { (void)trainer.step(); });
  const double f = trainer.model().architecture().forwardFlopsPerPoint();
  // K Langevin steps (forward + input gradient ≈ 2F) on B negatives, then E and ∂/∂θ on 2B points (≈ 3F).
  const double flops = 20.0 * 256 * 2 * f + 2.0 * 256 * 3 * f;
  auto record = workloadRecord(workload, dimension == 2 ? "8gaussians B=256 K=20" : "helix B=256 K=20", t,
                               flops, context.peakGflops);
  record["target_ms"] = targetMs;
  printLine(record);
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
    DsmTrainer trainer(o, toyData("8gaussians", 20000, 12));
    const Timing t = measure(context.quick ? 5 : 21, [&] { (void)trainer.step(); });
    // Forward, ∇ₓE, and the reverse of both: ≈ 6F per point (mlp_score_gradient.cpp).
    const double flops = 1024.0 * 6 * trainer.model().architecture().forwardFlopsPerPoint();
    auto record = workloadRecord("W4", "8gaussians B=1024 sigma=0.1", t, flops, context.peakGflops);
    record["target_ms"] = 4;
    printLine(record);
  }
  runPcd(context, "W6", 3, 17);
}

}  // namespace ebm::bench
