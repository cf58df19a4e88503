#include "training/adam.h"

#include <cmath>

namespace ebm {

std::string AdamSettings::validate() const {
  if (!(beta1 >= 0 && beta1 < 1)) return "Adam's β₁ must lie in [0, 1).";
  if (!(beta2 >= 0 && beta2 < 1)) return "Adam's β₂ must lie in [0, 1).";
  if (!(epsilon > 0)) return "Adam's ε must be positive.";
  return "";
}

Adam::Adam(Index parameterCount, AdamSettings settings) : settings_(settings) {
  state_.firstMoment = Eigen::VectorXf::Zero(parameterCount);
  state_.secondMoment = Eigen::VectorXf::Zero(parameterCount);
}

void Adam::step(Eigen::Ref<Eigen::VectorXf> parameters, const Eigen::VectorXf& gradient,
                double learningRate) {
  ++state_.steps;
  const double t = double(state_.steps);
  const float b1 = float(settings_.beta1), b2 = float(settings_.beta2), eps = float(settings_.epsilon);
  // Fold both bias corrections into the step: θ −= η·√(1−β₂ᵗ)/(1−β₁ᵗ) · m/(√v + ε·√(1−β₂ᵗ)).
  const double c2 = std::sqrt(1 - std::pow(settings_.beta2, t));
  const float rate = float(learningRate * c2 / (1 - std::pow(settings_.beta1, t)));
  const float epsHat = float(eps * c2);
  float* theta = parameters.data();
  float* m = state_.firstMoment.data();
  float* v = state_.secondMoment.data();
  const float* g = gradient.data();
  const Index n = parameters.size();
  for (Index i = 0; i < n; ++i) {
    m[i] = b1 * m[i] + (1 - b1) * g[i];
    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
    theta[i] -= rate * m[i] / (std::sqrt(v[i]) + epsHat);
  }
}

}  // namespace ebm
