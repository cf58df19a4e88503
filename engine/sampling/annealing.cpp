#include "sampling/annealing.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/errors.h"

namespace ebm {
namespace {

bool positiveFinite(double value) {
  return value > 0 && std::isfinite(value);
}

}  // namespace

Index AnnealingSchedule::totalSteps() const {
  Index total = 0;
  for (const auto& stage : stages)
    total += stage.steps;
  return total;
}

AnnealingSchedule::Position AnnealingSchedule::at(Index step) const {
  Position position;
  const Index total = totalSteps();
  if (stages.empty() || total <= 0) return position;
  if (step >= total) {
    if (!restartWhenDone) {
      position.stage = stages.size() - 1;
      position.stepInStage = step - (total - stages.back().steps);
      return position;
    }
    position.cycle = step / total;
    step %= total;
  }
  for (std::size_t k = 0; k < stages.size(); ++k) {
    if (step < stages[k].steps) {
      position.stage = k;
      position.stepInStage = step;
      return position;
    }
    step -= stages[k].steps;
  }
  return position;
}

void AnnealingSchedule::validate(int dimension) const {
  if (stages.empty()) throw ArgumentError("An annealing schedule needs at least one stage.");
  for (std::size_t k = 0; k < stages.size(); ++k) {
    const AnnealingStage& stage = stages[k];
    const std::string which = "Annealing stage " + std::to_string(k + 1);
    if (!positiveFinite(stage.temperature)) {
      throw ArgumentError(which + " needs a positive temperature, not " + std::to_string(stage.temperature) +
                          ".");
    }
    if (!positiveFinite(stage.stepSize)) {
      throw ArgumentError(which + " needs a positive step size ε, not " + std::to_string(stage.stepSize) +
                          ".");
    }
    if (stage.steps < 1) throw ArgumentError(which + " needs at least one step.");
    if (!(stage.noiseLevel >= 0) || !std::isfinite(stage.noiseLevel))
      throw ArgumentError(which + " has a negative or non-finite noise level σ.");
    if (dimension != 0 && stage.energy && stage.energy->dimension() != dimension) {
      throw ArgumentError(which + "'s energy is " + std::to_string(stage.energy->dimension()) +
                          "D, but the particles are " + std::to_string(dimension) + "D.");
    }
  }
}

AnnealingSchedule AnnealingSchedule::temperatures(const std::vector<double>& temperatures,
                                                  Index stepsPerStage, double stepSize) {
  AnnealingSchedule schedule;
  for (double temperature : temperatures)
    schedule.stages.push_back({nullptr, temperature, stepSize, stepsPerStage, 0.0});
  schedule.validate();
  return schedule;
}

AnnealingSchedule AnnealingSchedule::geometricTemperatures(double start, double end, int stageCount,
                                                           Index stepsPerStage, double stepSize) {
  if (!positiveFinite(start) || !positiveFinite(end))
    throw ArgumentError("An annealing schedule's start and end temperatures must be positive.");
  if (stageCount < 1) throw ArgumentError("An annealing schedule needs at least one stage.");
  std::vector<double> temperatures;
  for (int k = 0; k < stageCount; ++k) {
    const double fraction = stageCount == 1 ? 1.0 : double(k) / (stageCount - 1);
    temperatures.push_back(start * std::pow(end / start, fraction));
  }
  return AnnealingSchedule::temperatures(temperatures, stepsPerStage, stepSize);
}

AnnealingSchedule AnnealingSchedule::noiseLevels(std::vector<EnergyPtr> energies,
                                                 const std::vector<double>& sigmas, Index stepsPerStage,
                                                 double stepSize, double temperature) {
  if (energies.size() != sigmas.size()) {
    throw ArgumentError("A noise-level schedule needs one energy per noise level (" +
                        std::to_string(energies.size()) + " energies for " + std::to_string(sigmas.size()) +
                        " levels).");
  }
  if (sigmas.empty()) throw ArgumentError("A noise-level schedule needs at least one noise level.");
  for (std::size_t k = 0; k < sigmas.size(); ++k) {
    if (!positiveFinite(sigmas[k]))
      throw ArgumentError("Noise level " + std::to_string(k + 1) + " must have a positive σ.");
    if (!energies[k]) throw ArgumentError("Noise level " + std::to_string(k + 1) + " has no energy.");
  }
  const double finest = *std::min_element(sigmas.begin(), sigmas.end());
  AnnealingSchedule schedule;
  for (std::size_t k = 0; k < sigmas.size(); ++k) {
    const double scaledStep = stepSize * (sigmas[k] / finest) * (sigmas[k] / finest);
    schedule.stages.push_back({std::move(energies[k]), temperature, scaledStep, stepsPerStage, sigmas[k]});
  }
  schedule.validate(schedule.stages.front().energy->dimension());
  return schedule;
}

AnnealingSchedule AnnealingSchedule::noiseLevels(const std::function<EnergyPtr(double sigma)>& energyAt,
                                                 const std::vector<double>& sigmas, Index stepsPerStage,
                                                 double stepSize, double temperature) {
  std::vector<EnergyPtr> energies;
  energies.reserve(sigmas.size());
  for (double sigma : sigmas)
    energies.push_back(energyAt(sigma));
  return noiseLevels(std::move(energies), sigmas, stepsPerStage, stepSize, temperature);
}

}  // namespace ebm
