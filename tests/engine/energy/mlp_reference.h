// A double-precision MLP with a plain backward pass: the independent reference the neural-energy tests use.
#pragma once

#include <vector>

#include <Eigen/Dense>

#include "energy/mlp_energy.h"

namespace ebm::testing {

/// The same network as an MlpEnergy, unpacked into double matrices from a (possibly perturbed) θ.
class ReferenceMlp {
 public:
  ReferenceMlp(const MlpEnergy& shape, const Eigen::VectorXd& theta)
      : spec_(shape.architecture().activation) {
    const int layers = shape.architecture().hiddenLayers();
    for (int l = 0; l <= layers; ++l) {
      const auto w = shape.weights(l);
      Eigen::MatrixXd wl(w.rows(), w.cols());
      for (Index j = 0; j < w.cols(); ++j)
        for (Index i = 0; i < w.rows(); ++i)
          wl(i, j) = theta[shape.weightOffset(l) + i + j * w.rows()];
      weights_.push_back(wl);
      biases_.push_back(theta.segment(shape.biasOffset(l), w.rows()));
    }
  }

  /// E(x) in double.
  [[nodiscard]] double energy(const Eigen::VectorXd& x) const {
    Eigen::VectorXd a = x;
    for (std::size_t l = 0; l + 1 < weights_.size(); ++l) {
      Eigen::VectorXd z = weights_[l] * a + biases_[l];
      for (Index i = 0; i < z.size(); ++i)
        z[i] = activationReference(spec_, z[i]).value;
      a = z;
    }
    return (weights_.back() * a + biases_.back())[0];
  }

  /// ∇ₓE in double, by an explicit backward pass.
  [[nodiscard]] Eigen::VectorXd inputGradient(const Eigen::VectorXd& x) const {
    std::vector<Eigen::VectorXd> first;
    Eigen::VectorXd a = x;
    for (std::size_t l = 0; l + 1 < weights_.size(); ++l) {
      Eigen::VectorXd z = weights_[l] * a + biases_[l], d(z.size());
      for (Index i = 0; i < z.size(); ++i) {
        const auto v = activationReference(spec_, z[i]);
        z[i] = v.value;
        d[i] = v.first;
      }
      first.push_back(d);
      a = z;
    }
    Eigen::VectorXd delta = weights_.back().row(0).transpose();
    for (std::size_t l = first.size(); l-- > 0;)
      delta = weights_[l].transpose() * (first[l].array() * delta.array()).matrix();
    return delta;
  }

 private:
  ActivationSpec spec_;
  std::vector<Eigen::MatrixXd> weights_;
  std::vector<Eigen::VectorXd> biases_;
};

}  // namespace ebm::testing
