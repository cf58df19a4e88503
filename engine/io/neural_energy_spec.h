// Neural energies as JSON: the "mlp" entry of a lesson or model file (architecture and weights), both ways.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "energy/mlp_energy.h"

namespace ebm {

/// {"type": "mlp", "dimension": 2, "conditioningInputs": 0, "hiddenWidths": [128, 128, 128],
///  "activation": "silu", "swishBeta": 1, "layers": [{"weights": [[…] per row], "bias": […]}, …]}
/// Weights are written so that reading them back gives every float bit for bit. Throws NumericError for
/// non-finite weights (a diverged model is not saved).
[[nodiscard]] nlohmann::json mlpToJson(const MlpEnergy& energy);

/// The inverse of mlpToJson(). Without "layers" the network is initialized from "seed" (default 0). Throws
/// ModelError naming the JSON path of the first problem (`model.energy.layers[2].bias[7]`). A setting it does
/// not know is reported in `warnings` (if given) and otherwise ignored.
[[nodiscard]] MlpEnergyPtr mlpFromJson(const nlohmann::json& spec, const std::string& path,
                                       std::vector<std::string>* warnings = nullptr);

/// A lesson's inline neural energy, as energy_spec.cpp's buildEnergy() dispatches "type": "mlp" to it. A
/// noise-conditional network is drawn at "noiseLevel" (required for it). Throws LessonError naming the path.
[[nodiscard]] EnergyPtr buildNeuralEnergy(const nlohmann::json& spec, const std::string& path,
                                          std::vector<std::string>* warnings = nullptr);

}  // namespace ebm
