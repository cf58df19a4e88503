// The bench program: shared/BENCH.md's workloads as JSON lines (or, with --quality, issue 4's quality table).
//
//   ebmscape_bench [--quick] [--only W1,W2,...]      (--only particles: the particle system, not run by
//   default) ebmscape_bench --quality [--seconds S] [--sets 8gaussians,moons] [--methods
//   pcd,cd,dsm,dsm_multi]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "bench_timing.h"
#include "core/parallel.h"
#include "workloads.h"

namespace {

// Whether `name` is in the comma-separated list `only`.
bool named(const char* only, const char* name) {
  const std::string list = std::string(",") + only + ",";
  return list.find(std::string(",") + name + ",") != std::string::npos;
}

bool selected(const char* only, const char* name) {
  return !only || named(only, name);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace ebm::bench;
  BenchContext context;
  const char* only = nullptr;
  bool quality = false;
  double seconds = 60;
  const char* sets = "";
  const char* methods = "";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--quick")
      context.quick = true;
    else if (arg == "--only" && hasValue)
      only = argv[++i];
    else if (arg == "--quality")
      quality = true;
    else if (arg == "--seconds" && hasValue)
      seconds = std::atof(argv[++i]);
    else if (arg == "--sets" && hasValue)
      sets = argv[++i];
    else if (arg == "--methods" && hasValue)
      methods = argv[++i];
    else {
      std::fprintf(stderr,
                   "usage: ebmscape_bench [--quick] [--only W1,W2,...,particles]\n"
                   "       ebmscape_bench --quality [--seconds S] [--sets a,b] [--methods pcd,dsm]\n");
      return 2;
    }
  }
  nlohmann::json machine;
  machine["machine"] = "threads";
  machine["threads"] = ebm::parallelThreadCount();
  machine["hardware_threads"] = std::thread::hardware_concurrency();
  machine["threading"] =
      "ebm::parallelFor spreads chunks of each batch over a persistent pool (caller + workers); Eigen is "
      "single-threaded per chunk (EIGEN_DONT_PARALLELIZE)";
  printLine(machine);
  if (quality) {
    runQualityTable(seconds, sets, methods);
    return 0;
  }
  context.lastPeak = measureGemmPeak(context);
  if (selected(only, "W1")) runGridEvaluation(context);
  if (selected(only, "W2")) runLangevinStep(context);
  if (selected(only, "W3") || selected(only, "W4") || selected(only, "W6")) runTrainingIterations(context);
  if (selected(only, "W5")) runLogPartition(context);
  if (selected(only, "W7")) runBlendUpdate(context);
  if (selected(only, "W8")) runSudoku(context);
  if (selected(only, "W9")) runRawUnitTraining(context);
  if (only && named(only, "particles")) runParticleSystem(context);
  return 0;
}
