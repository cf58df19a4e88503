// The Trainer interface: one iteration at a time, metrics, snapshots for the GUI, cancel, and a run loop
// with a progress callback and a summary that says why it stopped.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "core/types.h"
#include "energy/energy.h"
#include "jobs/callback_result.h"

namespace ebm {

/// What one iteration measured. Energies are means over the iteration's batch.
struct TrainingMetrics {
  Index step = 0;             ///< iterations done so far
  double loss = 0;            ///< the method's loss on this iteration's batch
  double dataEnergy = 0;      ///< mean E(x⁺) (DSM: mean E of the noisy data)
  double negativeEnergy = 0;  ///< mean E(x⁻) of the Langevin negatives (0 where a method has none)
  double gradientNorm = 0;    ///< ‖∂loss/∂θ‖
  double learningRate = 0;    ///< η used on this iteration
  double seconds = 0;         ///< training time so far (inside step() only)
};

/// Called after every `RunLimits::callbackEvery` iterations, on the thread that runs the trainer.
using ProgressCallback = std::function<CallbackResult(const TrainingMetrics&)>;

/// Why a run ended.
enum class TerminationType {
  kIterationLimit,     ///< the planned number of iterations is done
  kTimeLimit,          ///< the planned training time is used up
  kStoppedByCallback,  ///< the progress callback returned kStop
  kCancelled,          ///< cancel() was called (from any thread)
  kDiverged,           ///< a divergence guard fired; the model was rolled back to its last healthy state
};
[[nodiscard]] std::string terminationName(TerminationType type);

/// The fix a divergence message proposes when the step was too large for the learning rate η.
[[nodiscard]] std::string learningRateAdvice(double learningRate);

/// When run() stops (0 = no limit of that kind; at least one limit or a callback/cancel is needed).
struct RunLimits {
  Index iterations = 0;
  double seconds = 0;
  Index callbackEvery = 1;
};

/// The outcome of run(): how it ended, in a sentence a teacher can read, and the last metrics.
struct TrainingSummary {
  TerminationType termination = TerminationType::kIterationLimit;
  std::string message;
  Index iterations = 0;  ///< iterations done in this run
  double seconds = 0;    ///< training seconds in this run
  TrainingMetrics finalMetrics;
  [[nodiscard]] bool diverged() const { return termination == TerminationType::kDiverged; }
};

/// A method that fits an energy to data, one iteration at a time. Not thread-safe except cancel(), which any
/// thread may call while another runs step() or run(); snapshot() returns an immutable copy for other
/// threads.
class Trainer {
 public:
  virtual ~Trainer() = default;

  /// One iteration, computed with subnormal floats flushed to zero (core/float_mode.h: raw units would make
  /// it many times slower); the calling thread's modes are restored after. Throws NumericError
  /// (teacher-readable, naming the likely fix) when a divergence guard fires; the model has then already
  /// been rolled back to its last healthy checkpoint.
  virtual const TrainingMetrics& step() = 0;

  /// An immutable copy of the current model (the weight average, if averaging is on) to draw or save.
  [[nodiscard]] virtual EnergyPtr snapshot() const = 0;

  [[nodiscard]] const TrainingMetrics& metrics() const { return metrics_; }

  /// Iterates until a limit, the callback's kStop, cancel(), or divergence, with subnormals flushed for the
  /// whole run (the callback included). Never throws NumericError: a divergence ends the run with
  /// TerminationType::kDiverged and the guard's message.
  TrainingSummary run(const RunLimits& limits, const ProgressCallback& callback = {});

  /// Asks run() to stop after the current iteration (cooperative; safe from any thread). A request made
  /// while no run is going stops the next run() before its first iteration.
  void cancel() { cancelRequested_.store(true); }

 protected:
  TrainingMetrics metrics_;

 private:
  std::atomic<bool> cancelRequested_{false};
};

}  // namespace ebm
