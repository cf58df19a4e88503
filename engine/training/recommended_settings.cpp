#include "training/recommended_settings.h"

#include <cmath>

#include "core/errors.h"

namespace ebm {
namespace {

// What every neural method shares: the schedule and the average (those of the bench's quality mode).
void common(TrainerOptions& o, const Box& box, std::uint64_t seed, const TrainingBudget& budget) {
  o.architecture.dimension = box.dimension;
  o.seed = seed;
  o.box = box;
  o.schedule.kind = ScheduleKind::kCosine;
  o.schedule.finalFraction = 0.02;
  o.schedule.warmupFraction = 0.01;
  o.scheduleIterations = budget.iterations;
  o.scheduleSeconds = budget.iterations > 0 ? 0 : budget.seconds;
  o.averagingDecay = 0.999;
}

}  // namespace

std::string trainingMethodName(TrainingMethod method) {
  switch (method) {
    case TrainingMethod::kPcd:
      return "pcd";
    case TrainingMethod::kCd:
      return "cd";
    case TrainingMethod::kDsm:
      return "dsm";
    case TrainingMethod::kNce:
      return "nce";
    case TrainingMethod::kRbm:
      return "rbm";
  }
  return "?";
}

std::vector<TrainingMethod> trainingMethods() {
  return {TrainingMethod::kPcd, TrainingMethod::kCd, TrainingMethod::kDsm, TrainingMethod::kNce,
          TrainingMethod::kRbm};
}

TrainingMethod trainingMethodFromName(const std::string& name) {
  std::string known;
  for (TrainingMethod m : trainingMethods()) {
    if (trainingMethodName(m) == name) return m;
    known += (known.empty() ? "" : ", ") + trainingMethodName(m);
  }
  throw ArgumentError("There is no training method called \"" + name + "\"; the methods are " + known + ".");
}

// About a minute of training on two cores shared with other work (PCD ≈ 85, DSM ≈ 150, NCE ≈ 90 iterations a
// second); the RBM's iterations are cheap and 20,000 of them (a few seconds) are past its plateau.
Index recommendedIterations(TrainingMethod method) {
  switch (method) {
    case TrainingMethod::kPcd:
    case TrainingMethod::kCd:
      return 5000;
    case TrainingMethod::kDsm:
      return 9000;
    case TrainingMethod::kNce:
      return 4000;
    case TrainingMethod::kRbm:
      return 20000;
  }
  return 1000;
}

PcdOptions recommendedPcdOptions(const Box& box, std::uint64_t seed, const TrainingBudget& budget,
                                 bool contrastiveDivergence) {
  PcdOptions o;
  common(o, box, seed, budget);
  o.schedule.learningRate = 3e-3;
  o.batchSize = 256;
  o.langevinSteps = 20;
  o.stepSize = 0.01;
  o.noiseScale = std::sqrt(o.stepSize);
  o.regularization = 0.1;
  o.contrastiveDivergence = contrastiveDivergence;
  return o;
}

DsmOptions recommendedDsmOptions(const Box& box, std::uint64_t seed, const TrainingBudget& budget) {
  DsmOptions o;
  common(o, box, seed, budget);
  o.schedule.learningRate = 2e-3;
  o.batchSize = 1024;
  o.noiseLevel = 0.1;
  return o;
}

NceOptions recommendedNceOptions(const Box& box, std::uint64_t seed, const TrainingBudget& budget) {
  NceOptions o;
  common(o, box, seed, budget);
  o.schedule.learningRate = 4e-3;
  o.batchSize = 512;
  o.noiseRatio = 4;
  return o;
}

RbmOptions recommendedRbmOptions(std::uint64_t seed, const TrainingBudget& budget) {
  RbmOptions o;
  o.seed = seed;
  o.hiddenUnits = 64;
  o.gibbsSteps = 1;
  o.initialDeviation = 0.1;
  o.batchSize = 256;
  o.schedule.kind = ScheduleKind::kCosine;
  o.schedule.learningRate = 1e-2;
  o.schedule.finalFraction = 0.02;
  o.schedule.warmupFraction = 0.01;
  o.scheduleIterations = budget.iterations;
  o.scheduleSeconds = budget.iterations > 0 ? 0 : budget.seconds;
  o.averagingDecay = 0.999;
  return o;
}

std::unique_ptr<Trainer> makeRecommendedTrainer(TrainingMethod method, const Points& train, const Box& box,
                                                std::uint64_t seed, const TrainingBudget& budget) {
  switch (method) {
    case TrainingMethod::kPcd:
    case TrainingMethod::kCd:
      return std::make_unique<PcdTrainer>(
          recommendedPcdOptions(box, seed, budget, method == TrainingMethod::kCd), train);
    case TrainingMethod::kDsm:
      return std::make_unique<DsmTrainer>(recommendedDsmOptions(box, seed, budget), train);
    case TrainingMethod::kNce:
      return std::make_unique<NceTrainer>(recommendedNceOptions(box, seed, budget), train);
    case TrainingMethod::kRbm:
      return std::make_unique<RbmTrainer>(recommendedRbmOptions(seed, budget), train);
  }
  throw ArgumentError("Unknown training method.");
}

}  // namespace ebm
