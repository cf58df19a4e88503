// A double-precision classifier with plain loops: the independent reference the classifier tests use for
// logits, the energy and the training loss.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include <Eigen/Dense>

#include "classifier/classifier_loss.h"
#include "classifier/classifier_network.h"

namespace ebm::testing {

/// The same network as a ClassifierNetwork, unpacked into double matrices from a (possibly perturbed) θ.
class ReferenceClassifier {
 public:
  ReferenceClassifier(const ClassifierNetwork& shape, const Eigen::VectorXd& theta)
      : spec_(shape.architecture().trunk.activation) {
    for (int l = 0; l <= shape.architecture().hiddenLayers(); ++l) {
      const auto w = shape.weights(l);
      Eigen::MatrixXd wl(w.rows(), w.cols());
      for (Index j = 0; j < w.cols(); ++j)
        for (Index i = 0; i < w.rows(); ++i)
          wl(i, j) = theta[shape.weightOffset(l) + i + j * w.rows()];
      weights_.push_back(wl);
      biases_.push_back(theta.segment(shape.biasOffset(l), w.rows()));
    }
  }

  [[nodiscard]] Eigen::VectorXd logits(const Eigen::VectorXd& x) const {
    Eigen::VectorXd a = x;
    for (std::size_t l = 0; l + 1 < weights_.size(); ++l) {
      Eigen::VectorXd z = weights_[l] * a + biases_[l];
      for (Index i = 0; i < z.size(); ++i)
        z[i] = activationReference(spec_, z[i]).value;
      a = z;
    }
    return weights_.back() * a + biases_.back();
  }

  [[nodiscard]] static double logSumExp(const Eigen::VectorXd& f) {
    const double top = f.maxCoeff();
    return top + std::log((f.array() - top).exp().sum());
  }

  /// E(x) = −T·logsumexp(f(x)/T).
  [[nodiscard]] double energy(const Eigen::VectorXd& x, double temperature) const {
    return -temperature * logSumExp(logits(x) / temperature);
  }

  /// mean CE + λ·(mean ReLU(E − m_in)² + mean ReLU(m_out − E_out)²), straight from the definition.
  [[nodiscard]] double loss(const Points& in, const std::vector<int>& labels, const Points& out,
                            const EnergyMargins& m) const {
    double ce = 0, penaltyIn = 0, penaltyOut = 0;
    for (Index i = 0; i < in.cols(); ++i) {
      const Eigen::VectorXd x = in.col(i).cast<double>(), f = logits(x);
      ce += logSumExp(f) - f[labels[std::size_t(i)]];
      penaltyIn += std::pow(std::max(0.0, energy(x, m.temperature) - m.marginIn), 2);
    }
    for (Index j = 0; j < out.cols(); ++j)
      penaltyOut +=
          std::pow(std::max(0.0, m.marginOut - energy(out.col(j).cast<double>(), m.temperature)), 2);
    double loss = ce / double(in.cols()) + m.weight * penaltyIn / double(in.cols());
    if (out.cols() > 0) loss += m.weight * penaltyOut / double(out.cols());
    return loss;
  }

 private:
  ActivationSpec spec_;
  std::vector<Eigen::MatrixXd> weights_;
  std::vector<Eigen::VectorXd> biases_;
};

}  // namespace ebm::testing
