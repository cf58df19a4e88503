#include "io/neural_energy_spec.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/errors.h"
#include "energy/noise_conditional.h"
#include "io/energy_spec.h"
#include "core/json_read.h"

namespace ebm {
namespace {

// Wider layers or bigger networks than these cannot be evaluated on a grid at an interactive rate and would
// take gigabytes before the first frame (a "100000"-wide typo, say).
constexpr long long kMaxWidth = 4096;
constexpr Index kMaxParameters = 16'000'000;

// The double that dumps shortest and still casts back to exactly `value`: the float's own shortest decimal
// (to_chars), read as a double, if that reproduces the float; else the float's exact double value.
double exactNumber(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof(text) - 1, value).ptr;
  *end = '\0';
  const double shortest = std::strtod(text, nullptr);
  return float(shortest) == value ? shortest : double(value);
}

// json_read throws LessonError; a model reader's problems are ModelErrors with the same path and text.
template <class F>
auto asModelError(F&& read) {
  try {
    return read();
  } catch (const LessonError& e) {
    throw ModelError(e.what());
  } catch (const ArgumentError& e) {
    throw ModelError(e.what());
  }
}

}  // namespace

nlohmann::json mlpToJson(const MlpEnergy& energy) {
  if (!energy.parameters().allFinite())
    throw NumericError("The network's weights are not finite: a diverged model cannot be saved.");
  const MlpArchitecture& a = energy.architecture();
  nlohmann::json layers = nlohmann::json::array();
  for (int l = 0; l <= a.hiddenLayers(); ++l) {
    const auto w = energy.weights(l);
    const auto b = energy.bias(l);
    nlohmann::json rows = nlohmann::json::array();
    for (Index r = 0; r < w.rows(); ++r) {
      nlohmann::json row = nlohmann::json::array();
      for (Index c = 0; c < w.cols(); ++c)
        row.push_back(exactNumber(w(r, c)));
      rows.push_back(std::move(row));
    }
    nlohmann::json bias = nlohmann::json::array();
    for (Index r = 0; r < b.size(); ++r)
      bias.push_back(exactNumber(b[r]));
    layers.push_back({{"weights", std::move(rows)}, {"bias", std::move(bias)}});
  }
  nlohmann::json j = {{"type", "mlp"},
                      {"dimension", a.dimension},
                      {"conditioningInputs", a.conditioningInputs},
                      {"hiddenWidths", a.hiddenWidths},
                      {"activation", activationName(a.activation.kind)},
                      {"swishBeta", exactNumber(a.activation.beta)}};
  if (a.conditioningInputs > 0) j["conditioning"] = "E(x; sigma) = E_theta([x; log sigma]) / sigma";
  j["layers"] = std::move(layers);
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
    MlpArchitecture a;
    a.dimension = integerOr(spec, "dimension", 2, path);
    a.conditioningInputs = integerOr(spec, "conditioningInputs", 0, path);
    if (a.conditioningInputs != 0 && a.conditioningInputs != 1) {
      throw ModelError("`" + path + ".conditioningInputs` is " + std::to_string(a.conditioningInputs) +
                       "; a network is plain (0) or noise-conditional (1).");
    }
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
    try {
      a.validate();
    } catch (const ArgumentError& e) {
      throw ModelError("`" + path + "`: " + e.what());
    }
    if (a.parameterCount() > kMaxParameters) {
      throw ModelError("`" + path + ".hiddenWidths` makes a network of " +
                       std::to_string(a.parameterCount()) + " weights; at most " +
                       std::to_string(kMaxParameters) + " can be drawn live. Use fewer or narrower layers.");
    }
    if (!spec.contains("layers")) {
      const int seed = integerOr(spec, "seed", 0, path);
      return std::make_shared<const MlpEnergy>(a, std::uint64_t(seed));
    }
    const auto& layers = array(spec["layers"], path + ".layers");
    if (int(layers.size()) != a.hiddenLayers() + 1) {
      throw ModelError("`" + path + ".layers` must have " + std::to_string(a.hiddenLayers() + 1) +
                       " layers (hidden layers and the output), not " + std::to_string(layers.size()) + ".");
    }
    Eigen::VectorXf theta(a.parameterCount());
    Index offset = 0;
    for (int l = 0; l <= a.hiddenLayers(); ++l) {
      const std::string at = path + ".layers[" + std::to_string(l) + "]";
      const int rows = l == a.hiddenLayers() ? 1 : a.hiddenWidths[std::size_t(l)];
      const int cols = l == a.hiddenLayers() ? a.hiddenWidths.back() : a.fanIn(l);
      const Eigen::MatrixXd w =
          matrix(member(layers[std::size_t(l)], "weights", at), at + ".weights", rows, cols);
      const Eigen::VectorXd b = vector(member(layers[std::size_t(l)], "bias", at), at + ".bias", rows);
      for (int c = 0; c < cols; ++c)
        for (int r = 0; r < rows; ++r)
          theta[offset + r + Index(c) * rows] = float(w(r, c));
      offset += Index(rows) * cols;
      theta.segment(offset, rows) = b.cast<float>();
      offset += rows;
    }
    if (!theta.allFinite()) throw ModelError("`" + path + ".layers` holds a number too large for float32.");
    return std::make_shared<const MlpEnergy>(a, std::move(theta));
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
    if (!(sigma > 0)) throw LessonError("`" + at + "` must be positive.");
    return energyAtNoiseLevel(*network, sigma);
  } catch (const ModelError& e) {
    throw LessonError(e.what());
  }
}

}  // namespace ebm
