#include "io/neural_energy_spec.h"

#include <cmath>

#include "core/errors.h"
#include "core/json_read.h"
#include "energy/noise_conditional.h"
#include "io/energy_spec.h"
#include "io/exact_number.h"
#include "io/model_errors.h"

namespace ebm {
namespace {

// Wider layers or bigger networks than these cannot be evaluated on a grid at an interactive rate and would
// take gigabytes before the first frame (a "100000"-wide typo, say).
constexpr long long kMaxWidth = 4096;
constexpr Index kMaxParameters = 16'000'000;

}  // namespace

nlohmann::json layersToJson(const Eigen::VectorXf& theta, const std::vector<LayerShape>& shapes) {
  nlohmann::json layers = nlohmann::json::array();
  Index offset = 0;
  for (const LayerShape& shape : shapes) {
    nlohmann::json rows = nlohmann::json::array();
    for (Index r = 0; r < shape.rows; ++r) {
      nlohmann::json row = nlohmann::json::array();
      for (Index c = 0; c < shape.columns; ++c)
        row.push_back(exactNumber(theta[offset + r + c * shape.rows]));
      rows.push_back(std::move(row));
    }
    offset += shape.rows * shape.columns;
    nlohmann::json bias = nlohmann::json::array();
    for (Index r = 0; r < shape.rows; ++r)
      bias.push_back(exactNumber(theta[offset + r]));
    offset += shape.rows;
    layers.push_back({{"weights", std::move(rows)}, {"bias", std::move(bias)}});
  }
  return layers;
}

Eigen::VectorXf layersFromJson(const nlohmann::json& spec, const std::string& path,
                               const std::vector<LayerShape>& shapes) {
  using namespace json_read;
  const auto& layers = array(spec["layers"], path + ".layers");
  if (layers.size() != shapes.size()) {
    throw ModelError("`" + path + ".layers` must have " + std::to_string(shapes.size()) +
                     " layers (hidden layers and the output), not " + std::to_string(layers.size()) + ".");
  }
  Index size = 0;
  for (const LayerShape& shape : shapes)
    size += shape.rows * (shape.columns + 1);
  Eigen::VectorXf theta(size);
  Index offset = 0;
  for (std::size_t l = 0; l < shapes.size(); ++l) {
    const std::string at = path + ".layers[" + std::to_string(l) + "]";
    const Index rows = shapes[l].rows, cols = shapes[l].columns;
    const Eigen::MatrixXd w = matrix(member(layers[l], "weights", at), at + ".weights", int(rows), int(cols));
    const Eigen::VectorXd b = vector(member(layers[l], "bias", at), at + ".bias", int(rows));
    for (Index c = 0; c < cols; ++c)
      for (Index r = 0; r < rows; ++r)
        theta[offset + r + c * rows] = float(w(r, c));
    offset += rows * cols;
    theta.segment(offset, rows) = b.cast<float>();
    offset += rows;
  }
  if (!theta.allFinite()) throw ModelError("`" + path + ".layers` holds a number too large for float32.");
  return theta;
}

void trunkToJson(const MlpArchitecture& a, nlohmann::json& spec) {
  spec["dimension"] = a.dimension;
  spec["hiddenWidths"] = a.hiddenWidths;
  spec["activation"] = activationName(a.activation.kind);
  spec["swishBeta"] = exactNumber(a.activation.beta);
}

MlpArchitecture trunkFromJson(const nlohmann::json& spec, const std::string& path) {
  using namespace json_read;
  MlpArchitecture a;
  a.dimension = integerOr(spec, "dimension", 2, path);
  if (spec.contains("hiddenWidths")) {
    const auto& widths = array(spec["hiddenWidths"], path + ".hiddenWidths");
    a.hiddenWidths.clear();
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string at = path + ".hiddenWidths[" + std::to_string(i) + "]";
      if (!widths[i].is_number_integer()) throw ModelError("`" + at + "` must be a whole number.");
      const long long width = widths[i].get<long long>();
      if (width < 1 || width > kMaxWidth) {
        throw ModelError("`" + at + "` is " + std::to_string(width) + "; a layer has 1 to " +
                         std::to_string(kMaxWidth) + " units.");
      }
      a.hiddenWidths.push_back(int(width));
    }
  }
  try {
    a.activation.kind = activationFromName(textOr(spec, "activation", "silu", path));
  } catch (const ArgumentError& e) {
    throw ModelError("`" + path + ".activation`: " + e.what());
  }
  a.activation.beta = float(numberOr(spec, "swishBeta", 1.0, path));
  return a;
}

