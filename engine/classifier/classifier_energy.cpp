#include "classifier/classifier_energy.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "core/parallel.h"
#include "energy/activation.h"

namespace ebm {
namespace {

constexpr Index kClassifierEnergyBlock = 256;

// E = −T·logsumexp(f/T) of one column of logits.
float energyOf(const float* f, int k, double temperature, std::vector<float>& scaled) {
  scaled.resize(std::size_t(k));
  for (int j = 0; j < k; ++j)
    scaled[std::size_t(j)] = float(f[j] / temperature);
  return float(-temperature * logSumExp(scaled.data(), k));
}

}  // namespace

double logSumExp(const float* f, int count) {
  const float top = *std::max_element(f, f + count);
  if (!std::isfinite(top)) return double(top);
  double sum = 0;
  for (int j = 0; j < count; ++j)
    sum += std::exp(double(f[j]) - double(top));
  return double(top) + std::log(sum);
}

ClassifierEnergy::ClassifierEnergy(ClassifierNetworkPtr network, double temperature)
    : network_(std::move(network)), temperature_(temperature) {
  if (!network_) throw ArgumentError("A classifier energy needs a network.");
  if (!(temperature_ > 0) || !std::isfinite(temperature_))
    throw ArgumentError("The classifier energy's temperature must be a positive number.");
}

std::string ClassifierEnergy::describe() const {
  const auto& a = network_->architecture();
  std::ostringstream text;
  text << "Classifier energy " << a.trunk.dimension;
  for (int w : a.trunk.hiddenWidths)
    text << "→" << w;
  text << "→" << a.classes << " logits (" << activationName(a.trunk.activation.kind) << ")";
  return text.str();
}

void ClassifierEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  const int k = classes();
  thread_local Eigen::MatrixXf logits;
  thread_local std::vector<float> scaled;
  for (Index begin = 0; begin < points.cols(); begin += kClassifierEnergyBlock) {
    const Index n = std::min(kClassifierEnergyBlock, points.cols() - begin);
    logits.resize(k, n);
    network_->logits(points.middleCols(begin, n), logits);
    for (Index i = 0; i < n; ++i)
      energies[begin + i] = energyOf(logits.col(i).data(), k, temperature_, scaled);
  }
}

// ∂E/∂f_y = −softmax(f/T)_y, so ∇ₓE is the backward pass of the logits weighted by G = −softmax(f/T).
void ClassifierEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                            PointsRef gradients) const {
  const int k = classes();
  thread_local MlpWorkspace workspace;
  thread_local Eigen::MatrixXf logits, weights;
  thread_local std::vector<float> scaled;
  for (Index begin = 0; begin < points.cols(); begin += kClassifierEnergyBlock) {
    const Index n = std::min(kClassifierEnergyBlock, points.cols() - begin);
    logits.resize(k, n);
    weights.resize(k, n);
    network_->forward(points.middleCols(begin, n), logits, workspace, MlpPass::kInputGradient);
    for (Index i = 0; i < n; ++i) {
      const float e = energyOf(logits.col(i).data(), k, temperature_, scaled);
      energies[begin + i] = e;
      // softmax(f/T)_y = exp(f_y/T − logsumexp(f/T)) = exp((f_y + E)/T), as E = −T·logsumexp(f/T).
      for (int y = 0; y < k; ++y)
        weights(y, i) = -float(std::exp((double(logits(y, i)) + double(e)) / temperature_));
    }
    network_->inputGradient(weights, gradients.middleCols(begin, n), workspace);
  }
}

ClassifierEnergy::Predictions ClassifierEnergy::predict(ConstPointsRef points) const {
  const Index n = points.cols();
  const int k = classes();
  Eigen::MatrixXf logits(k, n);
  parallelFor(n, 1024, [&](Index begin, Index end) {
    network_->logits(points.middleCols(begin, end - begin), logits.middleCols(begin, end - begin));
  });
  Predictions p;
  p.labels.resize(std::size_t(n));
  p.confidence.resize(n);
  p.energies.resize(n);
  std::vector<float> scaled;
  for (Index i = 0; i < n; ++i) {
    const float* f = logits.col(i).data();
    const int best = int(std::max_element(f, f + k) - f);
    p.labels[std::size_t(i)] = best;
    // max_y softmax(f)_y = exp(f_best − logsumexp f).
    p.confidence[i] = float(std::exp(double(f[best]) - logSumExp(f, k)));
    p.energies[i] = energyOf(f, k, temperature_, scaled);
  }
  return p;
}

}  // namespace ebm
