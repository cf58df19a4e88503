#include "classifier/classifier_loss.h"

#include <algorithm>
#include <cmath>

#include "classifier/classifier_energy.h"
#include "core/errors.h"

namespace ebm {
namespace {

// One chunk's logits, and (for gradients) the chunk's G = ∂L/∂f filled in by the caller.
struct ChunkLogits {
  Eigen::MatrixXf logits, weights;
  std::vector<float> scaled;
};

ChunkLogits& chunkLogits(const ClassifierNetwork& network, ConstPointsRef points, MlpWorkspace& workspace,
                         bool withGradient) {
  thread_local ChunkLogits chunk;
  chunk.logits.resize(network.classes(), points.cols());
  chunk.weights.setZero(network.classes(), points.cols());
  network.forward(points, chunk.logits, workspace,
                  withGradient ? MlpPass::kParameterGradient : MlpPass::kEnergy);
  return chunk;
}

// E = −T·logsumexp(f/T) of column i, and softmax(f/T) into `tempered` (K values).
double energyAndTempered(const float* f, int k, double temperature, std::vector<float>& scaled,
                         float* tempered) {
  scaled.resize(std::size_t(k));
  for (int y = 0; y < k; ++y)
    scaled[std::size_t(y)] = float(f[y] / temperature);
  const double lse = logSumExp(scaled.data(), k);
  for (int y = 0; y < k; ++y)
    tempered[y] = float(std::exp(double(scaled[std::size_t(y)]) - lse));
  return -temperature * lse;
}

}  // namespace

void ClassifierLossSums::add(const ClassifierLossSums& o) {
  crossEntropy += o.crossEntropy;
  penaltyIn += o.penaltyIn;
  penaltyOut += o.penaltyOut;
  energyIn += o.energyIn;
  energyOut += o.energyOut;
  correct += o.correct;
}

// Per point: CE = logsumexp(f) − f_y with ∂CE/∂f = softmax(f) − onehot(y); the margin term
// P = ReLU(E − m_in)² with ∂P/∂f = 2·ReLU(E − m_in)·∂E/∂f = −2·ReLU(E − m_in)·softmax(f/T).
void addLabelledTerms(const ClassifierNetwork& network, ConstPointsRef points, const int* labels,
                      const EnergyMargins& margins, double scale, MlpWorkspace& workspace,
                      Eigen::VectorXf* gradient, ClassifierLossSums& sums) {
  const int k = network.classes();
  ChunkLogits& c = chunkLogits(network, points, workspace, gradient != nullptr);
  std::vector<float> tempered(static_cast<std::size_t>(k));
  for (Index i = 0; i < points.cols(); ++i) {
    const int y = labels[i];
    if (y < 0 || y >= k) throw ArgumentError("A label lies outside the classifier's classes.");
    const float* f = c.logits.col(i).data();
    const double lse = logSumExp(f, k);
    sums.crossEntropy += lse - double(f[y]);
    sums.correct += int(std::max_element(f, f + k) - f) == y;
    const double e = energyAndTempered(f, k, margins.temperature, c.scaled, tempered.data());
    sums.energyIn += e;
    const double excess = std::max(0.0, e - margins.marginIn);
    sums.penaltyIn += excess * excess;
    if (!gradient) continue;
    for (int j = 0; j < k; ++j) {
      const double dCe = std::exp(double(f[j]) - lse) - (j == y ? 1.0 : 0.0);
      const double dPenalty = -2.0 * excess * double(tempered[std::size_t(j)]);
      c.weights(j, i) = float(scale * (dCe + margins.weight * dPenalty));
    }
  }
  if (gradient) network.accumulateGradient(c.weights, *gradient, workspace);
}

// Per outlier: P = ReLU(m_out − E)² with ∂P/∂f = −2·ReLU(m_out − E)·∂E/∂f = 2·ReLU(m_out − E)·softmax(f/T).
void addOutlierTerms(const ClassifierNetwork& network, ConstPointsRef outliers, const EnergyMargins& margins,
                     double scale, MlpWorkspace& workspace, Eigen::VectorXf* gradient,
                     ClassifierLossSums& sums) {
  const int k = network.classes();
  ChunkLogits& c = chunkLogits(network, outliers, workspace, gradient != nullptr);
  std::vector<float> tempered(static_cast<std::size_t>(k));
  for (Index i = 0; i < outliers.cols(); ++i) {
    const double e =
        energyAndTempered(c.logits.col(i).data(), k, margins.temperature, c.scaled, tempered.data());
    sums.energyOut += e;
    const double shortfall = std::max(0.0, margins.marginOut - e);
    sums.penaltyOut += shortfall * shortfall;
    if (!gradient) continue;
    for (int j = 0; j < k; ++j)
      c.weights(j, i) = float(scale * margins.weight * 2.0 * shortfall * double(tempered[std::size_t(j)]));
  }
  if (gradient) network.accumulateGradient(c.weights, *gradient, workspace);
}

double classifierLoss(const ClassifierNetwork& network, ConstPointsRef points, const std::vector<int>& labels,
                      ConstPointsRef outliers, const EnergyMargins& margins, Eigen::VectorXf* gradient,
                      ClassifierLossSums* sumsOut) {
  if (Index(labels.size()) != points.cols()) throw ArgumentError("Each point needs one label.");
  if (points.cols() == 0) throw ArgumentError("The loss needs labelled points.");
  if (gradient) gradient->setZero(network.parameterCount());
  MlpWorkspace workspace;
  ClassifierLossSums sums;
  const double n = double(points.cols());
  addLabelledTerms(network, points, labels.data(), margins, 1.0 / n, workspace, gradient, sums);
  double loss = sums.crossEntropy / n + margins.weight * sums.penaltyIn / n;
  if (outliers.cols() > 0) {
    const double m = double(outliers.cols());
    addOutlierTerms(network, outliers, margins, 1.0 / m, workspace, gradient, sums);
    loss += margins.weight * sums.penaltyOut / m;
  }
  if (sumsOut) *sumsOut = sums;
  return loss;
}

}  // namespace ebm
