// Noise-contrastive estimation: an energy learned by telling data from Gaussian noise, normalized on the way
// because the network's log-normalizer is learned too.
#pragma once

#include <Eigen/Dense>

#include "training/mlp_trainer.h"

namespace ebm {

/// NCE's settings on top of the shared ones (batch 512 data points by default).
struct NceOptions : TrainerOptions {
  NceOptions() { batchSize = 512; }
  int noiseRatio = 4;  ///< ν: noise samples per data point in each batch
  /// The noise is the Gaussian fitted to the data (mean and full covariance) with its covariance scaled by
  /// noiseWidening² (1 = the fit itself); a wider noise covers the data's tails better.
  double noiseWidening = 1.0;

  [[nodiscard]] std::string validate() const;
  [[nodiscard]] nlohmann::json toJson() const;
};

/// NCE (Gutmann & Hyvärinen 2012) with a learned log-normalizer. The model's log-density is
///   log p_m(x) = −E_θ(x) − c,
/// where E_θ is the network without its output bias and c is that bias: the network's output E_θ(x) + c is
/// then −log p_m, and the snapshot is the network itself, exp(−E) normalized once NCE has converged (log Z ≈
/// 0 by quadrature). One iteration: B data points x and νB noise points y ~ p_n, the Gaussian fitted to the
/// data; with the log-odds G(u) = log p_m(u) − log(ν·p_n(u)),
///   loss = (1/B)·[Σᵢ softplus(−G(xᵢ)) + Σₖ softplus(G(yₖ))]
/// (the logistic loss of classifying data against noise), and one Adam step. Its parameter gradient is
/// Σ gᵤ ∂E(u)/∂θ with gₓ = sigmoid(−G(x))/B on data and g_y = −sigmoid(G(y))/B on noise.
class NceTrainer final : public MlpTrainer {
 public:
  /// Throws ArgumentError for unusable options, DataError for unusable data (including data whose covariance
  /// is singular: points on a line have no Gaussian to contrast with).
  NceTrainer(const NceOptions& options, Points data);

  /// c: the learned log-normalizer, the output bias of the network (of its weight average, if averaging).
  [[nodiscard]] double logNormalizer() const;
  /// This iteration's noise samples (D × νB): the "negatives" of NCE, worth showing.
  [[nodiscard]] const Points& noiseSamples() const { return noise_; }
  [[nodiscard]] const Eigen::VectorXd& noiseMean() const { return noiseMean_; }
  [[nodiscard]] const Eigen::MatrixXd& noiseCovariance() const { return noiseCovariance_; }
  [[nodiscard]] nlohmann::json settings() const override;

 private:
  Iteration computeGradient(Eigen::VectorXf& gradient) override;
  [[nodiscard]] std::string explodingEnergyAdvice() const override;

  NceOptions nce_;
  Eigen::VectorXd noiseMean_;
  Eigen::MatrixXd noiseCovariance_, noiseFactor_;  // Σ and its Cholesky factor L (Σ = L Lᵀ)
  double noiseLogNormalizer_ = 0;                  // −½ log det(2πΣ)
  Points batch_, noise_;
  Vector energies_, logNoiseRatio_;  // log(ν·p_n(u)) per batch column
  std::vector<double> chunkLoss_;
};

}  // namespace ebm
