#include "io/classifier_energy_spec.h"

#include "core/errors.h"
#include "core/json_read.h"
#include "io/energy_spec.h"
#include "io/exact_number.h"
#include "io/model_errors.h"
#include "io/neural_energy_spec.h"

namespace ebm {
namespace {

std::vector<LayerShape> layerShapes(const ClassifierArchitecture& a) {
  std::vector<LayerShape> shapes;
  shapes.reserve(std::size_t(a.hiddenLayers()) + 1);
  for (int l = 0; l < a.hiddenLayers(); ++l)
    shapes.push_back({a.trunk.hiddenWidths[std::size_t(l)], a.trunk.fanIn(l)});
  shapes.push_back({a.classes, a.trunk.hiddenWidths.back()});
  return shapes;
}

}  // namespace

nlohmann::json classifierToJson(const ClassifierEnergy& energy) {
  const ClassifierNetwork& network = energy.network();
  if (!network.parameters().allFinite())
    throw NumericError("The classifier's weights are not finite: a diverged model cannot be saved.");
  nlohmann::json j = {{"type", "classifier"}};
  trunkToJson(network.architecture().trunk, j);
  j["classes"] = network.classes();
  j["temperature"] = energy.temperature();
  j["layers"] = layersToJson(network.parameters(), layerShapes(network.architecture()));
  return j;
}

ClassifierEnergyPtr classifierFromJson(const nlohmann::json& spec, const std::string& path,
                                       std::vector<std::string>* warnings) {
  using namespace json_read;
  return asModelError([&]() -> ClassifierEnergyPtr {
    object(spec, path);
    warnAboutUnknownSettings(spec, path,
                             {"type", "dimension", "classes", "hiddenWidths", "activation", "swishBeta",
                              "temperature", "layers", "seed"},
                             warnings);
    ClassifierArchitecture a;
    a.trunk = trunkFromJson(spec, path);
    a.classes = integerOr(spec, "classes", 3, path);
    const double temperature = numberOr(spec, "temperature", 1.0, path);
    if (!(temperature > 0)) throw ModelError("`" + path + ".temperature` must be positive.");
    try {
      a.validate();
    } catch (const ArgumentError& e) {
      throw ModelError("`" + path + "`: " + e.what());
    }
    checkNetworkSize(a.parameterCount(), path);
    auto network =
        spec.contains("layers")
            ? std::make_shared<const ClassifierNetwork>(a, layersFromJson(spec, path, layerShapes(a)))
            : std::make_shared<const ClassifierNetwork>(a, std::uint64_t(integerOr(spec, "seed", 0, path)));
    return std::make_shared<const ClassifierEnergy>(std::move(network), temperature);
  });
}

EnergyPtr buildClassifierEnergy(const nlohmann::json& spec, const std::string& path,
                                std::vector<std::string>* warnings) {
  try {
    return classifierFromJson(spec, path, warnings);
  } catch (const ModelError& e) {
    throw LessonError(e.what());
  }
}

}  // namespace ebm
