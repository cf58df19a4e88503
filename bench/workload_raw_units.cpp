// W9: training on a teacher's own data in its raw units (Palmer penguins: bill length 32–60 mm, flipper
// length 172–231 mm) against the same points standardized — the same time per iteration once subnormal floats
// are flushed (issue 18: raw units made SiLU's outputs subnormal and every GEMM 6–24× slower).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "core/float_mode.h"
#include "core/parallel.h"
#include "data/point_file_reader.h"
#include "data/standardization.h"
#include "training/mlp_trainer.h"
#include "training/recommended_settings.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

constexpr int kStepsPerRepeat = 10;

// The share of subnormal floats in one DSM gradient pass over the points — activations, their derivatives and
// every backward signal (forward, ∇ₓE, and the reverse of both): what makes raw units slow on CPUs that take
// a slow path for subnormals (0 with flush-to-zero, which turns them into zeros as they arise).
double subnormalShare(const MlpEnergy& model, const Points& points) {
  MlpWorkspace workspace;
  Vector energies(points.cols());
  Points gradients(points.rows(), points.cols());
  Eigen::VectorXf parameterGradient = Eigen::VectorXf::Zero(model.parameterCount());
  model.forward(points, energies, workspace, MlpPass::kScoreParameterGradient);
  model.inputGradient(gradients, workspace);
  model.accumulateScoreGradient(gradients / float(points.cols()), parameterGradient, workspace);
  std::size_t subnormal = 0, total = 0;
  for (const auto& layer : workspace.layers) {
    for (const auto* buffer : {&layer.value, &layer.first, &layer.second, &layer.delta, &layer.upstream,
                               &layer.deltaBar, &layer.upstreamBar, &layer.zBar}) {
      for (const float v : *buffer)
        subnormal += std::fpclassify(v) == FP_SUBNORMAL;
      total += buffer->size();
    }
  }
  return total > 0 ? double(subnormal) / double(total) : 0.0;
}

std::unique_ptr<Trainer> warmTrainer(TrainingMethod method, const Points& points) {
  TrainingBudget budget;
  budget.iterations = recommendedIterations(method);
  auto trainer = makeRecommendedTrainer(method, points, boxAround(points), 5, budget);
  for (int i = 0; i < kStepsPerRepeat; ++i)
    (void)trainer->step();  // past Adam's first steps, where the weights still move most
  return trainer;
}

// Milliseconds of kStepsPerRepeat iterations.
double timeSteps(Trainer& trainer) {
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kStepsPerRepeat; ++i)
    (void)trainer.step();
  return 1e3 * secondsSince(start);
}

}  // namespace

void runRawUnitTraining(const BenchContext& context) {
  PointFileOptions options;
  options.choice.coordinates = {"bill_length_mm", "flipper_length_mm"};
  options.choice.label = "species";
  const DataSet penguins = readPointFile(EBMSCAPE_PENGUINS_CSV, options);
  const Points raw = penguins.points;
  const Points standardized = Standardization::fit(raw).toEngine(raw);
  for (const TrainingMethod method : {TrainingMethod::kPcd, TrainingMethod::kDsm, TrainingMethod::kNce}) {
    const std::string name = trainingMethodName(method);
    // Raw and standardized repeats alternate, so a change in the machine's load hits both alike.
    const auto rawTrainer = warmTrainer(method, raw), standardizedTrainer = warmTrainer(method, standardized);
    std::vector<double> rawTimes, standardizedTimes;
    for (int r = 0; r < (context.quick ? 3 : 15); ++r) {
      rawTimes.push_back(timeSteps(*rawTrainer));
      standardizedTimes.push_back(timeSteps(*standardizedTrainer));
    }
    const double rawMs = medianOf(rawTimes) / kStepsPerRepeat;
    const double standardizedMs = medianOf(standardizedTimes) / kStepsPerRepeat;
    // The subnormals of one gradient pass as the trainers' chunks compute it: on a pool chunk.
    double rawShare = 0, standardizedShare = 0;
    bool flushed = false;
    parallelFor(1, 1, [&](Index, Index) {
      rawShare = subnormalShare(dynamic_cast<const MlpTrainer&>(*rawTrainer).model(), raw);
      standardizedShare =
          subnormalShare(dynamic_cast<const MlpTrainer&>(*standardizedTrainer).model(), standardized);
      flushed = flushToZeroEnabled();
    });
    nlohmann::json record;
    record["workload"] = "W9";
    record["variant"] = name + ": penguins bill_length_mm x flipper_length_mm, raw vs standardized";
    record["raw_ms_per_iteration"] = std::round(rawMs * 1e3) / 1e3;
    record["standardized_ms_per_iteration"] = std::round(standardizedMs * 1e3) / 1e3;
    record["raw_over_standardized"] = std::round(rawMs / standardizedMs * 1e3) / 1e3;
    record["raw_subnormal_share"] = rawShare;
    record["standardized_subnormal_share"] = standardizedShare;
    record["flush_to_zero"] = flushed;
    record["repeats"] = rawTimes.size();
    record["steps_per_repeat"] = kStepsPerRepeat;
    record["target"] = "raw within 10% of standardized";
    printLine(record);
  }
}

}  // namespace ebm::bench
