// A classifier read as an energy model (Grathwohl et al. 2020, "Your classifier is secretly an energy based
// model"; Liu et al. 2020): its logits f define E(x) = −T·log Σ_y exp(f_y(x)/T), the free energy of the
// labels, so that p(x) ∝ exp(−E(x)) and p(y|x) = softmax(f(x)) come from one network.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "classifier/classifier_network.h"
#include "energy/energy.h"

namespace ebm {

/// log Σₖ exp(fₖ) of K numbers, without overflow (the largest is taken out first).
[[nodiscard]] double logSumExp(const float* logits, int count);

/// The classifier's energy E(x) = −T·logsumexp(f(x)/T), T > 0 (Liu et al. use T = 1). Its input gradient is
/// ∇ₓE = −Σ_y softmax(f/T)_y·∇ₓf_y: the gradient of the class the network is surest of, mostly. Immutable and
/// thread-safe like every Energy; the class probabilities and the max-softmax score are read from the same
/// network.
class ClassifierEnergy final : public Energy {
 public:
  /// Throws ArgumentError for a null network or a temperature that is not positive and finite.
  explicit ClassifierEnergy(ClassifierNetworkPtr network, double temperature = 1.0);

  [[nodiscard]] int dimension() const override { return network_->dimension(); }
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  [[nodiscard]] const ClassifierNetwork& network() const { return *network_; }
  [[nodiscard]] const ClassifierNetworkPtr& networkPointer() const { return network_; }
  [[nodiscard]] double temperature() const { return temperature_; }
  [[nodiscard]] int classes() const { return network_->classes(); }

  /// What the classifier says about each point: its predicted class argmax_y f_y, the max-softmax score
  /// max_y p(y|x) (Hendrycks & Gimpel's baseline confidence, at T = 1 as the classifier predicts) and the
  /// energy.
  struct Predictions {
    std::vector<int> labels;
    Vector confidence;
    Vector energies;
  };
  [[nodiscard]] Predictions predict(ConstPointsRef points) const;

 private:
  ClassifierNetworkPtr network_;
  double temperature_;
};

using ClassifierEnergyPtr = std::shared_ptr<const ClassifierEnergy>;

}  // namespace ebm
