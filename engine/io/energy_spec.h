// Energies described as JSON (a lesson's "energy" entry) and built into Energy objects.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "energy/energy.h"

namespace ebm {

/// Builds the energy a JSON spec describes. Every spec is an object with a "type"; compositions nest specs:
///   {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}
///   {"type": "gaussian_mixture", "components": [{"weight": 1, "mean": [..], "covariance": [[..]]}, ..]}
///   {"type": "double_well", "dimension": 2, "barrier": 3, "separation": 1, "stiffness": 1}
///   {"type": "muller_brown", "scale": 0.05}
///   {"type": "rosenbrock", "a": 1, "b": 100}
///   {"type": "himmelblau", "scale": 10}
///   {"type": "ring", "dimension": 2, "radius": 2, "width": 0.2}
///   {"type": "funnel", "dimension": 2, "sigma": 3}
///   {"type": "torus_well", "majorRadius": 2, "tubeRadius": 0.5, "width": 0.05}
///   {"type": "helix_well", "radius": 1, "pitch": 1, "height": 2, "width": 0.02}
///   {"type": "half_plane" | "disc" | "band" | "box", …}  a rule (io/constraint_energy_spec.h)
///   {"type": "sum", "terms": [spec, spec, ..]}                      product of experts, "AND"
///   {"type": "blend", "alpha": 0.3, "terms": [spec, spec]}          αE₁ + (1 − α)E₂
///   {"type": "mixture", "weight": 0.3, "terms": [spec, spec]}       "OR"; or "weights": [..] for any number
///   {"type": "negation", "gamma": 0.5, "terms": [spec, spec]}       E₁ − γE₂, "NOT"
///   {"type": "temperature", "temperature": 2, "energy": spec}       E/T
///   {"type": "conditional", "classes": [{"label": "a", "energy": spec}, ..], "label": "a"}
///   {"type": "conditional", "classes": [..], "between": ["a", "b"], "alpha": 0.3}
///   {"type": "mlp", …}  a neural energy (io/neural_energy_spec.h);  {"type": "rbm", …}  an RBM's free energy
///   (io/rbm_energy_spec.h);  {"type": "classifier", …}  a classifier's E = −T·logsumexp(f/T)
///   (io/classifier_energy_spec.h)
/// Parameters left out take the defaults of the energy's parameter struct; any spec may carry a "name" and a
/// "comment". Specs stay JSON in a lesson, so they round-trip as they were written.
/// A setting the energy does not know (a misspelt "widht", or one from a newer ebmscape) is not an error: the
/// spec keeps it, so a lesson round-trips, and `warnings` (when given) gets one line naming its JSON path and
/// the energy's settings. Without `warnings` such settings are ignored.
/// Throws LessonError naming the JSON path of the first problem (`energy.terms[1].covariance[0][1]`),
/// including an unknown type.
[[nodiscard]] EnergyPtr buildEnergy(const nlohmann::json& spec, const std::string& path = "energy",
                                    std::vector<std::string>* warnings = nullptr);

/// Adds to `warnings` (if given) one line for each member of the object `spec` at `path` that is not in
/// `settings` (nor "name" or "comment"), e.g. "Unknown setting `energies[0].spec.widht` was kept but is not
/// used (this energy's settings are type, radius, width).".
void warnAboutUnknownSettings(const nlohmann::json& spec, const std::string& path,
                              const std::vector<std::string>& settings, std::vector<std::string>* warnings);

/// The "type" names buildEnergy() knows, sorted.
[[nodiscard]] std::vector<std::string> energyTypes();

}  // namespace ebm
