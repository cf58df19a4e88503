#include "training/classifier_trainer.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/number_text.h"

namespace ebm {
namespace {

Index checkedParameterCount(const ClassifierOptions& options) {
  if (const auto text = options.validate(); !text.empty()) throw ArgumentError(text);
  return options.classifierArchitecture().parameterCount();
}

ClassifierNetwork initialNetwork(const ClassifierOptions& options, const Eigen::VectorXf* initial) {
  if (!initial) return {options.classifierArchitecture(), options.seed};
  return {options.classifierArchitecture(), *initial};
}

}  // namespace

std::string ClassifierOptions::validate() const {
  if (auto text = TrainerOptions::validate(); !text.empty()) return text;
  try {
    classifierArchitecture().validate();
    region.validate();
  } catch (const ArgumentError& e) {
    return e.what();
  }
  if (!(margins.weight >= 0) || !std::isfinite(margins.weight))
    return "The energy weight λ must not be negative.";
  if (!std::isfinite(margins.marginIn) || !std::isfinite(margins.marginOut))
    return "The energy margins must be numbers.";
  if (!(margins.temperature > 0)) return "The energy's temperature must be positive.";
  if (outlierCount < 0 || outlierCount > 1000000) return "The outliers must number 0 to 1,000,000.";
  return "";
}

ClassifierTrainer::ClassifierTrainer(const ClassifierOptions& options, Points data, std::vector<int> labels,
                                     const Eigen::VectorXf* initial)
    : NetworkTrainer(options, std::move(data), checkedParameterCount(options)),
      classifier_(options),
      network_(initialNetwork(options, initial)),
      labels_(std::move(labels)) {
  if (Index(labels_.size()) != data_.cols())
    throw DataError("A classifier learns from labelled data: every point needs a class label.");
  for (int y : labels_) {
    if (y < 0 || y >= classifier_.classes) {
      throw DataError("A label (" + std::to_string(y) + ") lies outside the classifier's " +
                      std::to_string(classifier_.classes) + " classes.");
    }
  }
  setOutlierCount(classifier_.outlierCount);
  begin();
}

void ClassifierTrainer::setMargins(const EnergyMargins& margins) {
  classifier_.margins = margins;
}

void ClassifierTrainer::setOutlierCount(Index count) {
  classifier_.outlierCount = count;
  outliers_ = auxiliaryOutliers(data_, classifier_.region, count, classifier_.seed);
}

ClassifierEnergyPtr ClassifierTrainer::classifierSnapshot() const {
  auto network = std::make_shared<const ClassifierNetwork>(network_.architecture(), shownParameters());
  return std::make_shared<const ClassifierEnergy>(std::move(network), classifier_.margins.temperature);
}

nlohmann::json ClassifierTrainer::settings() const {
  nlohmann::json j = options_.toJson();
  j["method"] = "classifier";
  j["classes"] = classifier_.classes;
  j["energyWeight"] = classifier_.margins.weight;
  j["marginIn"] = classifier_.margins.marginIn;
  j["marginOut"] = classifier_.margins.marginOut;
  j["outliers"] = classifier_.outlierCount;
  return j;
}

std::string ClassifierTrainer::explodingEnergyAdvice() const {
  return "lower the energy weight λ (now " + shortNumber(classifier_.margins.weight) +
         ") or the learning rate.";
}

// The batch and its outliers are one run of columns [labelled | outliers] split into chunks over both cores;
// a chunk that straddles the seam makes one call on each side. Sums are reduced in chunk order.
NetworkTrainer::Iteration ClassifierTrainer::computeGradient(Eigen::VectorXf& gradient) {
  const Index b = options_.batchSize, count = data_.cols();
  batch_.resize(data_.rows(), b);
  batchLabels_.resize(std::size_t(b));
  for (Index i = 0; i < b; ++i) {
    const Index k = Index(random_.below(std::uint64_t(count)));
    batch_.col(i) = data_.col(k);
    batchLabels_[std::size_t(i)] = labels_[std::size_t(k)];
  }
  const Index m = std::min(b, outliers_.cols());
  outlierBatch_.resize(data_.rows(), m);
  for (Index j = 0; j < m; ++j)
    outlierBatch_.col(j) = outliers_.col(Index(random_.below(std::uint64_t(outliers_.cols()))));
  const EnergyMargins& margins = classifier_.margins;
  const Index total = b + m;
  chunkSums_.assign(std::size_t((total + chunkSize(total) - 1) / chunkSize(total)), {});
  accumulateOverChunks(
      total, gradient, [&](Index chunk, Index begin, Index end, MlpWorkspace& ws, Eigen::VectorXf& g) {
        ClassifierLossSums& sums = chunkSums_[std::size_t(chunk)];
        const Index seam = std::clamp(b, begin, end);
        if (seam > begin) {
          addLabelledTerms(network_, batch_.middleCols(begin, seam - begin), batchLabels_.data() + begin,
                           margins, 1.0 / double(b), ws, &g, sums);
        }
        if (end > seam) {
          addOutlierTerms(network_, outlierBatch_.middleCols(seam - b, end - seam), margins, 1.0 / double(m),
                          ws, margins.active() ? &g : nullptr, sums);
        }
      });
  ClassifierLossSums sums;
  for (const auto& s : chunkSums_)
    sums.add(s);
  Iteration it;
  it.loss = sums.crossEntropy / double(b) + margins.weight * sums.penaltyIn / double(b);
  it.dataEnergy = sums.energyIn / double(b);
  if (m > 0) {
    it.loss += margins.weight * sums.penaltyOut / double(m);
    it.negativeEnergy = sums.energyOut / double(m);
  }
  batchAccuracy_ = double(sums.correct) / double(b);
  return it;
}

}  // namespace ebm
