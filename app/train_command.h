// `ebmscape train`: one training run without a window — data, trainer, progress on the terminal, the held-out
// likelihood by quadrature, and a model file.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/box.h"
#include "core/types.h"
#include "data/point_file_reader.h"
#include "data/standardization.h"
#include "io/atomic_file.h"
#include "io/model_file.h"
#include "training/trainer.h"

#include "point_file_arguments.h"

namespace ebmapp {

/// What `ebmscape train` was asked to do (parsed and checked by parseCommandLine()).
struct TrainArguments {
  std::string dataset;      ///< a built-in data set, or
  PointFileArguments data;  ///< a CSV/TSV point file and its columns (exactly one of the two)
  std::string method = "pcd";
  std::int64_t iterations = 0;    ///< 0 with seconds = 0: the method's recommended iterations
  double seconds = 0;             ///< a training-time budget instead of iterations
  std::uint64_t seed = 7;         ///< the trainer's seed (built-in data use fixed seeds 101 / 202)
  std::string outputPath;         ///< the model file to write, or empty
  bool json = false;              ///< print one JSON object on stdout instead of lines for people
  std::int64_t trainPoints = -1;  ///< -1: 20,000 for a built-in set; a file's points minus the held-out ones
  std::int64_t heldOutPoints = -1;  ///< -1: 5,000 for a built-in set; min(5,000, 20%) of a file's points
  bool energyFinetune = false;      ///< method "classifier": fine-tune the trained classifier's energy after
};

/// The points a run trains on and holds out, with their labels where the data have them.
struct TrainingData {
  std::string name;
  ebm::Points train, heldOut;                   ///< in engine units (a file's points standardized)
  std::vector<int> trainLabels, heldOutLabels;  ///< empty for unlabelled data
  int classes = 0;                              ///< label names of the data set (0: unlabelled)
  ebm::Box box;
  std::optional<double> entropy;  ///< the true entropy, where the data set's density is known
  ebm::DataAxes axes;             ///< a file's columns and standardization (identity for built-in sets)
  ebm::PointFileReport skipped;   ///< a file's rows left out for a missing value
};

/// Runs `trainer` for `iterations` (or, if 0, `seconds`) with a progress bar on stderr; Ctrl-C stops it after
/// the current iteration (a second Ctrl-C ends the program).
ebm::TrainingSummary runWithProgress(ebm::Trainer& trainer, const std::string& label, std::int64_t iterations,
                                     double seconds);
/// How a run ended, for the JSON: "interrupted" for Ctrl-C, else terminationName().
std::string terminationText(const ebm::TrainingSummary& summary);
/// x to `digits` decimals (the double nearest to the rounded decimal).
double rounded(double x, int digits);

/// Opens the model's destination (--out) before any training, so that a missing or read-only folder is
/// reported now, not after an hour; nothing to open without --out. Prints the reason and returns false if it
/// cannot be.
bool openModelFile(const TrainArguments& arguments, std::optional<ebm::AtomicFile>& file);
/// The end of a run: writes the model (if a file is open; "model" joins the report), then prints the report —
/// JSON on stdout, or `forPeople`. Returns the exit code (1 if the model could not be written).
int finishRun(std::optional<ebm::AtomicFile>& file, const std::function<ebm::ModelFile()>& model,
              nlohmann::json& report, const TrainArguments& arguments,
              void (*forPeople)(const nlohmann::json& report));

/// A built-in set (fixed seeds 101 / 202) or a point file (a fixed shuffle, the last ones held out). Throws
/// ebm::Error for an unreadable file or too few points.
TrainingData loadTrainingData(const TrainArguments& arguments);

/// Runs the training and prints the final metrics. Returns the exit code: 0 when the model trained (also
/// when Ctrl-C stopped it early: what was learned is reported and saved), 1 when it could not (unreadable
/// data, a diverged run, an unwritable model file; the message is on stderr and no model file is left).
/// Bad arguments have exit code 2, but they are refused before this is called.
int runTrain(const TrainArguments& arguments);

/// `train --method classifier`: cross-entropy on labelled data (and, with --energy-finetune, Liu et al.'s
/// energy fine-tuning after it), then held-out accuracy and out-of-distribution detection by the energy and
/// the max-softmax scores (classifier_train_command.cpp). Exit codes as runTrain().
int runClassifierTrain(const TrainArguments& arguments);

}  // namespace ebmapp
