// A conditional energy over event sequences: u(a → b) = −log p̂(b | a), the surprise of event b right after a
// (or at the session's start), learned by counting the transitions of normal sessions with additive
// smoothing.
#pragma once

#include <vector>

#include <Eigen/Core>

#include "sequences/event_sessions.h"

namespace ebm {

/// E(e_t | e_{t−1}) as a table of energies, kContextCount × kEventCount, in nats. Each row is a Boltzmann
/// distribution at T = 1 over the next event: Σ_b exp(−u(a → b)) = 1 exactly (a conditional categorical
/// energy: its normalizer is one sum over the events). The maximum-likelihood fit is counting; smoothing α
/// adds α imaginary sightings of every transition, so a transition never seen gets a finite, high energy:
///   p̂(b | a) = (n(a → b) + α) / (n(a) + α·K).
class TransitionEnergy {
 public:
  /// Counts the transitions of `sessions`. Throws ArgumentError for α ≤ 0 or an event index out of range.
  TransitionEnergy(const std::vector<EventSession>& sessions, double smoothing);

  /// A new α on the same counts.
  void setSmoothing(double smoothing);
  [[nodiscard]] double smoothing() const { return smoothing_; }

  /// u(a → b) for context a (kSessionStart or contextAfter(event)) and next event b.
  [[nodiscard]] double energy(int context, int next) const { return energies_(context, next); }
  [[nodiscard]] const Eigen::MatrixXd& energies() const { return energies_; }
  [[nodiscard]] const Eigen::MatrixXd& counts() const { return counts_; }

  /// The surprise of each step of a session: u(start → e₁), u(e₁ → e₂), …
  [[nodiscard]] std::vector<double> stepEnergies(const EventSession& session) const;
  /// The watchdog's score: the mean step energy, −(1/T)·log p̂(session) — nats per event. Throws
  /// ArgumentError for an empty session.
  [[nodiscard]] double meanEnergy(const EventSession& session) const;
  [[nodiscard]] std::vector<double> meanEnergies(const std::vector<EventSession>& sessions) const;

 private:
  Eigen::MatrixXd counts_, energies_;
  double smoothing_ = 1;
};

}  // namespace ebm
