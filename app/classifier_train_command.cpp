// `ebmscape train --method classifier [--energy-finetune]`: a classifier trained by cross-entropy on labelled
// data, then (optionally) Liu et al.'s energy fine-tuning, and what both detectors of out-of-distribution
// points make of held-out data against a ring and far points around it.
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "classifier/ood_evaluation.h"
#include "classifier/ood_points.h"
#include "core/errors.h"
#include "io/atomic_file.h"
#include "io/model_file.h"
#include "train_command.h"
#include "training/recommended_classifier.h"

namespace ebmapp {
namespace {

// The five numbers the issue asks for, rounded for reading (held-out, fixed seeds).
nlohmann::json detection(const ebm::OodReport& r) {
  return {{"accuracy", rounded(r.accuracy, 4)},
          {"auroc_energy", rounded(r.energy.auroc, 4)},
          {"auroc_softmax", rounded(r.softmax.auroc, 4)},
          {"fpr95_energy", rounded(r.energy.fpr95, 4)},
          {"fpr95_softmax", rounded(r.softmax.fpr95, 4)}};
}

void printClassifierReport(const nlohmann::json& r) {
  std::printf("method        classifier%s\n", r.contains("beforeFinetune") ? " + energy fine-tuning" : "");
  std::printf("data          %s (%lld train, %lld held out; %d classes)\n",
              r["dataset"].get<std::string>().c_str(), r["trainPoints"].get<long long>(),
              r["heldOutPoints"].get<long long>(), r["classes"].get<int>());
  std::printf("outliers      %lld on a ring around the data, %lld far away\n",
              r["ringPoints"].get<long long>(), r["farPoints"].get<long long>());
  std::printf("iterations    %lld in %.1f s (%s)\n", r["iterations"].get<long long>(),
              r["seconds"].get<double>(), r["termination"].get<std::string>().c_str());
  const auto table = [](const char* title, const nlohmann::json& d) {
    std::printf("%s\n  accuracy     %.4f\n", title, d["accuracy"].get<double>());
    std::printf("               AUROC    FPR95\n");
    std::printf("  energy       %.4f   %.4f\n", d["auroc_energy"].get<double>(),
                d["fpr95_energy"].get<double>());
    std::printf("  max-softmax  %.4f   %.4f\n", d["auroc_softmax"].get<double>(),
                d["fpr95_softmax"].get<double>());
  };
  if (r.contains("beforeFinetune")) table("before fine-tuning", r["beforeFinetune"]);
  table(r.contains("beforeFinetune") ? "after fine-tuning" : "held out", r);
  if (r.contains("model")) std::printf("model         %s\n", r["model"].get<std::string>().c_str());
}

}  // namespace

int runClassifierTrain(const TrainArguments& a) {
  std::optional<ebm::AtomicFile> modelFile;
  if (!openModelFile(a, modelFile)) return 1;
  TrainingData data;
  std::unique_ptr<ebm::ClassifierTrainer> trainer;
  ebm::OodPoints outliers;
  const std::int64_t iterations =
      a.iterations > 0 || a.seconds > 0 ? a.iterations : ebm::kClassifierIterations;
  try {
    data = loadTrainingData(a);
    if (data.classes < 2 || data.trainLabels.size() != std::size_t(data.train.cols())) {
      throw ebm::DataError("A classifier learns from labelled data, and " + data.name +
                           " has no labels: use a labelled data set (three-blobs, moons, 8gaussians, …) or a "
                           "point file with a label column.");
    }
    outliers = ebm::makeOodPoints(data.train, ebm::OodRecipe{});
    trainer = std::make_unique<ebm::ClassifierTrainer>(
        ebm::recommendedClassifierOptions(data.train, data.classes, a.seed, iterations, false), data.train,
        data.trainLabels);
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: %s\n", e.what());
    return 1;
  }

  nlohmann::json r;
  r["method"] = "classifier";
  r["dataset"] = data.name;
  r["seed"] = a.seed;
  r["classes"] = data.classes;
  r["trainPoints"] = data.train.cols();
  r["heldOutPoints"] = data.heldOut.cols();
  r["ringPoints"] = outliers.ring.cols();
  r["farPoints"] = outliers.far.cols();
  const ebm::Points ood = outliers.all();
  const auto finish = [&](const ebm::TrainingSummary& summary) {
    r["iterations"] = r.value("iterations", std::int64_t(0)) + trainer->metrics().step;
    r["seconds"] = rounded(r.value("seconds", 0.0) + trainer->metrics().seconds, 2);
    r["termination"] = terminationText(summary);
    if (!summary.diverged()) return true;
    r["message"] = summary.message;
    if (a.json) std::printf("%s\n", r.dump().c_str());
    std::fprintf(stderr, "ebmscape: training diverged: %s\n", summary.message.c_str());
    return false;
  };
  if (!finish(runWithProgress(*trainer, "classifier on " + data.name, iterations, a.seconds))) return 1;
  ebm::OodReport report =
      ebm::evaluateOod(*trainer->classifierSnapshot(), data.heldOut, data.heldOutLabels, ood);

  if (a.energyFinetune && r["termination"] != "interrupted") {
    r["beforeFinetune"] = detection(report);
    const Eigen::VectorXf pretrained = trainer->classifierSnapshot()->network().parameters();
    try {
      trainer = std::make_unique<ebm::ClassifierTrainer>(
          ebm::recommendedClassifierOptions(data.train, data.classes, a.seed, ebm::kFinetuneIterations, true),
          data.train, data.trainLabels, &pretrained);
    } catch (const ebm::Error& e) {
      std::fprintf(stderr, "ebmscape: %s\n", e.what());
      return 1;
    }
    r["finetuneIterations"] = ebm::kFinetuneIterations;
    if (!finish(runWithProgress(*trainer, "energy fine-tuning", ebm::kFinetuneIterations, 0))) return 1;
    report = ebm::evaluateOod(*trainer->classifierSnapshot(), data.heldOut, data.heldOutLabels, ood);
  }
  r.update(detection(report));

  return finishRun(
      modelFile, [&] { return ebm::modelFromTrainer(*trainer, detection(report)); }, r, a,
      printClassifierReport);
}

}  // namespace ebmapp
