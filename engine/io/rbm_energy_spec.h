// RBMs as JSON: the "rbm" entry of a lesson or model file (shape and weights), both ways.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "energy/rbm_energy.h"

namespace ebm {

/// {"type": "rbm", "dimension": 2, "hiddenUnits": 64,
///  "weights": [[W_d1, …, W_dH] per visible unit d], "visibleBias": [b…], "hiddenBias": [c…],
///  "logVariance": [log σ_d²…]}
/// Numbers are written so that reading them back gives every float bit for bit. Throws NumericError for
/// non-finite parameters (a diverged model is not saved).
[[nodiscard]] nlohmann::json rbmToJson(const RbmEnergy& energy);

/// The inverse of rbmToJson(). Without "weights", an untrained RBM is made from "seed" (default 0): W ~ N(0,
/// 0.1²), b = c = 0, σ = 1 — the parameters must then all be left out. Throws ModelError naming the JSON path
/// of the first problem (`model.energy.weights[1][7]`). A setting it does not know (a misspelt key) is
/// reported in `warnings` (if given) and otherwise ignored.
[[nodiscard]] RbmEnergyPtr rbmFromJson(const nlohmann::json& spec, const std::string& path,
                                       std::vector<std::string>* warnings = nullptr);

/// A lesson's inline RBM, as energy_spec.cpp's buildEnergy() dispatches "type": "rbm" to it. Throws
/// LessonError naming the path.
[[nodiscard]] EnergyPtr buildRbmEnergy(const nlohmann::json& spec, const std::string& path,
                                       std::vector<std::string>* warnings = nullptr);

}  // namespace ebm
