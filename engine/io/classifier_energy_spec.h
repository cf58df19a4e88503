// Classifiers as JSON: the "classifier" entry of a lesson or model file (shape, K, T and weights), both ways.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "classifier/classifier_energy.h"

namespace ebm {

/// {"type": "classifier", "dimension": 2, "classes": 3, "hiddenWidths": [64, 64], "activation": "silu",
///  "swishBeta": 1, "temperature": 1, "layers": [{"weights": [[…] per row], "bias": […]}, …]}
/// The last layer has one row per class (the logits); "temperature" is the T of E = −T·logsumexp(f/T).
/// Weights read back bit for bit. Throws NumericError for non-finite weights (a diverged model is not saved).
[[nodiscard]] nlohmann::json classifierToJson(const ClassifierEnergy& energy);

/// The inverse. Without "layers" the network is initialized from "seed" (default 0). Throws ModelError naming
/// the JSON path of the first problem; settings it does not know go to `warnings` (if given).
[[nodiscard]] ClassifierEnergyPtr classifierFromJson(const nlohmann::json& spec, const std::string& path,
                                                     std::vector<std::string>* warnings = nullptr);

/// A lesson's inline classifier, as buildEnergy() dispatches "type": "classifier" to it. Throws LessonError.
[[nodiscard]] EnergyPtr buildClassifierEnergy(const nlohmann::json& spec, const std::string& path,
                                              std::vector<std::string>* warnings = nullptr);

}  // namespace ebm
