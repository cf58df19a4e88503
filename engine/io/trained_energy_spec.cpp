#include "io/trained_energy_spec.h"

#include "classifier/classifier_energy.h"
#include "core/errors.h"
#include "energy/mlp_energy.h"
#include "energy/rbm_energy.h"
#include "io/classifier_energy_spec.h"
#include "io/lesson.h"
#include "io/neural_energy_spec.h"
#include "io/rbm_energy_spec.h"

namespace ebm {

std::optional<nlohmann::json> trainedEnergySpec(const Energy& energy) {
  if (const auto* mlp = dynamic_cast<const MlpEnergy*>(&energy)) return mlpToJson(*mlp);
  if (const auto* rbm = dynamic_cast<const RbmEnergy*>(&energy)) return rbmToJson(*rbm);
  if (const auto* classifier = dynamic_cast<const ClassifierEnergy*>(&energy))
    return classifierToJson(*classifier);
  return std::nullopt;
}

bool isTrainedEnergyType(const std::string& type) {
  return type == "mlp" || type == "rbm" || type == "classifier";
}

EnergyPtr trainedEnergyFromSpec(const nlohmann::json& spec, const std::string& path,
                                std::vector<std::string>* warnings) {
  if (!spec.is_object()) throw ModelError("`" + path + "` must be an object.");
  const std::string type = spec.contains("type") && spec["type"].is_string() ? spec["type"].get<std::string>()
                                                                             : std::string("mlp");
  if (type == "mlp") return mlpFromJson(spec, path, warnings);
  if (type == "rbm") return rbmFromJson(spec, path, warnings);
  if (type == "classifier") return classifierFromJson(spec, path, warnings);
  throw ModelError("`" + path + ".type` is \"" + type +
                   "\": a model holds a trained energy, a neural network (\"mlp\"), an RBM (\"rbm\") or a "
                   "classifier (\"classifier\").");
}

nlohmann::json untrainedEnergySpec(const Lesson& lesson) {
  const auto& t = lesson.training;
  if (t.method == TrainingSpec::Method::Rbm) {
    return {{"type", "rbm"},
            {"dimension", lesson.box.dimension},
            {"hiddenUnits", t.hiddenUnits},
            {"seed", t.seed}};
  }
  return {{"type", "mlp"},
          {"dimension", lesson.box.dimension},
          {"hiddenWidths", t.hiddenWidths},
          {"activation", t.activation},
          {"seed", t.seed}};
}

}  // namespace ebm
