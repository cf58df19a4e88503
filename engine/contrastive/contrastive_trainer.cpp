#include "contrastive/contrastive_trainer.h"

#include <algorithm>
#include <cmath>

#include "contrastive/info_nce.h"
#include "core/errors.h"

namespace ebm {

void ContrastiveSettings::validate() const {
  architecture.validate();
  if (batchSize < 2 || batchSize > 4096)
    throw ArgumentError("The contrastive batch holds 2 to 4096 pairs, not " + std::to_string(batchSize) +
                        ".");
  if (!(learningRate > 0 && learningRate < 1)) throw ArgumentError("The learning rate must lie in (0, 1).");
  if (iterations < 1) throw ArgumentError("A contrastive run needs at least one iteration.");
  if (!(viewNoise >= 0) || !std::isfinite(viewNoise))
    throw ArgumentError("The view noise σ must be a number ≥ 0.");
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("The InfoNCE temperature τ must be positive.");
  if (evaluationPairs < 2)
    throw ArgumentError("Alignment and uniformity need at least two evaluation pairs.");
  if (evaluateEvery < 1) throw ArgumentError("Evaluate at least every so many steps (≥ 1).");
}

ContrastiveTrainer::ContrastiveTrainer(Points data, ContrastiveSettings settings)
    : data_(std::move(data)),
      settings_(std::move(settings)),
      encoder_((settings_.validate(), settings_.architecture), settings_.seed),
      adam_(encoder_.parameters().size(), AdamSettings{}),
      random_(settings_.seed, 1) {
  if (data_.rows() != settings_.architecture.inputs)
    throw ArgumentError("The encoder's inputs do not match the data's dimension.");
  if (data_.cols() < 2) throw ArgumentError("Contrastive learning needs at least two data points.");
  order_.resize(std::size_t(data_.cols()));
  for (std::size_t i = 0; i < order_.size(); ++i)
    order_[i] = Index(i);
  // The evaluation pairs: a fixed sample of the data and fixed noise directions, scaled by the current σ.
  Random evaluation(settings_.seed, 2);
  const Index p = settings_.evaluationPairs;
  evaluationPoints_.resize(data_.rows(), p);
  for (Index j = 0; j < p; ++j)
    evaluationPoints_.col(j) = data_.col(Index(evaluation.below(std::uint64_t(data_.cols()))));
  for (Points& noise : evaluationNoise_) {
    noise.resize(data_.rows(), p);
    evaluation.fillNormal(noise);
  }
  record();
}

void ContrastiveTrainer::setTemperature(double temperature) {
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("The InfoNCE temperature τ must be positive.");
  settings_.temperature = temperature;
}

void ContrastiveTrainer::setViewNoise(double sigma) {
  if (!(sigma >= 0) || !std::isfinite(sigma)) throw ArgumentError("The view noise σ must be a number ≥ 0.");
  settings_.viewNoise = sigma;
}

// The batch is the next N points of a shuffled pass over the data (no point twice in one batch, so no view
// meets a copy of its own point among its negatives). Both views go through the encoder as one 2N batch.
void ContrastiveTrainer::step() {
  const Index n = std::min<Index>(settings_.batchSize, data_.cols());
  const Index d = data_.rows();
  Points views(d, 2 * n);
  for (Index j = 0; j < n; ++j) {
    if (next_ == 0) {
      for (std::size_t i = order_.size() - 1; i > 0; --i)
        std::swap(order_[i], order_[std::size_t(random_.below(i + 1))]);
    }
    const Index point = order_[next_];
    next_ = (next_ + 1) % order_.size();
    views.col(j) = data_.col(point);
    views.col(n + j) = data_.col(point);
  }
  Points noise(d, 2 * n);
  random_.fillNormal(noise);
  views += float(settings_.viewNoise) * noise;

  encoder_.forward(views, workspace_);
  const Points& z = workspace_.embedding;
  const InfoNceResult result = infoNce(z.leftCols(n), z.rightCols(n), settings_.temperature);
  if (!std::isfinite(result.loss))
    throw NumericError("The InfoNCE loss is no longer a number: lower the learning rate and reset.");
  Points gradientOfEmbedding(z.rows(), 2 * n);
  gradientOfEmbedding << result.firstGradient, result.secondGradient;
  Eigen::VectorXf gradient = Eigen::VectorXf::Zero(encoder_.parameters().size());
  encoder_.backward(gradientOfEmbedding, gradient, workspace_);
  if (!gradient.allFinite())
    throw NumericError("The encoder's gradient is no longer finite: lower the learning rate and reset.");
  adam_.step(encoder_.mutableParameters(), gradient, settings_.learningRate);
  ++iteration_;
  history_.steps.push_back(double(iteration_));
  history_.loss.push_back(result.loss);
  if (iteration_ % settings_.evaluateEvery == 0 || finished()) record();
}

std::pair<Points, Points> ContrastiveTrainer::evaluationViews() const {
  const float sigma = float(settings_.viewNoise);
  return {evaluationPoints_ + sigma * evaluationNoise_[0], evaluationPoints_ + sigma * evaluationNoise_[1]};
}

ContrastiveEvaluation ContrastiveTrainer::evaluate() const {
  const auto [first, second] = evaluationViews();
  const Points a = encoder_.encode(first), b = encoder_.encode(second);
  const InfoNceResult nce = infoNce(a, b, settings_.temperature, false);
  return {nce.loss, alignment(a, b), 0.5 * (uniformity(a) + uniformity(b)), nce.pickRate};
}

void ContrastiveTrainer::record() {
  const ContrastiveEvaluation e = evaluate();
  history_.evaluatedAt.push_back(double(iteration_));
  history_.evaluationLoss.push_back(e.loss);
  history_.alignment.push_back(e.alignment);
  history_.uniformity.push_back(e.uniformity);
  history_.pickRate.push_back(e.pickRate);
}

}  // namespace ebm
