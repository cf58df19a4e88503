#include "sequences/transition_energy.h"

#include <cmath>
#include <string>

#include "core/errors.h"

namespace ebm {

TransitionEnergy::TransitionEnergy(const std::vector<EventSession>& sessions, double smoothing)
    : counts_(Eigen::MatrixXd::Zero(kContextCount, kEventCount)) {
  for (const EventSession& session : sessions) {
    int context = kSessionStart;
    for (int event : session) {
      if (event < 0 || event >= kEventCount)
        throw ArgumentError("A session holds event " + std::to_string(event) + ", which is no event.");
      counts_(context, event) += 1;
      context = contextAfter(event);
    }
  }
  setSmoothing(smoothing);
}

void TransitionEnergy::setSmoothing(double smoothing) {
  if (!(smoothing > 0) || !std::isfinite(smoothing))
    throw ArgumentError(
        "The smoothing α must be a positive number (α = 0 would give unseen transitions "
        "infinite energy).");
  smoothing_ = smoothing;
  energies_.resize(kContextCount, kEventCount);
  for (int a = 0; a < kContextCount; ++a) {
    const double total = counts_.row(a).sum() + smoothing * kEventCount;
    for (int b = 0; b < kEventCount; ++b)
      energies_(a, b) = -std::log((counts_(a, b) + smoothing) / total);
  }
}

std::vector<double> TransitionEnergy::stepEnergies(const EventSession& session) const {
  std::vector<double> out;
  out.reserve(session.size());
  int context = kSessionStart;
  for (int event : session) {
    if (event < 0 || event >= kEventCount)
      throw ArgumentError("A session holds event " + std::to_string(event) + ", which is no event.");
    out.push_back(energies_(context, event));
    context = contextAfter(event);
  }
  return out;
}

double TransitionEnergy::meanEnergy(const EventSession& session) const {
  if (session.empty()) throw ArgumentError("An empty session has no energy per event.");
  double sum = 0;
  for (double u : stepEnergies(session))
    sum += u;
  return sum / double(session.size());
}

std::vector<double> TransitionEnergy::meanEnergies(const std::vector<EventSession>& sessions) const {
  std::vector<double> out;
  out.reserve(sessions.size());
  for (const auto& s : sessions)
    out.push_back(meanEnergy(s));
  return out;
}

}  // namespace ebm
