// The base of the neural-energy trainers (PCD, DSM, NCE): an MLP energy trained by NetworkTrainer's Adam,
// averaging and divergence guards.
#pragma once

#include <memory>

#include "energy/mlp_energy.h"
#include "training/network_trainer.h"

namespace ebm {

/// A NetworkTrainer whose network is an MlpEnergy. Subclasses compute one iteration's gradient.
class MlpTrainer : public NetworkTrainer {
 public:
  [[nodiscard]] EnergyPtr snapshot() const override { return modelSnapshot(); }
  /// The current model, or its weight average if averaging is on, as an immutable MLP.
  [[nodiscard]] MlpEnergyPtr modelSnapshot() const;
  [[nodiscard]] const MlpEnergy& model() const { return model_; }

 protected:
  MlpTrainer(const TrainerOptions& options, Points data);

  Eigen::VectorXf& parameterVector() final { return model_.mutableParameters(); }
  [[nodiscard]] const Eigen::VectorXf& parameterVector() const final { return model_.parameters(); }

  MlpEnergy model_;
};

}  // namespace ebm
