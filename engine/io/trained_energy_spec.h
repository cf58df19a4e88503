// Trained energies as JSON whatever their kind (a neural network or an RBM): what a lesson and a model file
// store for an energy that learned its weights.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "energy/energy.h"

namespace ebm {

/// The spec of a trained energy with every weight bit-exact: mlpToJson() for an MlpEnergy (an NCE snapshot
/// included), rbmToJson() for an RbmEnergy, classifierToJson() for a ClassifierEnergy; nothing for any other
/// energy (analytic ones keep the spec they were built from). Throws NumericError for non-finite weights (a
/// diverged model is never written).
[[nodiscard]] std::optional<nlohmann::json> trainedEnergySpec(const Energy& energy);

/// The trained energy a spec of type "mlp", "rbm" or "classifier" describes (a noise-conditional MLP as the
/// network itself). Throws ModelError naming the JSON path of the first problem, or for another type.
/// Settings it does not know go to `warnings` (if given).
[[nodiscard]] EnergyPtr trainedEnergyFromSpec(const nlohmann::json& spec, const std::string& path,
                                              std::vector<std::string>* warnings = nullptr);

/// True for the spec types trainedEnergyFromSpec() reads.
[[nodiscard]] bool isTrainedEnergyType(const std::string& type);

struct Lesson;
/// The spec of the fresh, untrained energy the lesson's training settings describe — an RBM of their hidden
/// units or a network of their widths and activation, from their seed: what Reset makes of the trained
/// energy.
[[nodiscard]] nlohmann::json untrainedEnergySpec(const Lesson& lesson);

}  // namespace ebm
