// How every trainer of a flat parameter vector steps (the networks' and the RBM's): the batch, Adam and its
// learning-rate schedule, weight averaging, and the divergence guards with their checkpoints.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/types.h"
#include "training/adam.h"
#include "training/learning_rate.h"

namespace ebm {

/// The optimizer settings TrainerOptions and RbmOptions share.
struct OptimizerOptions {
  std::uint64_t seed = 1;
  Index batchSize = 256;  ///< data points per iteration
  LearningRateSchedule schedule;
  AdamSettings adam;
  Index scheduleIterations = 0;  ///< the schedule's length in iterations (0: use scheduleSeconds)
  double scheduleSeconds = 0;    ///< the schedule's length in training seconds (0 with the above: constant)
  double averagingDecay = 0;  ///< Polyak/EMA weight averaging θ̄ ← d·θ̄ + (1−d)·θ (0 = off; e.g. 0.999)
  /// The trainer's energy measure beyond this counts as exploding (a network: |mean E|; an RBM:
  /// |mean F(x⁺) − mean F(x⁻)|).
  double energyLimit = 1e4;
  double gradientLimit = 1e6;  ///< ‖∂loss/∂θ‖ beyond this counts as an exploding gradient
  /// Iterations between checkpoints: a state is saved once its energies and gradient passed the guards, and
  /// a divergence rolls back to the latest one.
  Index checkpointEvery = 25;

  /// Error text naming the first unusable setting, or "" if all are fine.
  [[nodiscard]] std::string validate() const;
  /// Adds the settings a model file records (seed, batch, learning rate and schedule, averaging, Adam).
  void addTo(nlohmann::json& out) const;
};

}  // namespace ebm
