// Contrastive learning without negatives from a sampler: each step draws a batch of data points, makes two
// noisy views of each (the positive pair), and lowers InfoNCE — the batch's other views are the negatives.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "contrastive/encoder.h"
#include "core/random.h"
#include "training/adam.h"

namespace ebm {

struct ContrastiveSettings {
  EncoderArchitecture architecture;
  int batchSize = 256;         ///< N pairs per step: each view has N − 1 negatives
  double learningRate = 3e-3;  ///< Adam's η
  int iterations = 1500;       ///< steps of a whole run
  double viewNoise = 0.3;      ///< σ of the augmentation: a view is x + σξ, ξ ~ N(0, I)
  double temperature = 0.2;    ///< τ of E(x, y) = −g(x)·g(y)/τ
  std::uint64_t seed = 7;
  int evaluationPairs = 512;  ///< fixed pairs on which alignment and uniformity are measured
  int evaluateEvery = 10;     ///< steps between two measurements

  /// Throws ArgumentError naming the setting that cannot be used.
  void validate() const;
};

/// What a run measured: the batch loss at every step, and on the fixed evaluation pairs every few steps.
struct ContrastiveHistory {
  std::vector<double> steps, loss;  ///< batch InfoNCE per step (nats)
  std::vector<double> evaluatedAt, evaluationLoss, alignment, uniformity, pickRate;
};

/// One measurement of the encoder on the evaluation pairs.
struct ContrastiveEvaluation {
  double loss = 0, alignment = 0, uniformity = 0, pickRate = 0;
};

/// A run of contrastive training on `data` (D × M points). Not thread-safe: one thread calls everything.
class ContrastiveTrainer {
 public:
  /// Throws ArgumentError for bad settings or fewer data points than the batch needs (2).
  ContrastiveTrainer(Points data, ContrastiveSettings settings);

  /// One step of Adam on a fresh batch. Throws NumericError if the loss or the weights stop being finite.
  void step();
  [[nodiscard]] std::int64_t iteration() const { return iteration_; }
  [[nodiscard]] bool finished() const { return iteration_ >= settings_.iterations; }

  /// τ and σ may move during a run: the next step uses them.
  void setTemperature(double temperature);
  void setViewNoise(double sigma);
  [[nodiscard]] const ContrastiveSettings& settings() const { return settings_; }

  [[nodiscard]] const Encoder& encoder() const { return encoder_; }
  [[nodiscard]] const Points& data() const { return data_; }
  [[nodiscard]] const ContrastiveHistory& history() const { return history_; }
  /// InfoNCE (with a batch of all evaluation pairs), alignment and uniformity now.
  [[nodiscard]] ContrastiveEvaluation evaluate() const;
  /// The two views of the evaluation pairs at the current σ (D × P each).
  [[nodiscard]] std::pair<Points, Points> evaluationViews() const;

 private:
  void record();

  Points data_;
  ContrastiveSettings settings_;
  Encoder encoder_;
  Adam adam_;
  Random random_;
  std::vector<Index> order_;
  std::size_t next_ = 0;
  std::int64_t iteration_ = 0;
  Points evaluationPoints_, evaluationNoise_[2];
  EncoderWorkspace workspace_;
  ContrastiveHistory history_;
};

}  // namespace ebm
