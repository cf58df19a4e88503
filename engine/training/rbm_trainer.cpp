#include "training/rbm_trainer.h"

#include <chrono>
#include <cmath>

#include "core/errors.h"
#include "core/float_mode.h"
#include "core/number_text.h"

namespace ebm {
std::string RbmOptions::validate() const {
  if (hiddenUnits < 1 || hiddenUnits > 4096) return "An RBM needs 1 to 4,096 hidden units.";
  if (gibbsSteps < 1 || gibbsSteps > 10000) return "CD-k needs 1 to 10,000 Gibbs steps.";
  if (!(minimumDeviation >= 1e-6) || !std::isfinite(minimumDeviation))
    return "The smallest visible deviation σ must be at least 10⁻⁶.";
  if (!(weightDecay >= 0) || !std::isfinite(weightDecay)) return "The weight decay must be ≥ 0.";
  if (!(initialDeviation > 0) || !(initialWeights >= 0) || !std::isfinite(initialDeviation) ||
      !std::isfinite(initialWeights))
    return "The RBM's initial deviation must be positive and its initial weight scale ≥ 0.";
  return OptimizerOptions::validate();
}

nlohmann::json RbmOptions::toJson() const {
  nlohmann::json out = {{"method", "rbm"},
                        {"hiddenUnits", hiddenUnits},
                        {"gibbsSteps", gibbsSteps},
                        {"persistent", persistent},
                        {"learnVariance", learnVariance},
                        {"minimumDeviation", minimumDeviation},
                        {"initialDeviation", initialDeviation},
                        {"initialWeights", initialWeights},
                        {"weightDecay", weightDecay}};
  addTo(out);
  return out;
}

void contrastiveGradient(const RbmEnergy& rbm, ConstPointsRef positives, ConstPointsRef negatives,
                         Eigen::Ref<Eigen::VectorXf> gradient) {
  gradient.setZero();
  rbm.accumulateParameterGradient(
      positives, Vector::Constant(positives.cols(), 1.0f / float(positives.cols())), gradient);
  rbm.accumulateParameterGradient(
      negatives, Vector::Constant(negatives.cols(), -1.0f / float(negatives.cols())), gradient);
}

RbmParameters initialRbm(const Points& data, const RbmOptions& options) {
  const int hiddenUnits = options.hiddenUnits;
  const int d = int(data.rows());
  if (data.cols() < 1) throw DataError("There are no data points to train on.");
  if (d != 2 && d != 3) throw DataError("An RBM trains on 2D or 3D points, not " + std::to_string(d) + "D.");
  if (!data.allFinite()) throw DataError("The data contain NaN or infinite coordinates.");
  const Eigen::VectorXd mean = data.cast<double>().rowwise().mean();
  const Eigen::VectorXd deviation =
      ((data.cast<double>().colwise() - mean).array().square().rowwise().mean()).sqrt().max(1e-3).matrix();
  RbmParameters p;
  p.visibleBias = mean.cast<float>();
  p.hiddenBias = Eigen::VectorXf::Zero(hiddenUnits);
  p.logVariance =
      options.learnVariance
          ? Eigen::VectorXf((2 * (options.initialDeviation * deviation.array()).log()).cast<float>())
          : Eigen::VectorXf::Zero(d);
  p.weights.resize(d, hiddenUnits);
  Random random(options.seed, 3);
  for (int j = 0; j < hiddenUnits; ++j)
    for (int a = 0; a < d; ++a)
      p.weights(a, j) =
          float(2 * options.initialWeights / std::sqrt(hiddenUnits) * deviation[a] * random.normal());
  p.validate();
  return p;
}

RbmTrainer::RbmTrainer(const RbmOptions& options, Points data)
    : options_(options),
      data_(std::move(data)),
      adam_(0, options.adam),
      random_(options.seed, 1),
      chainRandom_(options.seed, 2) {
  if (const auto text = options_.validate(); !text.empty()) throw ArgumentError(text);
  shape_ = initialRbm(data_, options_);
  theta_ = shape_.flatten();
  clampVariance(theta_);
  average_ = theta_;
  gradient_ = Eigen::VectorXf::Zero(theta_.size());
  adam_ = Adam(theta_.size(), options_.adam);
  rebuildModel();
  const Index d = data_.rows(), b = options_.batchSize;
  positives_.resize(d, b);
  negatives_.resize(d, b);
  if (options_.persistent) {
    chains_.resize(d, b);
    for (Index i = 0; i < b; ++i)
      chains_.col(i) = data_.col(Index(random_.below(std::uint64_t(data_.cols()))));
  }
  saveCheckpoint();
}

RbmEnergyPtr RbmTrainer::rbmSnapshot() const {
  RbmParameters p = shape_;
  p.assign(options_.averagingDecay > 0 ? average_ : theta_);
  return std::make_shared<const RbmEnergy>(std::move(p));
}

void RbmTrainer::rebuildModel() {
  shape_.assign(theta_);
  model_ = std::make_shared<const RbmEnergy>(shape_);
}

void RbmTrainer::clampVariance(Eigen::VectorXf& theta) const {
  const Index d = data_.rows();
  auto z = theta.tail(d);
  if (!options_.learnVariance) {
    z.setZero();
    return;
  }
  const float floor = float(2 * std::log(options_.minimumDeviation));
  z = z.cwiseMax(floor).cwiseMin(80.0f);
}

void RbmTrainer::saveCheckpoint() {
  checkpoint_.parameters = theta_;
  checkpoint_.average = average_;
  checkpoint_.adam = adam_.state();
  checkpoint_.chains = chains_;
}

void RbmTrainer::diverge(const std::string& message) {
  theta_ = checkpoint_.parameters;
  average_ = checkpoint_.average;
  adam_.restore(checkpoint_.adam);
  chains_ = checkpoint_.chains;
  rebuildModel();
  throw NumericError(message + " The model was rolled back to its last healthy state.");
}

// One CD-k iteration; ∂loss/∂θ = (1/B)·[Σ ∂F(x⁺ᵢ)/∂θ − Σ ∂F(x⁻ᵢ)/∂θ] (+ κW), then θ ← Adam(θ, ∂loss/∂θ, η).
const TrainingMetrics& RbmTrainer::step() {
  const FlushToZeroScope flushed;  // raw units make subnormal floats, 10-100x slower on many CPUs
  const auto start = std::chrono::steady_clock::now();
  const double learningRate = options_.schedule.at(scheduleProgress(
      metrics_.step, options_.scheduleIterations, metrics_.seconds, options_.scheduleSeconds));
  const std::string rateAdvice = learningRateAdvice(learningRate);

  const Index b = options_.batchSize;
  for (Index i = 0; i < b; ++i)
    positives_.col(i) = data_.col(Index(random_.below(std::uint64_t(data_.cols()))));
  negatives_ = options_.persistent ? chains_ : positives_;
  gibbsSweeps(*model_, negatives_, options_.gibbsSteps, chainRandom_, scratch_);
  if (!negatives_.allFinite()) diverge("The Gibbs chains left the finite numbers: " + rateAdvice);

  const Vector positiveEnergies = model_->energies(positives_);
  const Vector negativeEnergies = model_->energies(negatives_);
  const double dataEnergy = positiveEnergies.cast<double>().mean();
  const double negativeEnergy = negativeEnergies.cast<double>().mean();
  if (!std::isfinite(dataEnergy) || !std::isfinite(negativeEnergy))
    diverge("Training produced a non-finite free energy: " + rateAdvice);
  // F carries a large constant (−Σ_j softplus(c_j) for wide RBMs), so the guard watches the contrast
  // F̄⁺ − F̄⁻ that training acts on, not F itself.
  if (std::abs(dataEnergy - negativeEnergy) > options_.energyLimit) {
    diverge("The free energies are exploding (data and negatives differ by " +
            shortNumber(std::abs(dataEnergy - negativeEnergy)) +
            "): lower the learning rate or raise the smallest deviation σ (now " +
            shortNumber(options_.minimumDeviation) + ").");
  }

  contrastiveGradient(*model_, positives_, negatives_, gradient_);
  const Index weightCount = shape_.weights.size();
  if (options_.weightDecay > 0)
    gradient_.head(weightCount) += float(options_.weightDecay) * theta_.head(weightCount);
  if (!options_.learnVariance) gradient_.tail(data_.rows()).setZero();
  const double gradientNorm = gradient_.norm();
  if (!std::isfinite(gradientNorm)) diverge("The parameter gradient is not finite: " + rateAdvice);
  if (gradientNorm > options_.gradientLimit)
    diverge("The parameter gradient is exploding (norm " + shortNumber(gradientNorm) + "): " + rateAdvice);

  // θ has just produced finite, bounded free energies and gradients: a healthy state to roll back to.
  if (metrics_.step % options_.checkpointEvery == 0) saveCheckpoint();
  adam_.step(theta_, gradient_, learningRate);
  clampVariance(theta_);
  if (!theta_.allFinite()) diverge("The weights became non-finite: " + rateAdvice);
  rebuildModel();
  if (options_.persistent) chains_ = negatives_;
  if (options_.averagingDecay > 0) {
    const double t = double(metrics_.step);
    const float decay = float(std::min(options_.averagingDecay, (1 + t) / (10 + t)));
    average_ = decay * average_ + (1 - decay) * theta_;
  }
  metrics_.step += 1;
  metrics_.loss = dataEnergy - negativeEnergy;
  metrics_.dataEnergy = dataEnergy;
  metrics_.negativeEnergy = negativeEnergy;
  metrics_.gradientNorm = gradientNorm;
  metrics_.learningRate = learningRate;
  metrics_.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return metrics_;
}

}  // namespace ebm
