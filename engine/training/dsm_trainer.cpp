#include "training/dsm_trainer.h"

#include <cmath>

#include "core/errors.h"
#include "energy/noise_conditional.h"

namespace ebm {
namespace {

DsmOptions conditioned(DsmOptions options) {
  options.architecture.conditioningInputs = options.noiseConditional ? 1 : 0;
  return options;
}

}  // namespace

std::string DsmOptions::validate() const {
  if (auto text = TrainerOptions::validate(); !text.empty()) return text;
  if (!(noiseLevel > 0) || !std::isfinite(noiseLevel)) return "The noise level σ must be positive.";
  if (noiseConditional &&
      !(minNoiseLevel > 0 && maxNoiseLevel >= minNoiseLevel && std::isfinite(maxNoiseLevel)))
    return "The noise levels need 0 < minimum ≤ maximum.";
  return "";
}

nlohmann::json DsmOptions::toJson() const {
  nlohmann::json j = TrainerOptions::toJson();
  j["method"] = noiseConditional ? "dsm_multi" : "dsm";
  j["noiseLevel"] = noiseLevel;
  if (noiseConditional) {
    j["minNoiseLevel"] = minNoiseLevel;
    j["maxNoiseLevel"] = maxNoiseLevel;
  }
  return j;
}

DsmTrainer::DsmTrainer(const DsmOptions& options, Points data)
    : MlpTrainer(conditioned(options), std::move(data)), dsm_(conditioned(options)) {
  if (const auto text = dsm_.validate(); !text.empty()) throw ArgumentError(text);
  clean_.resize(dsm_.architecture.dimension, dsm_.batchSize);
  energies_.resize(dsm_.batchSize);
  const Index chunks = (dsm_.batchSize + chunkSize(dsm_.batchSize) - 1) / chunkSize(dsm_.batchSize);
  for (Index c = 0; c < chunks; ++c)
    noiseStreams_.emplace_back(dsm_.seed, std::uint64_t(200 + c));
  chunkLoss_.resize(std::size_t(chunks));
}

EnergyPtr DsmTrainer::snapshot() const {
  if (!dsm_.noiseConditional) return modelSnapshot();
  return energyAtNoiseLevel(*modelSnapshot(), dsm_.minNoiseLevel);
}

nlohmann::json DsmTrainer::settings() const {
  return dsm_.toJson();
}

std::string DsmTrainer::explodingEnergyAdvice() const {
  return "score matching fixes E only up to a constant, so a drifting level is harmless until it overflows — "
         "lower the learning rate.";
}

// Per chunk: σᵢ, nᵢ, x̃ᵢ = xᵢ + σᵢnᵢ; forward and ∇ₓE at x̃; then G = ∂loss/∂∇ₓE,
//   single: Gᵢ = σ²(∇ₓE(x̃ᵢ) − nᵢ/σ)/B,   multi: Gᵢ = (∇ₓE_θ(x̃ᵢ, σᵢ) − nᵢ)/B (0 on the log σ row),
// and the exact second-order pass accumulates ∂/∂θ Σ ⟨Gᵢ, ∇ₓEᵢ⟩ = ∂loss/∂θ.
MlpTrainer::Iteration DsmTrainer::computeGradient(Eigen::VectorXf& gradient) {
  const Index b = dsm_.batchSize, count = data_.cols(), d = dsm_.architecture.dimension;
  const Index inputs = dsm_.architecture.inputs();
  for (Index i = 0; i < b; ++i)
    clean_.col(i) = data_.col(Index(random_.below(std::uint64_t(count))));
  const double logMin = std::log(dsm_.minNoiseLevel), logMax = std::log(dsm_.maxNoiseLevel);
  const float inverse = 1.0f / float(b);
  accumulateOverChunks(
      b, gradient, [&](Index chunk, Index begin, Index end, MlpWorkspace& ws, Eigen::VectorXf& g) {
        const Index n = end - begin;
        Random& stream = noiseStreams_[std::size_t(chunk)];
        thread_local Points noisy, noise, scoreWeights, inputGradient;
        noisy.resize(inputs, n);
        noise.resize(d, n);
        scoreWeights.resize(inputs, n);
        inputGradient.resize(inputs, n);
        thread_local Vector sigmas;
        sigmas.resize(n);
        stream.fillNormal(noise);
        for (Index i = 0; i < n; ++i) {
          const double sigma =
              dsm_.noiseConditional ? std::exp(stream.uniform(logMin, logMax)) : dsm_.noiseLevel;
          sigmas[i] = float(sigma);
          noisy.col(i).head(d) = clean_.col(begin + i) + float(sigma) * noise.col(i);
          if (dsm_.noiseConditional) noisy(d, i) = noiseConditioningInput(sigma);
        }
        auto e = energies_.segment(begin, n);
        model_.forward(noisy, e, ws, MlpPass::kScoreParameterGradient);
        model_.inputGradient(inputGradient, ws);
        double loss = 0;
        scoreWeights.setZero();
        for (Index i = 0; i < n; ++i) {
          // single: r = ∇E − n/σ, weight σ²;  multi: r = ∇E_θ − n, weight 1.
          const float sigma = sigmas[i];
          const float scale = dsm_.noiseConditional ? 1.0f : sigma;
          const float weight = scale * scale;
          double squared = 0;
          for (Index a = 0; a < d; ++a) {
            const float r = inputGradient(a, i) - noise(a, i) / scale;
            squared += double(r) * double(r);
            scoreWeights(a, i) = r * weight * inverse;
          }
          loss += 0.5 * double(weight) * squared;
        }
        chunkLoss_[std::size_t(chunk)] = loss;
        model_.accumulateScoreGradient(scoreWeights, g, ws);
      });
  Iteration it;
  for (double l : chunkLoss_)
    it.loss += l;
  it.loss /= double(b);
  it.dataEnergy = energies_.cast<double>().mean();
  return it;
}

}  // namespace ebm
