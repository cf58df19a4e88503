#include "training/network_trainer.h"

#include <chrono>
#include <cmath>

#include "core/errors.h"
#include "core/float_mode.h"
#include "core/number_text.h"
#include "core/parallel.h"

namespace ebm {
std::string TrainerOptions::validate() const {
  try {
    architecture.validate();
    box.validate();
  } catch (const ArgumentError& e) {
    return e.what();
  }
  if (box.dimension != architecture.dimension) return "The box and the network differ in dimension.";
  return OptimizerOptions::validate();
}

nlohmann::json TrainerOptions::toJson() const {
  nlohmann::json out = {{"box", {{"lower", box.lower}, {"upper", box.upper}}}};
  addTo(out);
  return out;
}

NetworkTrainer::NetworkTrainer(const TrainerOptions& options, Points data, Index parameterCount)
    : options_(options),
      data_(std::move(data)),
      random_(options.seed, 1),
      adam_(parameterCount, options.adam) {
  if (const auto text = options_.validate(); !text.empty()) throw ArgumentError(text);
  if (data_.cols() < 1) throw DataError("There are no data points to train on.");
  if (data_.rows() != options_.architecture.dimension) {
    throw DataError("The data are " + std::to_string(data_.rows()) + "D but the network expects " +
                    std::to_string(options_.architecture.dimension) + "D points.");
  }
  if (!data_.allFinite()) throw DataError("The data contain NaN or infinite coordinates.");
}

void NetworkTrainer::begin() {
  average_ = parameterVector();
  gradient_ = Eigen::VectorXf::Zero(parameterVector().size());
  saveCheckpoint();
}

const Eigen::VectorXf& NetworkTrainer::shownParameters() const {
  return options_.averagingDecay > 0 ? average_ : parameterVector();
}

Index NetworkTrainer::chunkSize(Index count) {
  return std::clamp<Index>((count + 3) / 4, 64, 256);
}

Index NetworkTrainer::accumulateOverChunks(
    Index count, Eigen::VectorXf& gradient,
    const std::function<void(Index, Index, Index, MlpWorkspace&, Eigen::VectorXf&)>& body) {
  const Index grain = chunkSize(count);
  const Index chunks = (count + grain - 1) / grain;
  if (Index(chunkGradients_.size()) < chunks) {
    chunkGradients_.resize(std::size_t(chunks), Eigen::VectorXf::Zero(parameterVector().size()));
    workspaces_.resize(std::size_t(chunks));
  }
  parallelFor(count, grain, [&](Index begin, Index end) {
    const Index chunk = begin / grain;
    Eigen::VectorXf& g = chunkGradients_[std::size_t(chunk)];
    g.setZero();
    body(chunk, begin, end, workspaces_[std::size_t(chunk)], g);
  });
  gradient = chunkGradients_[0];
  for (Index c = 1; c < chunks; ++c)
    gradient += chunkGradients_[std::size_t(c)];
  return chunks;
}

void NetworkTrainer::saveCheckpoint() {
  checkpoint_.parameters = parameterVector();
  checkpoint_.average = average_;
  checkpoint_.adam = adam_.state();
  saveMethodCheckpoint();
}

void NetworkTrainer::diverge(const std::string& message) {
  parameterVector() = checkpoint_.parameters;
  average_ = checkpoint_.average;
  adam_.restore(checkpoint_.adam);
  restoreMethodCheckpoint();
  throw NumericError(message + " The model was rolled back to its last healthy state.");
}

// One iteration: the method's gradient, the guards, then θ ← Adam(θ, ∂loss/∂θ, η(progress)) and the
// average θ̄ ← d_t·θ̄ + (1 − d_t)·θ with d_t = min(d, (1 + t)/(10 + t)) (a short memory early on).
const TrainingMetrics& NetworkTrainer::step() {
  const FlushToZeroScope flushed;  // raw units make subnormal floats, 10-100x slower on many CPUs
  const auto start = std::chrono::steady_clock::now();
  const double learningRate = options_.schedule.at(scheduleProgress(
      metrics_.step, options_.scheduleIterations, metrics_.seconds, options_.scheduleSeconds));
  const std::string rateAdvice = learningRateAdvice(learningRate);

  const Iteration it = computeGradient(gradient_);
  if (!std::isfinite(it.loss) || !std::isfinite(it.dataEnergy) || !std::isfinite(it.negativeEnergy))
    diverge("Training produced a non-finite energy or loss: " + rateAdvice);
  if (std::abs(it.dataEnergy) > options_.energyLimit || std::abs(it.negativeEnergy) > options_.energyLimit) {
    diverge("The energies are exploding (mean energy " +
            shortNumber(std::max(std::abs(it.dataEnergy), std::abs(it.negativeEnergy))) +
            "): " + explodingEnergyAdvice());
  }
  const double gradientNorm = gradient_.norm();
  if (!std::isfinite(gradientNorm)) diverge("The parameter gradient is not finite: " + rateAdvice);
  if (gradientNorm > options_.gradientLimit)
    diverge("The parameter gradient is exploding (norm " + shortNumber(gradientNorm) + "): " + rateAdvice);

  // θ has just produced finite, bounded energies and gradients: it is a healthy state to roll back to.
  if (metrics_.step % options_.checkpointEvery == 0) saveCheckpoint();
  adam_.step(parameterVector(), gradient_, learningRate);
  if (!parameterVector().allFinite()) diverge("The weights became non-finite: " + rateAdvice);
  if (options_.averagingDecay > 0) {
    const double t = double(metrics_.step);
    const float decay = float(std::min(options_.averagingDecay, (1 + t) / (10 + t)));
    average_ = decay * average_ + (1 - decay) * parameterVector();
  }
  metrics_.step += 1;
  metrics_.loss = it.loss;
  metrics_.dataEnergy = it.dataEnergy;
  metrics_.negativeEnergy = it.negativeEnergy;
  metrics_.gradientNorm = gradientNorm;
  metrics_.learningRate = learningRate;
  metrics_.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return metrics_;
}

}  // namespace ebm
