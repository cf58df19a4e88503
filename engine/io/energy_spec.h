// Energies described as JSON (a lesson's "energy" entry) and built into Energy objects.
#pragma once

#include <nlohmann/json.hpp>

#include "energy/energy.h"

namespace ebm {

/// Builds the energy a JSON spec describes, e.g.
///   {"type": "gaussian_mixture", "components": [{"weight": 1, "mean": [0, 0], "covariance": [[1, 0], [0,
///   1]]}]}
/// Throws LessonError naming the JSON path of the first problem (`energy.components[1].covariance`).
[[nodiscard]] EnergyPtr buildEnergy(const nlohmann::json& spec, const std::string& path = "energy");

}  // namespace ebm
