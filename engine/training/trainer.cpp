#include "training/trainer.h"

#include "core/errors.h"
#include "core/float_mode.h"
#include "core/number_text.h"

namespace ebm {

std::string terminationName(TerminationType type) {
  switch (type) {
    case TerminationType::kIterationLimit:
      return "iteration_limit";
    case TerminationType::kTimeLimit:
      return "time_limit";
    case TerminationType::kStoppedByCallback:
      return "stopped_by_callback";
    case TerminationType::kCancelled:
      return "cancelled";
    case TerminationType::kDiverged:
      return "diverged";
  }
  return "?";
}

TrainingSummary Trainer::run(const RunLimits& limits, const ProgressCallback& callback) {
  const FlushToZeroScope flushed;  // the whole run, callbacks included, as each step() computes
  if (limits.iterations < 0 || limits.seconds < 0 || limits.callbackEvery < 1)
    throw ArgumentError("Run limits must be non-negative and the callback interval at least 1.");
  if (limits.iterations == 0 && limits.seconds == 0 && !callback)
    throw ArgumentError("A training run needs an iteration limit, a time limit or a progress callback.");
  TrainingSummary summary;
  const Index startStep = metrics_.step;
  const double startSeconds = metrics_.seconds;
  auto finish = [&](TerminationType type, std::string message) {
    summary.termination = type;
    summary.message = std::move(message);
    summary.iterations = metrics_.step - startStep;
    summary.seconds = metrics_.seconds - startSeconds;
    summary.finalMetrics = metrics_;
    return summary;
  };
  for (;;) {
    // A cancel that arrived before this run began counts too; honouring it consumes it.
    if (cancelRequested_.exchange(false))
      return finish(TerminationType::kCancelled, "Training was cancelled.");
    if (limits.iterations > 0 && metrics_.step - startStep >= limits.iterations)
      return finish(TerminationType::kIterationLimit, "Training finished its iterations.");
    if (limits.seconds > 0 && metrics_.seconds - startSeconds >= limits.seconds)
      return finish(TerminationType::kTimeLimit, "Training used its time.");
    try {
      step();
    } catch (const NumericError& e) {
      return finish(TerminationType::kDiverged, e.what());
    }
    if (callback && (metrics_.step - startStep) % limits.callbackEvery == 0 &&
        callback(metrics_) == CallbackResult::kStop)
      return finish(TerminationType::kStoppedByCallback, "Training was stopped.");
  }
}

std::string learningRateAdvice(double learningRate) {
  return "the learning rate " + shortNumber(learningRate) + " is probably too large — halve it.";
}

}  // namespace ebm
