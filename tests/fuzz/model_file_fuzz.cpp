// libFuzzer target: model files and energy specs on arbitrary text. readModel() must answer with a
// ModelError, buildEnergy() with a LessonError; an energy either builds and evaluates at one point, or is
// refused.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "energy/noise_conditional.h"
#include "io/energy_spec.h"
#include "io/model_file.h"

namespace {

// Evaluates a built energy once, at the origin, with its gradient: what drawing it would do first. A
// noise-conditional network is drawn at one noise level, as the program does (Simulation's σ slider).
void evaluateOnce(const ebm::Energy& energy) {
  if (const auto* network = dynamic_cast<const ebm::MlpEnergy*>(&energy);
      network && network->architecture().conditioningInputs > 0) {
    evaluateOnce(*ebm::energyAtNoiseLevel(*network, 0.1));  // files hold 0 or 1 conditioning inputs
    return;
  }
  const int dimension = energy.dimension();
  if (dimension < 1 || dimension > 3) return;
  ebm::Points points = ebm::Points::Zero(dimension, 1);
  ebm::Vector energies(1);
  ebm::Points gradients(dimension, 1);
  try {
    energy.evaluateWithGradient(points, energies, gradients);
  } catch (const ebm::NumericError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const ebm::ModelFile model = ebm::readModel(text);
    if (model.energy) evaluateOnce(*model.energy);
  } catch (const ebm::ModelError&) {
  }

  const nlohmann::json spec = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (spec.is_discarded()) return 0;
  try {
    const ebm::EnergyPtr energy = ebm::buildEnergy(spec);
    if (energy) evaluateOnce(*energy);
  } catch (const ebm::LessonError&) {
  }
  return 0;
}
