// Rules as JSON: the "half_plane", "disc", "band" and "box" entries of a lesson's energies.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "energy/energy.h"

namespace ebm {

/// Builds a rule (energy/analytic/constraint.h) from its spec; `type` is the spec's "type":
///   {"type": "half_plane", "point": [0, 0], "normal": [0, 1]}          forbidden where the normal points
///   {"type": "disc", "center": [0, 0], "radius": 1, "keep": "inside"}  or "keep": "outside"
///   {"type": "band", "point": [0, 0], "direction": [1, 0], "halfWidth": 0.5}
///   {"type": "box", "lower": [-1, -1], "upper": [1, 1]}
/// each with "wall": "penalty" (default; E = max(0, g)²) or "hard" (E = 1 where the rule is broken). The
/// rule's strength λ is not part of the spec: it is the lesson's `composition.strength`. Throws LessonError
/// naming the path of the first problem.
[[nodiscard]] EnergyPtr buildConstraintEnergy(const std::string& type, const nlohmann::json& spec,
                                              const std::string& path, std::vector<std::string>* warnings);

/// The "type" names of rules.
[[nodiscard]] const std::vector<std::string>& constraintTypes();

}  // namespace ebm
