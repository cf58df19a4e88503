// Learning-rate schedules for the trainers: constant, cosine decay or steps, with an optional warm-up.
#pragma once

#include <string>

namespace ebm {

enum class ScheduleKind { kConstant, kCosine, kStep };

/// η(progress) for progress ∈ [0, 1] of the planned run (by iterations or by seconds, see TrainerOptions).
struct LearningRateSchedule {
  ScheduleKind kind = ScheduleKind::kConstant;
  double learningRate = 1e-3;   ///< η₀
  double finalFraction = 0.0;   ///< cosine: η(1) = finalFraction·η₀
  double warmupFraction = 0.0;  ///< linear ramp from 0 over this part of the run
  double stepEvery = 0.25;      ///< step: multiply by stepFactor every stepEvery of the run
  double stepFactor = 0.5;

  /// Error text, or "" if the schedule is usable.
  [[nodiscard]] std::string validate() const;
  /// η at `progress` (clamped to [0, 1]):
  ///   cosine: η₀·(f + (1−f)·½(1 + cos πp));  step: η₀·factor^⌊p/every⌋;  times min(1, p/warmup).
  [[nodiscard]] double at(double progress) const;
};

/// How far a run is along its schedule: step / iterations if the schedule is counted in iterations, else
/// seconds / scheduleSeconds if in seconds, else 0 (a schedule of no length stays at its start).
[[nodiscard]] double scheduleProgress(long long step, long long iterations, double seconds,
                                      double scheduleSeconds);

[[nodiscard]] std::string scheduleName(ScheduleKind kind);
/// Throws ArgumentError for an unknown name ("constant", "cosine", "step").
[[nodiscard]] ScheduleKind scheduleFromName(const std::string& name);

}  // namespace ebm
