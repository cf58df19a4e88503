#include "training/learning_rate.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/errors.h"

namespace ebm {

std::string LearningRateSchedule::validate() const {
  if (!(learningRate > 0) || !std::isfinite(learningRate))
    return "The learning rate must be a positive number.";
  if (!(finalFraction >= 0 && finalFraction <= 1))
    return "The final learning-rate fraction must lie in [0, 1].";
  if (!(warmupFraction >= 0 && warmupFraction < 1)) return "The warm-up fraction must lie in [0, 1).";
  if (kind == ScheduleKind::kStep && !(stepEvery > 0 && stepFactor > 0 && stepFactor <= 1))
    return "A step schedule needs stepEvery > 0 and a factor in (0, 1].";
  return "";
}

double LearningRateSchedule::at(double progress) const {
  const double p = std::clamp(progress, 0.0, 1.0);
  double rate = learningRate;
  if (kind == ScheduleKind::kCosine)
    rate *= finalFraction + (1 - finalFraction) * 0.5 * (1 + std::cos(std::numbers::pi * p));
  else if (kind == ScheduleKind::kStep)
    rate *= std::pow(stepFactor, std::floor(p / stepEvery));
  if (warmupFraction > 0 && p < warmupFraction) rate *= std::max(p / warmupFraction, 1e-3);
  return rate;
}

std::string scheduleName(ScheduleKind kind) {
  switch (kind) {
    case ScheduleKind::kConstant:
      return "constant";
    case ScheduleKind::kCosine:
      return "cosine";
    case ScheduleKind::kStep:
      return "step";
  }
  return "?";
}

ScheduleKind scheduleFromName(const std::string& name) {
  for (ScheduleKind k : {ScheduleKind::kConstant, ScheduleKind::kCosine, ScheduleKind::kStep}) {
    if (scheduleName(k) == name) return k;
  }
  throw ArgumentError("Unknown learning-rate schedule \"" + name + "\"; use constant, cosine or step.");
}

double scheduleProgress(long long step, long long iterations, double seconds, double scheduleSeconds) {
  if (iterations > 0) return double(step) / double(iterations);
  if (scheduleSeconds > 0) return seconds / scheduleSeconds;
  return 0;
}

}  // namespace ebm
