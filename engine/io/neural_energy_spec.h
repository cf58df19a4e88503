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

/// The shape of one layer of a network: a rows × columns weight matrix and `rows` biases.
struct LayerShape {
  Index rows = 0, columns = 0;
};

/// The "layers" array of a network: one {"weights": [[…] per row], "bias": […]} per layer, read from θ laid
/// out layer by layer (W column-major, then b) as MlpEnergy and ClassifierNetwork keep it; bit-exact.
[[nodiscard]] nlohmann::json layersToJson(const Eigen::VectorXf& theta,
                                          const std::vector<LayerShape>& shapes);
/// The inverse, from spec["layers"]. Throws ModelError naming the path (`…layers[2].bias[7]`).
[[nodiscard]] Eigen::VectorXf layersFromJson(const nlohmann::json& spec, const std::string& path,
                                             const std::vector<LayerShape>& shapes);

/// A network's hidden layers in a spec: "dimension", "hiddenWidths", "activation", "swishBeta" (shared by
/// the MLP energy and the classifier). trunkFromJson() checks each width and throws ModelError naming the
/// path; the architecture is not validated as a whole.
void trunkToJson(const MlpArchitecture& architecture, nlohmann::json& spec);
[[nodiscard]] MlpArchitecture trunkFromJson(const nlohmann::json& spec, const std::string& path);
/// Throws ModelError for a network too large to draw live (over 16 million weights).
void checkNetworkSize(Index parameterCount, const std::string& path);

/// A lesson's inline neural energy, as energy_spec.cpp's buildEnergy() dispatches "type": "mlp" to it. A
/// noise-conditional network is drawn at "noiseLevel" (required for it). Throws LessonError naming the path.
[[nodiscard]] EnergyPtr buildNeuralEnergy(const nlohmann::json& spec, const std::string& path,
                                          std::vector<std::string>* warnings = nullptr);

}  // namespace ebm
