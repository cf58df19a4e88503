// Denoising score matching: an energy whose score −∇ₓE learns to point from noisy data back to the data,
// at one noise level σ or, noise-conditionally, at every level of a diffusion.
#pragma once

#include "training/mlp_trainer.h"

namespace ebm {

/// DSM's settings on top of the shared ones (batch 1,024 by default).
struct DsmOptions : TrainerOptions {
  DsmOptions() { batchSize = 1024; }
  double noiseLevel = 0.1;        ///< σ of single-level DSM
  bool noiseConditional = false;  ///< multi-σ: σ per point, log-uniform in [minNoiseLevel, maxNoiseLevel]
  double minNoiseLevel = 0.05;
  double maxNoiseLevel = 2.0;

  [[nodiscard]] std::string validate() const;
  [[nodiscard]] nlohmann::json toJson() const;
};

/// One iteration on a batch x with noise n ~ N(0, I) and x̃ = x + σn:
///   single σ:  loss = mean σ²/2·‖−∇ₓE(x̃) + (x̃ − x)/σ²‖² = mean σ²/2·‖∇ₓE(x̃) − n/σ‖²
///   multi-σ:   E(x; σ) = E_θ([x; log σ])/σ (noise_conditional.h), so the same loss at each point's σ is
///              mean ½‖∇ₓE_θ(x̃, σ) − n‖²: every noise level weighs the same.
/// The parameter gradient is exact (MlpEnergy::accumulateScoreGradient, reverse-over-reverse), chunks of the
/// batch over both cores.
class DsmTrainer final : public MlpTrainer {
 public:
  /// Throws ArgumentError for unusable options, DataError for unusable data. A noise-conditional run gets
  /// one conditioning input whatever options.architecture says.
  DsmTrainer(const DsmOptions& options, Points data);

  /// The drawable energy: the model itself, or (multi-σ) its view at the smallest noise level.
  [[nodiscard]] EnergyPtr snapshot() const override;
  /// The noise-conditional network itself (multi-σ), for energyAtNoiseLevel() at any σ.
  [[nodiscard]] MlpEnergyPtr conditionalSnapshot() const { return modelSnapshot(); }
  [[nodiscard]] nlohmann::json settings() const override;

 private:
  Iteration computeGradient(Eigen::VectorXf& gradient) override;
  [[nodiscard]] std::string explodingEnergyAdvice() const override;

  DsmOptions dsm_;
  Points clean_;
  Vector energies_;
  std::vector<Random> noiseStreams_;
  std::vector<double> chunkLoss_;
};

}  // namespace ebm
