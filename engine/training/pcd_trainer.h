// Persistent contrastive divergence (and plain CD-k): an energy shaped by pushing data down and Langevin
// negatives up.
#pragma once

#include "training/mlp_trainer.h"

namespace ebm {

/// PCD's settings on top of the shared ones. Defaults are issue 4's: buffer 10,000, 5% fresh, K = 20, ε =
/// 0.01, λ = 0.1.
struct PcdOptions : TrainerOptions {
  Index bufferSize = 10000;      ///< replay buffer of persistent negatives
  double reinitFraction = 0.05;  ///< share of each batch's negatives drawn fresh, uniformly in the box
  int langevinSteps = 20;        ///< K
  double stepSize = 0.01;        ///< ε of x ← x − (ε/2)∇E(x) + s·ξ
  double noiseScale = 0.1;       ///< s; s = √ε is exact ULA at T = 1, smaller s samples a colder density
  double regularization = 0.1;   ///< λ of λ·(mean E(x⁺)² + mean E(x⁻)²)
  bool contrastiveDivergence = false;  ///< CD-k: negatives start at the batch's data, no buffer

  [[nodiscard]] std::string validate() const;
  [[nodiscard]] nlohmann::json toJson() const;
};

/// One iteration: B data points x⁺; B negatives from the buffer (reinitFraction fresh) refined by K Langevin
/// steps, chunk by chunk over the cores (each chunk runs its K steps without synchronization, with its own
/// random stream); then
///   loss = mean E(x⁺) − mean E(x⁻) + λ·(mean E(x⁺)² + mean E(x⁻)²)
/// and one Adam step; the refined negatives go back to the buffer.
class PcdTrainer final : public MlpTrainer {
 public:
  /// Throws ArgumentError for unusable options (the text of validate()), DataError for unusable data.
  PcdTrainer(const PcdOptions& options, Points data);

  /// This iteration's negatives after their Langevin refinement (D × batch): worth showing. Valid until the
  /// next step(); a GUI copies it on the thread that runs the trainer, into its snapshot.
  [[nodiscard]] const Points& negatives() const { return negatives_; }
  [[nodiscard]] const Points& replayBuffer() const { return buffer_; }
  [[nodiscard]] nlohmann::json settings() const override;

 private:
  Iteration computeGradient(Eigen::VectorXf& gradient) override;
  [[nodiscard]] std::string explodingEnergyAdvice() const override;
  void saveMethodCheckpoint() override { savedBuffer_ = buffer_; }
  void restoreMethodCheckpoint() override { buffer_ = savedBuffer_; }
  void drawUniform(float* point);
  void refineNegatives();

  PcdOptions pcd_;
  Points buffer_, savedBuffer_, negatives_, batch_;
  std::vector<Index> bufferSlots_;
  std::vector<Random> chainStreams_;
  Vector energies_;
  Points gradientScratch_;
};

}  // namespace ebm
