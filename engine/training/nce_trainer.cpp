#include "training/nce_trainer.h"

#include <cmath>
#include <numbers>
#include <sstream>

#include "core/errors.h"

namespace ebm {
namespace {

// softplus(t) = log(1 + eᵗ) and sigmoid(t), in double, for any t.
double softplus(double t) {
  return t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t));
}
double sigmoid(double t) {
  return t >= 0 ? 1 / (1 + std::exp(-t)) : std::exp(t) / (1 + std::exp(t));
}

}  // namespace

std::string NceOptions::validate() const {
  if (auto text = TrainerOptions::validate(); !text.empty()) return text;
  if (architecture.conditioningInputs != 0) return "NCE trains an unconditional network.";
  if (noiseRatio < 1 || noiseRatio > 1000) return "NCE needs 1 to 1,000 noise samples per data point.";
  if (!(noiseWidening > 0) || !std::isfinite(noiseWidening))
    return "The noise widening must be a positive number.";
  return "";
}

nlohmann::json NceOptions::toJson() const {
  nlohmann::json j = TrainerOptions::toJson();
  j["method"] = "nce";
  j["noiseRatio"] = noiseRatio;
  j["noiseWidening"] = noiseWidening;
  return j;
}

NceTrainer::NceTrainer(const NceOptions& options, Points data)
    : MlpTrainer(options, std::move(data)), nce_(options) {
  if (const auto text = nce_.validate(); !text.empty()) throw ArgumentError(text);
  const Index d = data_.rows(), b = nce_.batchSize, n = data_.cols();
  const Eigen::MatrixXd x = data_.cast<double>();
  noiseMean_ = x.rowwise().mean();
  const Eigen::MatrixXd centred = x.colwise() - noiseMean_;
  noiseCovariance_ = centred * centred.transpose() / double(std::max<Index>(n - 1, 1));
  noiseCovariance_ *= nce_.noiseWidening * nce_.noiseWidening;
  Eigen::LLT<Eigen::MatrixXd> cholesky(noiseCovariance_);
  const double scale = noiseCovariance_.trace() / double(d);
  if (cholesky.info() != Eigen::Success || !(scale > 0) ||
      cholesky.matrixL().toDenseMatrix().diagonal().minCoeff() < 1e-6 * std::sqrt(scale)) {
    throw DataError(
        "NCE needs data that spread in every direction: these points lie on a line or plane, so there is no "
        "Gaussian noise to contrast them with.");
  }
  noiseFactor_ = cholesky.matrixL();
  noiseLogNormalizer_ =
      -0.5 * double(d) * std::log(2 * std::numbers::pi) - noiseFactor_.diagonal().array().log().sum();
  batch_.resize(d, b * (1 + nce_.noiseRatio));
  noise_.resize(d, b * nce_.noiseRatio);
  energies_.resize(batch_.cols());
  logNoiseRatio_.resize(batch_.cols());
  chunkLoss_.resize(std::size_t((batch_.cols() + chunkSize(batch_.cols()) - 1) / chunkSize(batch_.cols())));
}

double NceTrainer::logNormalizer() const {
  const MlpEnergyPtr network = modelSnapshot();
  return network->bias(network->architecture().hiddenLayers())[0];
}

nlohmann::json NceTrainer::settings() const {
  nlohmann::json j = nce_.toJson();
  j["noiseMean"] = std::vector<double>(noiseMean_.data(), noiseMean_.data() + noiseMean_.size());
  nlohmann::json covariance = nlohmann::json::array();
  for (Index r = 0; r < noiseCovariance_.rows(); ++r) {
    const Eigen::VectorXd row = noiseCovariance_.row(r);
    covariance.push_back(std::vector<double>(row.data(), row.data() + row.size()));
  }
  j["noiseCovariance"] = covariance;
  return j;
}

std::string NceTrainer::explodingEnergyAdvice() const {
  std::ostringstream text;
  text << "lower the learning rate, or draw more noise per data point (now ν = " << nce_.noiseRatio << ").";
  return text.str();
}

// Noise y = μ + L·ξ; log(ν·p_n(u)) = log ν − ½‖L⁻¹(u − μ)‖² − ½ log det(2πΣ) for every column of the batch
// [data | noise]; then per chunk the forward pass, G = −E − log(ν·p_n) and the weights gᵤ of the header.
MlpTrainer::Iteration NceTrainer::computeGradient(Eigen::VectorXf& gradient) {
  const Index b = nce_.batchSize, count = data_.cols(), total = batch_.cols();
  for (Index i = 0; i < b; ++i)
    batch_.col(i) = data_.col(Index(random_.below(std::uint64_t(count))));
  random_.fillNormal(noise_);
  noise_ = ((noiseFactor_.cast<float>() * noise_).colwise() + noiseMean_.cast<float>()).eval();
  batch_.rightCols(noise_.cols()) = noise_;
  const double logRatio = std::log(double(nce_.noiseRatio));
  const Eigen::MatrixXd whitened =
      noiseFactor_.triangularView<Eigen::Lower>().solve(batch_.cast<double>().colwise() - noiseMean_);
  logNoiseRatio_ = (logRatio + noiseLogNormalizer_ - 0.5 * whitened.colwise().squaredNorm().array())
                       .cast<float>()
                       .matrix();

  const float inverse = 1.0f / float(b);
  accumulateOverChunks(total, gradient,
                       [&](Index chunk, Index begin, Index end, MlpWorkspace& ws, Eigen::VectorXf& g) {
                         const Index n = end - begin;
                         auto e = energies_.segment(begin, n);
                         model_.forward(batch_.middleCols(begin, n), e, ws, MlpPass::kParameterGradient);
                         thread_local Vector weights;
                         weights.resize(n);
                         double loss = 0;
                         for (Index i = 0; i < n; ++i) {
                           const double logOdds = -double(e[i]) - double(logNoiseRatio_[begin + i]);
                           if (begin + i < b) {
                             loss += softplus(-logOdds);
                             weights[i] = float(sigmoid(-logOdds)) * inverse;
                           } else {
                             loss += softplus(logOdds);
                             weights[i] = -float(sigmoid(logOdds)) * inverse;
                           }
                         }
                         chunkLoss_[std::size_t(chunk)] = loss;
                         model_.accumulateEnergyGradient(weights, g, ws);
                       });
  Iteration it;
  for (double l : chunkLoss_)
    it.loss += l;
  it.loss /= double(b);
  it.dataEnergy = energies_.head(b).cast<double>().mean();
  it.negativeEnergy = energies_.tail(total - b).cast<double>().mean();
  return it;
}

}  // namespace ebm
