#include "io/model_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "core/json_read.h"
#include "io/atomic_file.h"
#include "io/standardization_json.h"
#include "io/trained_energy_spec.h"
#include "training/classifier_trainer.h"
#include "training/mlp_trainer.h"
#include "training/rbm_trainer.h"

namespace ebm {
namespace {

constexpr const char* kFormatName = "ebmscape-model";

// Brings an older file up to kFormatVersion in place. Version 1 is the first: nothing to migrate yet.
void migrate(nlohmann::json& /*root*/, int /*version*/) {}

}  // namespace

std::string writeModel(const ModelFile& model) {
  if (!model.energy) throw ArgumentError("There is no model to write.");
  nlohmann::json root;
  root["format"] = kFormatName;
  root["version"] = ModelFile::kFormatVersion;
  auto spec = trainedEnergySpec(*model.energy);
  if (!spec)
    throw ArgumentError("A model file holds a trained energy (a network or an RBM), not " +
                        model.energy->describe() + ".");
  root["energy"] = std::move(*spec);
  root["normalization"] = standardizationJson(model.normalization, model.energy->dimension());
  root["training"] = model.training;
  root["metrics"] = model.metrics;
  for (const auto& [key, value] : model.unknown.items())
    if (!root.contains(key)) root[key] = value;
  return root.dump(1);
}

ModelFile readModel(const std::string& jsonText) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(jsonText);
  } catch (const nlohmann::json::parse_error& e) {
    throw ModelError("The model file is damaged or cut short (not valid JSON at byte " +
                     std::to_string(e.byte) + ").");
  } catch (const nlohmann::json::exception& e) {
    // The parser's other refusal (out_of_range 406): a number beyond double's range, such as 1e400.
    throw ModelError(std::string("The model file holds a number too large to read: ") + e.what());
  }
  const std::string path = "model";
  try {
    using namespace json_read;
    object(root, path);
    const std::string format = text(member(root, "format", path), path + ".format");
    if (format != kFormatName)
      throw ModelError("`model.format` is \"" + format + "\": this is not an ebmscape model file.");
    const auto& versionNode = member(root, "version", path);
    if (!versionNode.is_number_integer() || versionNode.get<long long>() < 1)
      throw ModelError("`model.version` must be a positive whole number.");
    const long long version = versionNode.get<long long>();
    if (version > ModelFile::kFormatVersion) {
      throw ModelError("This model was saved by a newer ebmscape (format " + std::to_string(version) +
                       "); this one reads format " + std::to_string(ModelFile::kFormatVersion) +
                       " and older.");
    }
    migrate(root, int(version));
    ModelFile model;
    model.energy = trainedEnergyFromSpec(member(root, "energy", path), path + ".energy", &model.warnings);
    if (root.contains("normalization")) {
      model.normalization =
          standardizationFromJson(root["normalization"], path + ".normalization", model.energy->dimension());
    }
    if (root.contains("training")) model.training = object(root["training"], path + ".training");
    if (root.contains("metrics")) model.metrics = object(root["metrics"], path + ".metrics");
    for (const auto& [key, value] : root.items()) {
      if (key == "format" || key == "version" || key == "energy" || key == "normalization" ||
          key == "training" || key == "metrics")
        continue;
      model.unknown[key] = value;
      model.warnings.push_back("Unknown setting `model." + key +
                               "` was kept but is not used by this version of ebmscape.");
    }
    return model;
  } catch (const LessonError& e) {
    throw ModelError(e.what());
  }
}

ModelFile modelFromTrainer(const Trainer& trainer, const nlohmann::json& extraMetrics) {
  ModelFile model;
  if (const auto* mlp = dynamic_cast<const MlpTrainer*>(&trainer)) {
    model.energy = mlp->modelSnapshot();
    model.training = mlp->settings();
  } else if (const auto* rbm = dynamic_cast<const RbmTrainer*>(&trainer)) {
    model.energy = rbm->rbmSnapshot();
    model.training = rbm->settings();
  } else if (const auto* classifier = dynamic_cast<const ClassifierTrainer*>(&trainer)) {
    model.energy = classifier->classifierSnapshot();
    model.training = classifier->settings();
  } else {
    throw ArgumentError("This trainer's model cannot be saved as a model file.");
  }
  const TrainingMetrics& m = trainer.metrics();
  model.metrics = {{"iterations", m.step},
                   {"seconds", m.seconds},
                   {"loss", m.loss},
                   {"dataEnergy", m.dataEnergy},
                   {"negativeEnergy", m.negativeEnergy},
                   {"learningRate", m.learningRate}};
  for (const auto& [key, value] : extraMetrics.items())
    model.metrics[key] = value;
  return model;
}

void saveModel(const ModelFile& model, const std::string& filePath) {
  const std::string text = writeModel(model);
  try {
    writeFileAtomically(filePath, text);
  } catch (const FileWriteError& e) {
    throw ModelError(e.what());
  }
}

ModelFile loadModel(const std::string& filePath) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(filePath, error);
  if (!fs::exists(status)) throw ModelError("There is no model file \"" + filePath + "\".");
  if (fs::is_directory(status)) throw ModelError("\"" + filePath + "\" is a folder, not a model file.");
  // Refused from its size: reading a 1 GB file into memory first would freeze the program for nothing.
  const std::uintmax_t size = fs::is_regular_file(status) ? fs::file_size(filePath, error) : 0;
  if (!error && size > kLargestModelBytes) {
    throw ModelError("\"" + filePath + "\" is too large to be a model file (" + std::to_string(size >> 20) +
                     " MB; the limit is " + std::to_string(kLargestModelBytes >> 20) + " MB).");
  }
  std::ifstream in(filePath, std::ios::binary);
  if (!in) throw ModelError("Cannot open the model file \"" + filePath + "\": " + std::strerror(errno) + ".");
  std::ostringstream text;
  text << in.rdbuf();
  return readModel(text.str());
}

}  // namespace ebm
