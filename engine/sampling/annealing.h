// Annealed Langevin schedules: stages of (energy, temperature, step size, steps) run one after the other.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "energy/energy.h"

namespace ebm {

/// One stage of an annealing schedule: `steps` ULA steps of size `stepSize` on `energy` at `temperature`.
struct AnnealingStage {
  EnergyPtr energy;  ///< null: the particle system's own energy (a temperature schedule)
  double temperature = 1.0;
  double stepSize = 0.01;
  Index steps = 100;
  double noiseLevel = 0.0;  ///< σ of a noise-conditional energy E_σ, for display (0: not a noise level)
};

/// A sequence of stages. Annealing starts the particles where sampling is easy (hot, or a heavily smoothed
/// E_σ) and ends on the landscape of interest, so they settle into all its wells instead of the nearest one.
struct AnnealingSchedule {
  std::vector<AnnealingStage> stages;
  /// After the last stage: false = keep sampling with the last stage; true = reset the particles uniformly in
  /// the box and run the schedule again (a loop for the classroom).
  bool restartWhenDone = false;

  /// Where step number `step` (0-based, counted from the schedule's start) falls.
  struct Position {
    std::size_t stage = 0;
    Index stepInStage = 0;
    Index cycle = 0;  ///< how many times the schedule restarted before this step (restartWhenDone only)
  };

  [[nodiscard]] Index totalSteps() const;
  [[nodiscard]] Position at(Index step) const;

  /// Throws ArgumentError naming the stage for no stages, T ≤ 0, ε ≤ 0, steps < 1, a negative σ, or an energy
  /// whose dimension is not `dimension` (pass 0 to skip the dimension check).
  void validate(int dimension = 0) const;

  /// Temperatures in the given order (e.g. 10, 3, 1), each for `stepsPerStage` steps of size `stepSize`, on
  /// the particle system's own energy.
  [[nodiscard]] static AnnealingSchedule temperatures(const std::vector<double>& temperatures,
                                                      Index stepsPerStage, double stepSize);
  /// `stageCount` temperatures spaced geometrically from `start` down (or up) to `end`:
  ///   T_k = start·(end/start)^(k/(stageCount−1)).
  [[nodiscard]] static AnnealingSchedule geometricTemperatures(double start, double end, int stageCount,
                                                               Index stepsPerStage, double stepSize);
  /// Annealed Langevin over noise levels (Song & Ermon 2019): stage k samples E_{σ_k} at `temperature` with
  ///   ε_k = stepSize · σ_k² / σ_min²,
  /// so the finest level uses `stepSize` and coarse levels move proportionally farther. `energies[k]` is the
  /// noise-conditional energy at `sigmas[k]`, given from the largest σ to the smallest.
  [[nodiscard]] static AnnealingSchedule noiseLevels(std::vector<EnergyPtr> energies,
                                                     const std::vector<double>& sigmas, Index stepsPerStage,
                                                     double stepSize, double temperature = 1.0);
  /// The same with the energies produced by `energyAt(σ)` (called once per σ, here).
  [[nodiscard]] static AnnealingSchedule noiseLevels(const std::function<EnergyPtr(double sigma)>& energyAt,
                                                     const std::vector<double>& sigmas, Index stepsPerStage,
                                                     double stepSize, double temperature = 1.0);
};

}  // namespace ebm
