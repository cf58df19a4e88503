// Trained energies on disk: a versioned JSON file with the architecture, the weights, how they were trained
// and how well.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/standardization.h"
#include "energy/mlp_energy.h"

namespace ebm {

class Trainer;

/// A model file's content. `training` and `metrics` are free-form objects (a trainer's settings() and, e.g.,
/// {"heldOutNll": …, "iterations": …}); the energy is the part the program needs to draw: a trained energy
/// (io/trained_energy_spec.h), an MlpEnergy, an RbmEnergy or a ClassifierEnergy.
struct ModelFile {
  static constexpr int kFormatVersion = 1;

  EnergyPtr energy;
  nlohmann::json training = nlohmann::json::object();
  nlohmann::json metrics = nlohmann::json::object();
  /// Data normalization x ↦ (x − shift)/scale per axis, applied before the network: the standardization of
  /// the data it was trained on (identity for data used as it is).
  Standardization normalization;
  /// Top-level members this version does not know, kept for writing; and what a person should read about
  /// them (and about unknown settings of the energy, which are not kept).
  nlohmann::json unknown = nlohmann::json::object();
  std::vector<std::string> warnings;

  /// The energy as a neural network, or nullptr when it is another kind (an RBM).
  [[nodiscard]] MlpEnergyPtr network() const { return std::dynamic_pointer_cast<const MlpEnergy>(energy); }
};

/// The file's text: {"format": "ebmscape-model", "version": 1, "energy": {…mlp or rbm…}, "normalization":
/// {"shift": […], "scale": […]}, "training": {…}, "metrics": {…}} (a single number for "scale", as files
/// before per-axis scales have it, reads as that scale on every axis). Reading it back reproduces every
/// weight bit for bit. Throws NumericError for a model with non-finite weights, ArgumentError for an energy
/// that is not a trained one (an analytic energy has no model file).
[[nodiscard]] std::string writeModel(const ModelFile& model);

/// Parses a model file. Throws ModelError for damaged or truncated JSON (with the byte where it breaks), a
/// missing or wrongly typed entry (naming its JSON path, e.g. `model.energy.layers[1].weights[3][5]`), or a
/// file from a newer ebmscape (a future format version). Unknown members are not errors: they are listed in
/// ModelFile::warnings.
[[nodiscard]] ModelFile readModel(const std::string& jsonText);

/// The largest model file loadModel() reads (a 1024-wide, 8-layer network is about 200 MB of text).
constexpr std::uintmax_t kLargestModelBytes = 256u * 1024 * 1024;

/// What a trainer has to save: its snapshot (the weight average if averaging is on), its settings(), and its
/// last metrics plus `extraMetrics` (e.g. {"heldOutNll": …}). A noise-conditional DSM run saves the
/// conditional network itself; an NCE run its network with the learned log-normalizer as output bias; an RBM
/// run its RBM. Throws ArgumentError for a trainer of another kind.
[[nodiscard]] ModelFile modelFromTrainer(const Trainer& trainer,
                                         const nlohmann::json& extraMetrics = nlohmann::json::object());

/// writeModel() to a file, atomically (io/atomic_file.h): a temporary file in the same folder, renamed over
/// `filePath` once complete, so the file is whole or untouched. Throws ModelError, with writeFailure()'s
/// sentence, if it cannot be written.
void saveModel(const ModelFile& model, const std::string& filePath);
/// readModel() from a file; throws ModelError if it is missing, a folder, larger than kLargestModelBytes
/// (refused from its size, before reading), or cannot be read.
[[nodiscard]] ModelFile loadModel(const std::string& filePath);

}  // namespace ebm
