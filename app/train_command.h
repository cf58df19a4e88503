// `ebmscape train`: one training run without a window — data, trainer, progress on the terminal, the held-out
// likelihood by quadrature, and a model file.
#pragma once

#include <cstdint>
#include <string>

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
};

/// Runs the training and prints the final metrics. Returns the exit code: 0 when the model trained (also
/// when Ctrl-C stopped it early: what was learned is reported and saved), 1 when it could not (unreadable
/// data, a diverged run, an unwritable model file; the message is on stderr and no model file is left).
/// Bad arguments have exit code 2, but they are refused before this is called.
int runTrain(const TrainArguments& arguments);

}  // namespace ebmapp