void checkNetworkSize(Index parameterCount, const std::string& path) {
  if (parameterCount > kMaxParameters) {
    throw ModelError("`" + path + ".hiddenWidths` makes a network of " + std::to_string(parameterCount) +
                     " weights; at most " + std::to_string(kMaxParameters) +
                     " can be drawn live. Use fewer or narrower layers.");
  }
}

nlohmann::json mlpToJson(const MlpEnergy& energy) {
  if (!energy.parameters().allFinite())
    throw NumericError("The network's weights are not finite: a diverged model cannot be saved.");
  const MlpArchitecture& a = energy.architecture();
  std::vector<LayerShape> shapes;
  for (int l = 0; l <= a.hiddenLayers(); ++l)
    shapes.push_back({energy.weights(l).rows(), energy.weights(l).cols()});
  nlohmann::json j = {{"type", "mlp"}};
  trunkToJson(a, j);
  j["conditioningInputs"] = a.conditioningInputs;
  if (a.conditioningInputs > 0) j["conditioning"] = "E(x; sigma) = E_theta([x; log sigma]) / sigma";
  j["layers"] = layersToJson(energy.parameters(), shapes);
  return j;
}

MlpEnergyPtr mlpFromJson(const nlohmann::json& spec, const std::string& path,
                         std::vector<std::string>* warnings) {
  using namespace json_read;
  return asModelError([&]() -> MlpEnergyPtr {
    object(spec, path);
    warnAboutUnknownSettings(spec, path,
                             {"type", "dimension", "conditioningInputs", "hiddenWidths", "activation",
                              "swishBeta", "conditioning", "layers", "seed", "noiseLevel"},
                             warnings);
    MlpArchitecture a = trunkFromJson(spec, path);
    a.conditioningInputs = integerOr(spec, "conditioningInputs", 0, path);
    if (a.conditioningInputs != 0 && a.conditioningInputs != 1) {
      throw ModelError("`" + path + ".conditioningInputs` is " + std::to_string(a.conditioningInputs) +
                       "; a network is plain (0) or noise-conditional (1).");
    }
    try {
      a.validate();
    } catch (const ArgumentError& e) {
      throw ModelError("`" + path + "`: " + e.what());
    }
    checkNetworkSize(a.parameterCount(), path);
    if (!spec.contains("layers")) {
      const int seed = integerOr(spec, "seed", 0, path);
      return std::make_shared<const MlpEnergy>(a, std::uint64_t(seed));
    }
    std::vector<LayerShape> shapes;
    shapes.reserve(std::size_t(a.hiddenLayers()) + 1);
    for (int l = 0; l < a.hiddenLayers(); ++l)
      shapes.push_back({a.hiddenWidths[std::size_t(l)], a.fanIn(l)});
    shapes.push_back({1, a.hiddenWidths.back()});
    return std::make_shared<const MlpEnergy>(a, layersFromJson(spec, path, shapes));
  });
}

EnergyPtr buildNeuralEnergy(const nlohmann::json& spec, const std::string& path,
                            std::vector<std::string>* warnings) {
  try {
    const MlpEnergyPtr network = mlpFromJson(spec, path, warnings);
    if (network->architecture().conditioningInputs == 0) return network;
    const std::string at = path + ".noiseLevel";
    if (!spec.contains("noiseLevel"))
      throw LessonError("`" + at +
                        "` is missing: a noise-conditional network is drawn at one noise level σ.");
    const double sigma = json_read::number(spec["noiseLevel"], at);
    if (!(sigma > 0)) json_read::fail(at, "must be positive");
    return energyAtNoiseLevel(*network, sigma);
  } catch (const ModelError& e) {
    throw LessonError(e.what());
  }
}

}  // namespace ebm
