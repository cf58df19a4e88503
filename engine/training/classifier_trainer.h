// Training a classifier with cross-entropy, and fine-tuning its energy with outliers (Liu et al. 2020): the
// trainer behind the classifier-energy lesson and `ebmscape train --method classifier`.
#pragma once

#include <vector>

#include "classifier/classifier_energy.h"
#include "classifier/classifier_loss.h"
#include "classifier/ood_points.h"
#include "training/network_trainer.h"

namespace ebm {

/// The network trainer's settings (architecture = the classifier's hidden layers) and the classifier's own.
struct ClassifierOptions : TrainerOptions {
  int classes = 3;            ///< K; every label lies in [0, K)
  EnergyMargins margins;      ///< λ = 0: plain cross-entropy; λ > 0: energy fine-tuning
  Index outlierCount = 2000;  ///< the auxiliary outliers' pool (uniform around the data, see ood_points.h)
  OodRecipe region;           ///< where the outliers live (its farOuter sets the cube's half-width)

  [[nodiscard]] std::string validate() const;
  [[nodiscard]] ClassifierArchitecture classifierArchitecture() const { return {architecture, classes}; }
};

/// One iteration: B labelled points drawn with replacement and min(B, pool) outliers; the loss
///   mean CE + λ·[mean ReLU(E(x) − m_in)² + mean ReLU(m_out − E(o))²]
/// (classifier_loss.h) and one Adam step. The chart's "data" and "negative" energies are the mean E of the
/// batch and of its outliers (measured at λ = 0 too: the class sees the gap before fine-tuning opens it).
class ClassifierTrainer final : public NetworkTrainer {
 public:
  /// Starts from `initial` parameters when given (fine-tuning a trained classifier), else from the seed.
  /// Throws ArgumentError for unusable options or initial parameters of another shape, DataError for data
  /// without one label per point or a label outside [0, K).
  ClassifierTrainer(const ClassifierOptions& options, Points data, std::vector<int> labels,
                    const Eigen::VectorXf* initial = nullptr);

  [[nodiscard]] EnergyPtr snapshot() const override { return classifierSnapshot(); }
  [[nodiscard]] ClassifierEnergyPtr classifierSnapshot() const;
  [[nodiscard]] const ClassifierNetwork& network() const { return network_; }
  [[nodiscard]] nlohmann::json settings() const override;

  /// The share of the last batch classified correctly.
  [[nodiscard]] double batchAccuracy() const { return batchAccuracy_; }
  /// The outliers the energy term trains with (D × pool).
  [[nodiscard]] const Points& outliers() const { return outliers_; }
  /// This iteration's outliers, to draw.
  [[nodiscard]] const Points& outlierBatch() const { return outlierBatch_; }

  /// A slider moved λ, m_in or m_out: the next iteration uses them.
  void setMargins(const EnergyMargins& margins);
  /// A new pool of `count` outliers (same seed: the first ones stay where they were).
  void setOutlierCount(Index count);

 private:
  Iteration computeGradient(Eigen::VectorXf& gradient) override;
  [[nodiscard]] std::string explodingEnergyAdvice() const override;
  Eigen::VectorXf& parameterVector() override { return network_.mutableParameters(); }
  [[nodiscard]] const Eigen::VectorXf& parameterVector() const override { return network_.parameters(); }

  ClassifierOptions classifier_;
  ClassifierNetwork network_;
  std::vector<int> labels_;
  Points outliers_, batch_, outlierBatch_;
  std::vector<int> batchLabels_;
  std::vector<ClassifierLossSums> chunkSums_;
  double batchAccuracy_ = 0;
};

}  // namespace ebm
