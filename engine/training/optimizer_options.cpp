#include "training/optimizer_options.h"

namespace ebm {

std::string OptimizerOptions::validate() const {
  if (batchSize < 1 || batchSize > 1000000) return "The batch size must be between 1 and 1,000,000.";
  if (auto text = schedule.validate(); !text.empty()) return text;
  if (auto text = adam.validate(); !text.empty()) return text;
  if (scheduleIterations < 0 || scheduleSeconds < 0) return "The schedule's length must not be negative.";
  if (!(averagingDecay >= 0 && averagingDecay < 1)) return "The averaging decay must lie in [0, 1).";
  if (!(energyLimit > 0) || !(gradientLimit > 0)) return "The divergence limits must be positive.";
  if (checkpointEvery < 1) return "Checkpoints must be at least one iteration apart.";
  return "";
}

void OptimizerOptions::addTo(nlohmann::json& out) const {
  out["seed"] = seed;
  out["batchSize"] = batchSize;
  out["learningRate"] = schedule.learningRate;
  out["schedule"] = scheduleName(schedule.kind);
  out["scheduleFinalFraction"] = schedule.finalFraction;
  out["scheduleIterations"] = scheduleIterations;
  out["scheduleSeconds"] = scheduleSeconds;
  out["averagingDecay"] = averagingDecay;
  out["adam"] = {{"beta1", adam.beta1}, {"beta2", adam.beta2}, {"epsilon", adam.epsilon}};
}

}  // namespace ebm
