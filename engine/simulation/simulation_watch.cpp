// Numbers that run away: particles thrown out of the box by a step size too large for the landscape, and a
// landscape whose energy overflows (a trained network blown up, say). Both are reported once in the frame's
// messages with the likely fix; the simulation carries on (particles are re-seeded, the grid is flagged).
#include <algorithm>
#include <cmath>

#include "core/number_text.h"
#include "simulation/simulation_state.h"

namespace ebm {
namespace {

// After this many step() calls without a diverged particle, new divergences are reported again: a slider drag
// through a bad range says so once, not at every value it passes.
constexpr int kCalmStepsToReportAgain = 30;

// Energies this far above the landscape's lowest are numbers no teaching landscape reaches inside its box
// (e^{−10⁶} is zero in any precision): the box reaches far outside the energy's domain, as Müller–Brown's
// exponentials do at ±4 (10¹⁰), and a Langevin step there is of the same size.
constexpr double kRunawayEnergyRange = 1e6;

bool hasTrainedEnergy(const Lesson& lesson) {
  for (const auto& e : lesson.energies) {
    const std::string type = e.spec.value("type", std::string());
    if (type == "mlp" || type == "rbm") return true;
  }
  return false;
}

}  // namespace

void Simulation::State::watchParticles() {
  if (!particles) return;
  if (!strandedReported && partitionError.empty() &&
      particles->meanEnergy() - partition.minimumEnergy > kRunawayEnergyRange) {
    strandedReported = true;
    messages.push_back("The particles sit at a mean energy of " + shortNumber(particles->meanEnergy()) +
                       ", far above the landscape's lowest (" + shortNumber(partition.minimumEnergy) +
                       "): there a Langevin step is as large as the energy and throws them against the box. "
                       "Use a box that fits the energy's domain, then reset the particles (P).");
  }
  const Index diverged = particles->counters().lastDiverged;
  if (diverged == 0) {
    if (++calmSteps >= kCalmStepsToReportAgain) runawayReported = false;
    return;
  }
  calmSteps = 0;
  if (runawayReported) return;
  runawayReported = true;
  const auto& s = lesson.sampler;
  messages.push_back(
      std::to_string(diverged) + (diverged == 1 ? " particle" : " particles") +
      " ran off to infinity and were put back in the box: the step size ε = " + shortNumber(s.stepSize) +
      " is too large for this landscape at T = " + shortNumber(lesson.temperature) +
      ". Lower the step size.");
}

void Simulation::State::watchLandscape() {
  Index broken = 0;
  if (energyGrid) {
    for (Index n = 0; n < energyGrid->values.size(); ++n) {
      const float e = energyGrid->values[n];
      if (std::isnan(e) || e == -INFINITY) ++broken;
    }
  }
  if (broken == 0) {
    landscapeReported = false;
    watchEnergyRange();
    return;
  }
  if (landscapeReported) return;
  landscapeReported = true;
  if (partitionError.empty()) partitionError = "The energy is not a finite number on part of the grid.";
  messages.push_back(
      "The energy overflows at " + std::to_string(broken) + " of the " +
      std::to_string(energyGrid->values.size()) + " grid points, so p_T and log Z cannot be drawn. " +
      (hasTrainedEnergy(lesson) ? "Reset the trained network, or train it again with a smaller learning rate."
                                : "Make the energy's parameters smaller."));
}

// A finite energy can blow up too: 10¹⁰ at the box's corners is as unusable as ∞ for drawing and sampling.
void Simulation::State::watchEnergyRange() {
  if (!energyGrid || energyGrid->values.size() == 0) return;
  const auto& v = energyGrid->values;
  float lowest = INFINITY, highest = -INFINITY;
  for (Index n = 0; n < v.size(); ++n) {
    if (!std::isfinite(v[n])) continue;
    lowest = std::min(lowest, v[n]);
    highest = std::max(highest, v[n]);
  }
  if (!(double(highest) - double(lowest) > kRunawayEnergyRange)) {
    rangeReported = false;
    return;
  }
  if (rangeReported) return;
  rangeReported = true;
  messages.push_back("The energy climbs to " + shortNumber(highest) + " inside the box (its lowest is " +
                     shortNumber(lowest) +
                     "): particles that start up there get Langevin steps of that size and strand against "
                     "the walls. Use a box that fits the energy's domain, or make its parameters smaller.");
}

}  // namespace ebm
