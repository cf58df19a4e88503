// The training-quality table of issue 4: PCD and DSM on toy sets, held-out NLL by quadrature and its gap to
// the true entropy where the density is known. One JSON line per (method, data set).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/quadrature.h"
#include "bench_timing.h"
#include "core/errors.h"
#include "data/data_set_registry.h"
#include "data/true_density.h"
#include "training/dsm_trainer.h"
#include "training/pcd_trainer.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

constexpr int kLatticeNodes = 512;

std::vector<std::string> split(const char* list, std::vector<std::string> all) {
  if (!list || !*list) return all;
  std::vector<std::string> out;
  std::stringstream text(list);
  for (std::string item; std::getline(text, item, ',');)
    out.push_back(item);
  return out;
}

double envOr(const char* name, double fallback) {
  const char* v = std::getenv(name);
  return v ? std::atof(v) : fallback;
}

std::unique_ptr<MlpTrainer> makeTrainer(const std::string& method, const Points& train, double seconds,
                                        Index iterations) {
  TrainerOptions common;
  common.seed = 7;
  common.box = Box::centered(2, 4.0);
  common.schedule.kind = ScheduleKind::kCosine;
  common.schedule.finalFraction = envOr("EBM_FINAL", 0.02);
  common.schedule.warmupFraction = 0.01;
  common.scheduleSeconds = iterations > 0 ? 0 : seconds;
  common.scheduleIterations = iterations;
  common.averagingDecay = envOr("EBM_DECAY", 0.999);
  if (method == "pcd" || method == "cd") {
    PcdOptions o;
    static_cast<TrainerOptions&>(o) = common;
    o.schedule.learningRate = envOr("EBM_LR", 3e-3);
    o.batchSize = Index(envOr("EBM_BATCH", 256));
    o.langevinSteps = int(envOr("EBM_K", 20));
    o.stepSize = envOr("EBM_EPS", 0.01);
    o.noiseScale = std::sqrt(o.stepSize);
    o.regularization = envOr("EBM_LAMBDA", 0.1);
    o.contrastiveDivergence = method == "cd";
    return std::make_unique<PcdTrainer>(o, train);
  }
  DsmOptions o;
  static_cast<TrainerOptions&>(o) = common;
  o.schedule.learningRate = envOr("EBM_LR", 2e-3);
  o.batchSize = Index(envOr("EBM_BATCH", 1024));
  o.noiseLevel = envOr("EBM_SIGMA", 0.1);
  // "dsm_multi": noise-conditional over σ ∈ [0.05, 2]; its snapshot is the landscape at σ = 0.05.
  o.noiseConditional = method == "dsm_multi";
  o.minNoiseLevel = envOr("EBM_SIGMA_MIN", 0.05);
  o.maxNoiseLevel = envOr("EBM_SIGMA_MAX", 2.0);
  return std::make_unique<DsmTrainer>(o, train);
}

}  // namespace

void runQualityTable(double seconds, const char* sets, const char* methods) {
  // EBM_ITERATIONS_PCD / EBM_ITERATIONS_DSM: a fixed iteration budget instead of a time limit (reproducible,
  // and fair on a machine other jobs are loading: e.g. 60 s at the bench's unloaded W3/W4 speed).
  const Index pcdIterations = Index(envOr("EBM_ITERATIONS_PCD", 0));
  const Index dsmIterations = Index(envOr("EBM_ITERATIONS_DSM", 0));
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), kLatticeNodes);
  for (const std::string& set : split(sets, {"8gaussians", "moons", "rings", "checkerboard"})) {
    const Points train = generateDataSet(set, {20000, {}, 101}).points;
    const Points heldOut = generateDataSet(set, {5000, {}, 202}).points;
    const std::optional<double> entropy = trueEntropy(set);
    for (const std::string& method : split(methods, {"pcd", "dsm"})) {
      const Index iterations = method.starts_with("dsm") ? dsmIterations : pcdIterations;
      auto trainer = makeTrainer(method, train, seconds, iterations);
      double nextReport = 10;
      TrainingSummary summary =
          trainer->run({iterations, iterations > 0 ? 0 : seconds, 50}, [&](const TrainingMetrics& m) {
            if (m.seconds >= nextReport) {
              nextReport += 10;
              const auto nll = negativeLogLikelihood(*trainer->snapshot(), heldOut, lattice);
              std::fprintf(stderr, "  %s %s t=%.0fs it=%ld NLL=%.4f loss=%.4f E+=%.3f E-=%.3f lr=%.2e\n",
                           method.c_str(), set.c_str(), m.seconds, long(m.step),
                           nll.meanNegativeLogLikelihood, m.loss, m.dataEnergy, m.negativeEnergy,
                           m.learningRate);
            }
            return CallbackResult::kContinue;
          });
      nlohmann::json r;
      r["quality"] = method;
      r["dataset"] = set;
      r["iterations"] = summary.finalMetrics.step;
      r["train_seconds"] = std::round(summary.finalMetrics.seconds * 10) / 10;
      r["termination"] = terminationName(summary.termination);
      if (summary.diverged()) r["message"] = summary.message;
      try {
        const auto nll = negativeLogLikelihood(*trainer->snapshot(), heldOut, lattice);
        r["heldout_nll"] = std::round(nll.meanNegativeLogLikelihood * 1e4) / 1e4;
        r["missing_mass"] = nll.missingMass;
        if (entropy) {
          r["true_entropy"] = std::round(*entropy * 1e4) / 1e4;
          r["gap"] = std::round((nll.meanNegativeLogLikelihood - *entropy) * 1e4) / 1e4;
        }
      } catch (const Error& e) {
        r["error"] = e.what();
      }
      r["lattice"] = std::to_string(kLatticeNodes) + "^2 over [-4,4]^2";
      printLine(r);
    }
  }
}

}  // namespace ebm::bench
