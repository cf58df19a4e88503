// What every trainer of a network's flat parameter vector shares — the MLP energies' and the classifier's:
// Adam with a schedule, weight averaging, parallel gradient accumulation, and the divergence guards that roll
// the model back instead of losing it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/box.h"
#include "core/random.h"
#include "energy/mlp_energy.h"
#include "energy/mlp_workspace.h"
#include "training/optimizer_options.h"
#include "training/trainer.h"

namespace ebm {

/// Settings shared by every neural-energy trainer: the network, its box, and how it is optimized.
struct TrainerOptions : OptimizerOptions {
  MlpArchitecture architecture;
  Box box;  ///< where negatives are initialized and kept; also the quadrature box

  /// Error text naming the first unusable setting, or "" if all are fine.
  [[nodiscard]] std::string validate() const;
  [[nodiscard]] nlohmann::json toJson() const;
};

/// The base of the network trainers. Subclasses own the network and compute one iteration's gradient; this
/// class applies the guards, the schedule, Adam and the average, and keeps checkpoints.
class NetworkTrainer : public Trainer {
 public:
  const TrainingMetrics& step() final;
  [[nodiscard]] const TrainerOptions& options() const { return options_; }
  /// The method and its settings, for model files.
  [[nodiscard]] virtual nlohmann::json settings() const = 0;

 protected:
  /// Checks the data against the options; `parameterCount` is the size of the network's θ. The subclass
  /// calls begin() once its network exists.
  NetworkTrainer(const TrainerOptions& options, Points data, Index parameterCount);
  /// The starting point: the average and the first checkpoint are the network's current θ.
  void begin();

  /// The network's θ, updated in place by step().
  virtual Eigen::VectorXf& parameterVector() = 0;
  [[nodiscard]] virtual const Eigen::VectorXf& parameterVector() const = 0;
  /// θ̄ if weight averaging is on, else θ: what a snapshot shows.
  [[nodiscard]] const Eigen::VectorXf& shownParameters() const;

  /// Means over one iteration's batch; filled by computeGradient().
  struct Iteration {
    double loss = 0, dataEnergy = 0, negativeEnergy = 0;
  };
  /// Writes ∂loss/∂θ into `gradient` (any previous content is overwritten). May call diverge().
  virtual Iteration computeGradient(Eigen::VectorXf& gradient) = 0;
  /// Advice for exploding energies, e.g. "raise the regularization λ (now 0.1)".
  [[nodiscard]] virtual std::string explodingEnergyAdvice() const = 0;
  /// Method state a rollback must restore too (the replay buffer).
  virtual void saveMethodCheckpoint() {}
  virtual void restoreMethodCheckpoint() {}

  /// Rolls back to the last healthy checkpoint and throws NumericError(message).
  [[noreturn]] void diverge(const std::string& message);

  /// Splits `count` columns into chunks (boundaries depend on count only) and runs
  /// body(chunk, begin, end, workspace, chunkGradient) over both cores; then `gradient` = Σ chunk gradients,
  /// reduced in chunk order (reproducible whatever the thread count). Returns the number of chunks.
  Index accumulateOverChunks(
      Index count, Eigen::VectorXf& gradient,
      const std::function<void(Index chunk, Index begin, Index end, MlpWorkspace&, Eigen::VectorXf&)>& body);
  /// Columns per chunk for a batch of `count`: at least 64, at most 256, about four chunks.
  [[nodiscard]] static Index chunkSize(Index count);

  TrainerOptions options_;
  Points data_;
  Random random_;

 private:
  struct Checkpoint {
    Eigen::VectorXf parameters, average;
    Adam::State adam;
  };
  void saveCheckpoint();

  Adam adam_;
  Eigen::VectorXf average_;
  Eigen::VectorXf gradient_;
  std::vector<Eigen::VectorXf> chunkGradients_;
  std::vector<MlpWorkspace> workspaces_;
  Checkpoint checkpoint_;
};

}  // namespace ebm
