// Training a Gaussian–Bernoulli RBM with contrastive divergence (CD-k, block Gibbs): the classic energy-based
// model whose free energy becomes the landscape.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/random.h"
#include "energy/rbm_energy.h"
#include "training/optimizer_options.h"
#include "training/rbm_gibbs.h"
#include "training/trainer.h"

namespace ebm {

/// The RBM's shape and how it is trained.
struct RbmOptions : OptimizerOptions {
  RbmOptions() { schedule.learningRate = 1e-2; }  // an RBM learns at η = 10⁻² with a constant schedule

  int hiddenUnits = 64;            ///< H binary hidden units
  int gibbsSteps = 1;              ///< k of CD-k: block-Gibbs sweeps from the data to the negatives
  bool persistent = false;         ///< persistent CD: chains continue from the last negatives (Tieleman 2008)
  bool learnVariance = true;       ///< learn σ_d per dimension; false keeps σ_d = 1
  double minimumDeviation = 0.02;  ///< σ_d never falls below this (in data units): keeps F finite
  /// σ_d starts at this fraction of the data's deviation (learnVariance). Small enough for the hidden units
  /// to tell the data's parts apart: at 1, the single Gaussian fitted to the data is a fixed point CD never
  /// leaves.
  double initialDeviation = 0.1;
  /// The spread of the initial mixture's means b + W·h (h half on) in units of the data's deviation: W starts
  /// ~ N(0, (2·this·s_d/√H)²), so a wide RBM starts as calm as a narrow one.
  double initialWeights = 0.4;
  double weightDecay = 0;  ///< L2 penalty ½κ‖W‖² on the weights

  /// Error text naming the first unusable setting, or "" if all are fine.
  [[nodiscard]] std::string validate() const;
  [[nodiscard]] nlohmann::json toJson() const;
};

/// CD-k on a Gaussian–Bernoulli RBM. One iteration: B data points x⁺; negatives x⁻ after k block-Gibbs sweeps
/// started at x⁺ (or, persistent, at the previous negatives); then the gradient of
///   loss = mean F(x⁺) − mean F(x⁻)  (+ ½κ‖W‖²)
/// with x⁻ held fixed — the CD-k estimate of the negative log-likelihood's gradient, exact in expectation as
/// k → ∞ because ∂ log Z/∂θ = E_p[∂F/∂θ] — and one Adam step. Free-energy derivatives are used on both sides
/// (the hidden units summed out exactly). Initialization (initialRbm()): b = the data mean, σ_d a fraction of
/// the data's deviation s_d, c = 0, W_dj ~ N(0, (2w·s_d/√H)²).
///
/// Divergence guards as the neural trainers': NaN/Inf or exploding free energies or gradients stop the
/// iteration with advice and roll the model back to its last healthy checkpoint.
class RbmTrainer final : public Trainer {
 public:
  /// Throws ArgumentError for unusable options (the text of validate()), DataError for unusable data.
  RbmTrainer(const RbmOptions& options, Points data);

  const TrainingMetrics& step() override;
  /// The current RBM, or its weight average if averaging is on.
  [[nodiscard]] EnergyPtr snapshot() const override { return rbmSnapshot(); }
  [[nodiscard]] RbmEnergyPtr rbmSnapshot() const;
  [[nodiscard]] const RbmEnergy& model() const { return *model_; }
  /// This iteration's negatives (D × batch): worth showing.
  [[nodiscard]] const Points& negatives() const { return negatives_; }
  [[nodiscard]] const RbmOptions& options() const { return options_; }
  /// The method and its settings, for model files.
  [[nodiscard]] nlohmann::json settings() const { return options_.toJson(); }

 private:
  struct Checkpoint {
    Eigen::VectorXf parameters, average;
    Adam::State adam;
    Points chains;
  };
  [[noreturn]] void diverge(const std::string& message);
  void saveCheckpoint();
  void rebuildModel();
  /// θ with every σ_d raised to at least minimumDeviation.
  void clampVariance(Eigen::VectorXf& theta) const;

  RbmOptions options_;
  Points data_;
  RbmParameters shape_;  ///< holds the sizes; its values are rewritten from θ
  Eigen::VectorXf theta_, average_, gradient_;
  RbmEnergyPtr model_;
  Adam adam_;
  Random random_, chainRandom_;
  GibbsScratch scratch_;
  Points positives_, negatives_, chains_;
  Checkpoint checkpoint_;
};

/// The contrastive estimate of the negative log-likelihood's parameter gradient, in the flat layout of
/// RbmParameters::flatten():
///   gradient = (1/B)·Σᵢ ∂F(x⁺ᵢ)/∂θ − (1/M)·Σₖ ∂F(x⁻ₖ)/∂θ,
/// whose expectation is the exact ∂/∂θ of mean −log p(x⁺) = mean F(x⁺) + log Z when the negatives x⁻ are
/// exact samples of p ∝ exp(−F), because ∂ log Z/∂θ = −E_p[∂F/∂θ]. CD-k's negatives are k Gibbs sweeps from
/// the data: exact as k → ∞, biased towards the data for small k.
void contrastiveGradient(const RbmEnergy& rbm, ConstPointsRef positives, ConstPointsRef negatives,
                         Eigen::Ref<Eigen::VectorXf> gradient);

/// The initial RBM of RbmTrainer for `data` (see there) and `options`. Throws DataError for unusable data.
[[nodiscard]] RbmParameters initialRbm(const Points& data, const RbmOptions& options);

}  // namespace ebm
