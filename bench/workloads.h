// The bench program's workloads (shared/BENCH.md), each printing its JSON lines.
#pragma once

namespace ebm::bench {

/// fp32 GEMM GFLOP/s right now (2048³, or 1024³ when quick; columns split over both cores; median of 3).
double gemmGflopsNow(bool quick);

/// What every workload needs to know about the run.
struct BenchContext {
  bool quick = false;  ///< reduced sizes and repeats: a smoke test, seconds in all
  [[nodiscard]] int repeats() const { return quick ? 3 : 9; }
  /// The peak to divide a workload's GFLOP/s by: the mean of the GEMM peaks measured just before it (the
  /// previous call's) and right after it. On a machine whose load changes from minute to minute, a fraction
  /// against the peak of the same minutes is what stays comparable.
  [[nodiscard]] double peak() const {
    const double now = gemmGflopsNow(quick);
    const double before = lastPeak > 0 ? lastPeak : now;
    lastPeak = now;
    return 0.5 * (before + now);
  }
  mutable double lastPeak = 0;  ///< the latest GEMM peak measured
};

/// fp32 2048³ Eigen GEMM with columns split over both cores; prints its line and returns GFLOP/s.
double measureGemmPeak(const BenchContext& context);
void runGridEvaluation(const BenchContext& context);      ///< W1 at 128²…1024², and the 3D grid
void runLangevinStep(const BenchContext& context);        ///< W2 at 10³…10⁵ particles
void runLogPartition(const BenchContext& context);        ///< W5
void runTrainingIterations(const BenchContext& context);  ///< W3, W4, W6
void runBlendUpdate(const BenchContext& context);         ///< W7
/// W8: Sudoku by energy descent on top95 and the famous hardest puzzles, each method.
void runSudoku(const BenchContext& context);
void runRawUnitTraining(const BenchContext& context);  ///< W9: penguins raw vs standardized
/// The particle system's steps per second for the sampler panel's workloads, and a snapshot's cost. Runs
/// only when asked for (`--only particles`).
void runParticleSystem(const BenchContext& context);

/// The training-quality table of issue 4 (PCD and DSM on the toy sets, held-out NLL by quadrature).
/// `seconds` of training per run; `sets`/`methods` comma-separated (empty = all).
void runQualityTable(double seconds, const char* sets, const char* methods);

}  // namespace ebm::bench
