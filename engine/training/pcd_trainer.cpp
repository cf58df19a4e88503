#include "training/pcd_trainer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "core/parallel.h"
#include "sampling/langevin.h"

namespace ebm {
namespace {
constexpr Index kChainChunk = 64;  // negatives per Langevin chunk: 4 chunks for the default batch of 256
}

std::string PcdOptions::validate() const {
  if (auto text = TrainerOptions::validate(); !text.empty()) return text;
  if (architecture.conditioningInputs != 0)
    return "PCD trains an unconditional network (no conditioning inputs).";
  if (!contrastiveDivergence && bufferSize < batchSize)
    return "The replay buffer must hold at least one batch.";
  if (!(reinitFraction >= 0 && reinitFraction <= 1)) return "The re-initialized fraction must lie in [0, 1].";
  if (langevinSteps < 0 || langevinSteps > 10000) return "The number of Langevin steps must be 0 to 10,000.";
  if (!(stepSize > 0) || !std::isfinite(stepSize)) return "The Langevin step size ε must be positive.";
  if (!(noiseScale > 0) || !std::isfinite(noiseScale)) return "The Langevin noise scale must be positive.";
  if (!(regularization >= 0) || !std::isfinite(regularization)) return "The regularization λ must be ≥ 0.";
  return "";
}

nlohmann::json PcdOptions::toJson() const {
  nlohmann::json j = TrainerOptions::toJson();
  j["method"] = contrastiveDivergence ? "cd" : "pcd";
  j["bufferSize"] = bufferSize;
  j["reinitFraction"] = reinitFraction;
  j["langevinSteps"] = langevinSteps;
  j["stepSize"] = stepSize;
  j["noiseScale"] = noiseScale;
  j["regularization"] = regularization;
  return j;
}

PcdTrainer::PcdTrainer(const PcdOptions& options, Points data)
    : MlpTrainer(options, std::move(data)), pcd_(options) {
  if (const auto text = pcd_.validate(); !text.empty()) throw ArgumentError(text);
  const Index d = pcd_.architecture.dimension;
  if (!pcd_.contrastiveDivergence) {
    buffer_.resize(d, pcd_.bufferSize);
    for (Index i = 0; i < pcd_.bufferSize; ++i)
      drawUniform(buffer_.col(i).data());
    savedBuffer_ = buffer_;
  }
  negatives_.resize(d, pcd_.batchSize);
  batch_.resize(d, 2 * pcd_.batchSize);
  bufferSlots_.resize(std::size_t(pcd_.batchSize));
  energies_.resize(2 * pcd_.batchSize);
  gradientScratch_.resize(d, pcd_.batchSize);
  for (Index c = 0; c < (pcd_.batchSize + kChainChunk - 1) / kChainChunk; ++c)
    chainStreams_.emplace_back(pcd_.seed, std::uint64_t(100 + c));
}

nlohmann::json PcdTrainer::settings() const {
  return pcd_.toJson();
}

std::string PcdTrainer::explodingEnergyAdvice() const {
  std::ostringstream text;
  text << "raise the regularization λ (now " << pcd_.regularization << ") or lower the learning rate.";
  return text.str();
}

void PcdTrainer::drawUniform(float* point) {
  for (int a = 0; a < pcd_.box.dimension; ++a)
    point[a] = float(random_.uniform(pcd_.box.lower[std::size_t(a)], pcd_.box.upper[std::size_t(a)]));
}

// K steps of x ← x − (ε/2)∇E(x) + s·ξ on every chunk of negatives, written as langevinStep's
// x ← x − (ε'/2)∇E/T + √ε'·ξ with ε' = s² and T = s²/ε, with reflecting walls at the box (the negatives
// sample p restricted to the box, the region quadrature normalizes over).
void PcdTrainer::refineNegatives() {
  LangevinSettings settings;
  settings.stepSize = pcd_.noiseScale * pcd_.noiseScale;
  settings.temperature = settings.stepSize / pcd_.stepSize;
  settings.walls = Walls::Reflecting;
  settings.box = pcd_.box;
  std::atomic<bool> escaped{false};
  parallelFor(negatives_.cols(), kChainChunk, [&](Index begin, Index end) {
    const Index n = end - begin;
    auto x = negatives_.middleCols(begin, n);
    Random& stream = chainStreams_[std::size_t(begin / kChainChunk)];
    for (int k = 0; k < pcd_.langevinSteps; ++k)
      langevinStep(model_, x, settings, stream, energies_.segment(begin, n),
                   gradientScratch_.middleCols(begin, n));
    if (!x.allFinite()) escaped.store(true, std::memory_order_relaxed);
  });
  if (escaped) {
    diverge("The Langevin negatives left the finite numbers: the sampler's step size ε = " +
            std::to_string(pcd_.stepSize) + " is too large — halve it.");
  }
}

// ∂loss/∂θ = Σᵢ gᵢ ∂E(xᵢ)/∂θ with gᵢ = (1 + 2λEᵢ)/B for data and (−1 + 2λEᵢ)/B for negatives.
MlpTrainer::Iteration PcdTrainer::computeGradient(Eigen::VectorXf& gradient) {
  const Index b = pcd_.batchSize, count = data_.cols();
  for (Index i = 0; i < b; ++i)
    batch_.col(i) = data_.col(Index(random_.below(std::uint64_t(count))));
  if (pcd_.contrastiveDivergence) {
    negatives_ = batch_.leftCols(b);
  } else {
    for (Index i = 0; i < b; ++i) {
      const Index slot = Index(random_.below(std::uint64_t(pcd_.bufferSize)));
      bufferSlots_[std::size_t(i)] = slot;
      if (random_.uniform() < pcd_.reinitFraction)
        drawUniform(negatives_.col(i).data());
      else
        negatives_.col(i) = buffer_.col(slot);
    }
  }
  refineNegatives();
  if (!pcd_.contrastiveDivergence) {
    for (Index i = 0; i < b; ++i)
      buffer_.col(bufferSlots_[std::size_t(i)]) = negatives_.col(i);
  }
  batch_.rightCols(b) = negatives_;

  const float lambda = float(pcd_.regularization), inverse = 1.0f / float(b);
  accumulateOverChunks(2 * b, gradient,
                       [&](Index, Index begin, Index end, MlpWorkspace& ws, Eigen::VectorXf& g) {
                         const Index n = end - begin;
                         auto e = energies_.segment(begin, n);
                         model_.forward(batch_.middleCols(begin, n), e, ws, MlpPass::kParameterGradient);
                         thread_local Vector weights;
                         weights.resize(n);
                         for (Index i = 0; i < n; ++i)
                           weights[i] = ((begin + i < b ? 1.0f : -1.0f) + 2 * lambda * e[i]) * inverse;
                         model_.accumulateEnergyGradient(weights, g, ws);
                       });
  Iteration it;
  const double ePlus = energies_.head(b).cast<double>().mean(),
               eMinus = energies_.tail(b).cast<double>().mean();
  const double sqPlus = energies_.head(b).cast<double>().squaredNorm() / double(b);
  const double sqMinus = energies_.tail(b).cast<double>().squaredNorm() / double(b);
  it.dataEnergy = ePlus;
  it.negativeEnergy = eMinus;
  it.loss = ePlus - eMinus + pcd_.regularization * (sqPlus + sqMinus);
  return it;
}

}  // namespace ebm
