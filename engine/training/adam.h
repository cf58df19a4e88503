// Adam, the optimizer every neural-energy trainer uses: one loop over the flat parameter vector.
#pragma once

#include <string>

#include <Eigen/Core>

#include "core/types.h"

namespace ebm {

/// Adam's constants (Kingma & Ba, 2015). The learning rate itself comes from the trainer's schedule.
struct AdamSettings {
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  /// Error text for settings Adam cannot use, or "" if they are fine.
  [[nodiscard]] std::string validate() const;
};

/// Bias-corrected Adam on a flat parameter vector θ:
///   m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  θ ← θ − η·m̂/(√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
class Adam {
 public:
  /// The moments and step count: everything a rollback must restore.
  struct State {
    Eigen::VectorXf firstMoment, secondMoment;
    Index steps = 0;
  };

  Adam(Index parameterCount, AdamSettings settings);

  /// One step with learning rate η.
  void step(Eigen::Ref<Eigen::VectorXf> parameters, const Eigen::VectorXf& gradient, double learningRate);

  [[nodiscard]] const State& state() const { return state_; }
  void restore(const State& state) { state_ = state; }
  [[nodiscard]] const AdamSettings& settings() const { return settings_; }

 private:
  AdamSettings settings_;
  State state_;
};

}  // namespace ebm
