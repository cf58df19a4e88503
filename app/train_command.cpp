#include "train_command.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>

#include <nlohmann/json.hpp>

#include "analysis/data_units_likelihood.h"
#include "core/errors.h"
#include "core/random.h"
#include "data/data_set_registry.h"
#include "data/point_file_reader.h"
#include "data/true_density.h"
#include "io/atomic_file.h"
#include "io/lesson_import.h"
#include "io/model_file.h"
#include "io/standardization_json.h"
#include "train_progress.h"
#include "training/recommended_settings.h"

namespace ebmapp {
namespace {

constexpr std::uint64_t kTrainSeed = 101, kHeldOutSeed = 202;  // the built-in sets' fixed data seeds
constexpr std::int64_t kDefaultTrain = 20000, kDefaultHeldOut = 5000;
constexpr int kLatticeNodes2D = 512, kLatticeNodes3D = 96;  // quadrature of the held-out likelihood

// Ctrl-C asks the run to stop after the current iteration; a second Ctrl-C ends the program at once (the
// handler puts the default back).
std::atomic<bool> interrupted{false};
extern "C" void onInterrupt(int) {
  interrupted.store(true);
  std::signal(SIGINT, SIG_DFL);
}

TrainingData builtInData(const TrainArguments& a) {
  TrainingData data;
  data.name = a.dataset;
  const ebm::DataSetInfo& info = ebm::dataSetInfo(a.dataset);
  const std::int64_t train = a.trainPoints > 0 ? a.trainPoints : kDefaultTrain;
  const std::int64_t heldOut = a.heldOutPoints > 0 ? a.heldOutPoints : kDefaultHeldOut;
  ebm::DataSet trainSet = ebm::generateDataSet(a.dataset, {train, {}, kTrainSeed});
  ebm::DataSet heldOutSet = ebm::generateDataSet(a.dataset, {heldOut, {}, kHeldOutSeed});
  data.train = std::move(trainSet.points);
  data.heldOut = std::move(heldOutSet.points);
  data.trainLabels = std::move(trainSet.labels);
  data.heldOutLabels = std::move(heldOutSet.labels);
  data.classes = trainSet.labelCount();
  data.box = info.box;
  data.entropy = ebm::trueEntropy(a.dataset);
  return data;
}

// A file's points, standardized (the recommended settings assume unit scale), in a fixed shuffled order: the
// last ones are held out. The box holds every point with the import's margin, as in the window.
TrainingData fileData(const TrainArguments& a) {
  TrainingData data;
  ebm::PointFileOptions options;
  options.choice = a.data.choice;
  const ebm::DataSet set = ebm::readPointFile(a.data.file, options, &data.skipped);
  data.name = a.data.file;
  data.axes.names = set.columnNames;
  data.axes.standardization = ebm::Standardization::fit(set.points);
  const ebm::Points points = data.axes.standardization.toEngine(set.points);
  const std::int64_t n = set.size();
  const std::int64_t heldOut =
      a.heldOutPoints > 0 ? a.heldOutPoints : std::min<std::int64_t>(kDefaultHeldOut, n / 5);
  if (heldOut < 1 || heldOut >= n) {
    throw ebm::DataError("The file has " + std::to_string(n) + " points: too few to hold " +
                         std::to_string(std::max<std::int64_t>(heldOut, 1)) + " out and train on the rest.");
  }
  const std::int64_t train = a.trainPoints > 0 ? std::min(a.trainPoints, n - heldOut) : n - heldOut;
  std::vector<ebm::Index> order(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i)
    order[std::size_t(i)] = i;
  ebm::Random random(kTrainSeed);
  for (std::int64_t i = n - 1; i > 0; --i)
    std::swap(order[std::size_t(i)], order[std::size_t(random.below(std::uint64_t(i + 1)))]);
  data.train.resize(set.dimension, train);
  data.heldOut.resize(set.dimension, heldOut);
  for (std::int64_t i = 0; i < train; ++i)
    data.train.col(i) = points.col(order[std::size_t(i)]);
  for (std::int64_t i = 0; i < heldOut; ++i)
    data.heldOut.col(i) = points.col(order[std::size_t(n - heldOut + i)]);
  if (set.hasLabels()) {
    for (std::int64_t i = 0; i < train; ++i)
      data.trainLabels.push_back(set.labels[std::size_t(order[std::size_t(i)])]);
    for (std::int64_t i = 0; i < heldOut; ++i)
      data.heldOutLabels.push_back(set.labels[std::size_t(order[std::size_t(n - heldOut + i)])]);
    data.classes = set.labelCount();
  }
  data.box = ebm::boxAround(points, ebm::kImportBoxMargin);
  return data;
}

// "bill_length_mm × flipper_length_mm": the units an NLL of the file's points is measured in.
std::string unitsOf(const ebm::DataAxes& axes, int dimension) {
  std::string units;
  for (int axis = 0; axis < dimension; ++axis)
    units += (axis > 0 ? " × " : "") + axes.title(axis);
  return units;
}

void printTrainingReport(const nlohmann::json& r) {
  std::printf("method        %s\n", r["method"].get<std::string>().c_str());
  std::printf("data          %s (%lld train, %lld held out)\n", r["dataset"].get<std::string>().c_str(),
              r["trainPoints"].get<long long>(), r["heldOutPoints"].get<long long>());
  std::printf("iterations    %lld in %.1f s (%s)\n", r["iterations"].get<long long>(),
              r["seconds"].get<double>(), r["termination"].get<std::string>().c_str());
  if (r.contains("skippedNote")) std::printf("%s\n", r["skippedNote"].get<std::string>().c_str());
  if (r.contains("heldOutNll")) {
    std::printf("held-out NLL  %.4f nats%s\n", r["heldOutNll"].get<double>(),
                r.contains("nllUnits")
                    ? (" per point, in the file's units (" + r["nllUnits"].get<std::string>() +
                       "): the standardized points' NLL + log|dx/dz|")
                          .c_str()
                    : "");
  }
  if (r.contains("trueEntropy") && !r["trueEntropy"].is_null()) {
    std::printf("true entropy  %.4f nats\n", r["trueEntropy"].get<double>());
    std::printf("gap           %.4f nats\n", r["gap"].get<double>());
  }
  if (r.contains("logNormalizer"))
    std::printf("learned log Z %.4f (NCE's c)\n", r["logNormalizer"].get<double>());
  if (r.contains("model")) std::printf("model         %s\n", r["model"].get<std::string>().c_str());
}

}  // namespace

double rounded(double x, int digits) {
  if (!std::isfinite(x)) return x;
  const double scale = std::pow(10.0, digits);
  return std::round(x * scale) / scale;
}

ebm::TrainingSummary runWithProgress(ebm::Trainer& trainer, const std::string& label, std::int64_t iterations,
                                     double seconds) {
  TrainProgress progress(stderr, label, iterations, seconds);
  interrupted.store(false);
  const auto previousHandler = std::signal(SIGINT, onInterrupt);
  ebm::TrainingSummary summary =
      trainer.run({iterations, iterations > 0 ? 0 : seconds, 1}, [&](const ebm::TrainingMetrics& m) {
        progress.update(m);
        return interrupted.load() ? ebm::CallbackResult::kStop : ebm::CallbackResult::kContinue;
      });
  std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
  progress.finish(trainer.metrics());
  return summary;
}

std::string terminationText(const ebm::TrainingSummary& summary) {
  return summary.termination == ebm::TerminationType::kStoppedByCallback
             ? std::string("interrupted")
             : ebm::terminationName(summary.termination);
}

bool openModelFile(const TrainArguments& a, std::optional<ebm::AtomicFile>& file) {
  if (a.outputPath.empty()) return true;
  try {
    file.emplace(a.outputPath);  // written under a temporary name, moved into place once whole
    return true;
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: cannot save the model there: %s\n", e.what());
    return false;
  }
}

int finishRun(std::optional<ebm::AtomicFile>& file, const std::function<ebm::ModelFile()>& model,
              nlohmann::json& report, const TrainArguments& a,
              void (*forPeople)(const nlohmann::json& report)) {
  if (file) {
    try {
      file->write(ebm::writeModel(model()));
      file->commit();
      report["model"] = a.outputPath;
    } catch (const ebm::Error& e) {
      if (a.json) std::printf("%s\n", report.dump().c_str());
      std::fprintf(stderr, "ebmscape: %s\n", e.what());
      return 1;
    }
  }
  if (a.json)
    std::printf("%s\n", report.dump().c_str());
  else
    forPeople(report);
  return 0;
}

TrainingData loadTrainingData(const TrainArguments& a) {
  return a.data.file.empty() ? builtInData(a) : fileData(a);
}

int runTrain(const TrainArguments& a) {
  if (a.method == "classifier") return runClassifierTrain(a);
  const ebm::TrainingMethod method = ebm::trainingMethodFromName(a.method);
  std::optional<ebm::AtomicFile> modelFile;
  if (!openModelFile(a, modelFile)) return 1;
  TrainingData data;
  try {
    data = loadTrainingData(a);
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: %s\n", e.what());
    return 1;
  }
  ebm::TrainingBudget budget;
  budget.iterations = a.iterations;
  budget.seconds = a.seconds;
  if (budget.iterations == 0 && budget.seconds == 0) budget.iterations = ebm::recommendedIterations(method);
  std::unique_ptr<ebm::Trainer> trainer;
  try {
    trainer = ebm::makeRecommendedTrainer(method, data.train, data.box, a.seed, budget);
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: %s\n", e.what());
    return 1;
  }

  ebm::TrainingSummary summary =
      runWithProgress(*trainer, a.method + " on " + data.name, budget.iterations, budget.seconds);

  nlohmann::json r;
  r["method"] = a.method;
  r["dataset"] = data.name;
  r["seed"] = a.seed;
  if (!a.data.file.empty()) {
    r["skippedRows"] = data.skipped.skippedRows;
    r["skippedLines"] = data.skipped.firstSkippedLines;
    if (data.skipped.skippedRows > 0) r["skippedNote"] = data.skipped.describe();
    r["columns"] = data.axes.names;
    r["standardization"] = ebm::standardizationJson(data.axes.standardization, data.box.dimension);
  }
  r["trainPoints"] = data.train.cols();
  r["heldOutPoints"] = data.heldOut.cols();
  r["iterations"] = trainer->metrics().step;
  r["seconds"] = rounded(trainer->metrics().seconds, 2);
  r["termination"] = terminationText(summary);
  r["finalLoss"] = trainer->metrics().loss;
  if (summary.diverged()) {
    r["message"] = summary.message;
    if (a.json) std::printf("%s\n", r.dump().c_str());
    std::fprintf(stderr, "ebmscape: training diverged: %s\n", summary.message.c_str());
    return 1;
  }

  const ebm::EnergyPtr model = trainer->snapshot();
  const int nodes = data.box.dimension == 2 ? kLatticeNodes2D : kLatticeNodes3D;
  try {
    // A file's NLL in its own units: −log p(x) = −log p(z) + log|dx/dz| for the standardized z.
    const ebm::LikelihoodReport nll = ebm::negativeLogLikelihoodInDataUnits(
        *model, data.heldOut, ebm::Lattice::over(data.box, nodes), data.axes.standardization);
    r["heldOutNll"] = rounded(nll.meanNegativeLogLikelihood, 4);
    if (!a.data.file.empty()) {
      r["nllUnits"] = unitsOf(data.axes, data.box.dimension);
      r["logJacobian"] = data.axes.standardization.logJacobian();
    }
    r["logPartition"] = nll.logPartition;
    r["missingMass"] = nll.missingMass;
    r["pointsOutsideBox"] = nll.pointsOutsideBox;
    r["trueEntropy"] = data.entropy ? nlohmann::json(rounded(*data.entropy, 4)) : nlohmann::json(nullptr);
    r["gap"] = data.entropy ? nlohmann::json(rounded(nll.meanNegativeLogLikelihood - *data.entropy, 4))
                            : nlohmann::json(nullptr);
  } catch (const ebm::Error& e) {
    r["likelihoodError"] = e.what();
  }
  r["lattice"] = std::to_string(nodes) + "^" + std::to_string(data.box.dimension);
  if (const auto* nce = dynamic_cast<const ebm::NceTrainer*>(trainer.get()))
    r["logNormalizer"] = nce->logNormalizer();

  return finishRun(
      modelFile,
      [&] {
        nlohmann::json extra = {{"dataset", data.name}};
        for (const char* key : {"heldOutNll", "trueEntropy", "gap"}) {
          if (r.contains(key)) extra[key] = r[key];
        }
        ebm::ModelFile model = ebm::modelFromTrainer(*trainer, extra);
        model.normalization = data.axes.standardization;  // the network reads (x − shift)/scale
        return model;
      },
      r, a, printTrainingReport);
}

}  // namespace ebmapp
