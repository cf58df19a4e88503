#include "classifier/classifier_network.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/errors.h"
#include "core/random.h"
#include "energy/mlp_kernels.h"

namespace ebm {

using mlp_kernels::ConstMap;
using mlp_kernels::grow;
using mlp_kernels::Map;

namespace {
// Columns per block inside logits(): a 128×256 float layer stays in L2 between its GEMM and its activation.
constexpr Index kClassifierNetworkBlock = 256;
}  // namespace

void ClassifierArchitecture::validate() const {
  trunk.validate();
  if (trunk.conditioningInputs != 0) throw ArgumentError("A classifier takes no conditioning inputs.");
  if (classes < 2 || classes > kMaxClasses) {
    throw ArgumentError("A classifier needs 2 to " + std::to_string(kMaxClasses) + " classes, not " +
                        std::to_string(classes) + ".");
  }
}

Index ClassifierArchitecture::parameterCount() const {
  Index count = 0;
  for (int l = 0; l < trunk.hiddenLayers(); ++l)
    count += Index(trunk.hiddenWidths[std::size_t(l)]) * (trunk.fanIn(l) + 1);
  return count + Index(classes) * (trunk.hiddenWidths.back() + 1);
}

bool ClassifierArchitecture::operator==(const ClassifierArchitecture& other) const {
  return trunk == other.trunk && classes == other.classes;
}

ClassifierNetwork::ClassifierNetwork(ClassifierArchitecture architecture, std::uint64_t seed)
    : architecture_(std::move(architecture)) {
  architecture_.validate();
  computeOffsets();
  parameters_.resize(architecture_.parameterCount());
  Random random(seed);
  const int layers = architecture_.hiddenLayers();
  const auto& widths = architecture_.trunk.hiddenWidths;
  for (int l = 0; l <= layers; ++l) {
    const int fanIn = l == layers ? widths.back() : architecture_.trunk.fanIn(l);
    const int rows = l == layers ? architecture_.classes : widths[std::size_t(l)];
    const double bound = 1.0 / std::sqrt(double(fanIn));
    for (Index i = weightOffset_[std::size_t(l)]; i < biasOffset_[std::size_t(l)] + rows; ++i)
      parameters_[i] = float(random.uniform(-bound, bound));
  }
}

ClassifierNetwork::ClassifierNetwork(ClassifierArchitecture architecture, Eigen::VectorXf parameters)
    : architecture_(std::move(architecture)), parameters_(std::move(parameters)) {
  architecture_.validate();
  computeOffsets();
  if (parameters_.size() != architecture_.parameterCount()) {
    throw ArgumentError("This classifier's shape needs " + std::to_string(architecture_.parameterCount()) +
                        " parameters, but " + std::to_string(parameters_.size()) + " were given.");
  }
}

void ClassifierNetwork::computeOffsets() {
  const auto& trunk = architecture_.trunk;
  Index offset = 0;
  weightOffset_.clear();
  biasOffset_.clear();
  for (int l = 0; l < trunk.hiddenLayers(); ++l) {
    weightOffset_.push_back(offset);
    offset += Index(trunk.hiddenWidths[std::size_t(l)]) * trunk.fanIn(l);
    biasOffset_.push_back(offset);
    offset += trunk.hiddenWidths[std::size_t(l)];
  }
  weightOffset_.push_back(offset);
  biasOffset_.push_back(offset + Index(architecture_.classes) * trunk.hiddenWidths.back());
}

Eigen::Map<const Eigen::MatrixXf> ClassifierNetwork::weights(int l) const {
  const auto& trunk = architecture_.trunk;
  const int layers = trunk.hiddenLayers();
  const Index rows = l == layers ? architecture_.classes : trunk.hiddenWidths[std::size_t(l)];
  const Index cols = l == layers ? trunk.hiddenWidths.back() : trunk.fanIn(l);
  return {parameters_.data() + weightOffset_[std::size_t(l)], rows, cols};
}

Eigen::Map<const Eigen::VectorXf> ClassifierNetwork::bias(int l) const {
  const auto& trunk = architecture_.trunk;
  const Index rows = l == trunk.hiddenLayers() ? architecture_.classes : trunk.hiddenWidths[std::size_t(l)];
  return {parameters_.data() + biasOffset_[std::size_t(l)], rows};
}

void ClassifierNetwork::checkInputs(Index rows) const {
  if (rows != dimension()) {
    throw ArgumentError("The classifier takes " + std::to_string(dimension()) + "D points, not " +
                        std::to_string(rows) + "D ones.");
  }
}

void ClassifierNetwork::logits(ConstPointsRef points, Eigen::Ref<Eigen::MatrixXf> out) const {
  checkInputs(points.rows());
  if (out.rows() != classes() || out.cols() != points.cols())
    throw ArgumentError("The logits need one column per point and one row per class.");
  thread_local MlpWorkspace workspace;
  for (Index begin = 0; begin < points.cols(); begin += kClassifierNetworkBlock) {
    const Index n = std::min(kClassifierNetworkBlock, points.cols() - begin);
    forward(points.middleCols(begin, n), out.middleCols(begin, n), workspace, MlpPass::kEnergy);
  }
}

// zₗ = Wₗaₗ₋₁ (one GEMM per layer; the thin first layer by rank-1 sweeps), then one fused pass
// aₗ = φ(zₗ + bₗ)[, φ'(zₗ + bₗ)]; the logits are one more GEMM, W_out·aₕ + b_out.
void ClassifierNetwork::forward(ConstPointsRef inputs, Eigen::Ref<Eigen::MatrixXf> logits, MlpWorkspace& ws,
                                MlpPass pass) const {
  checkInputs(inputs.rows());
  if (pass == MlpPass::kScoreParameterGradient)
    throw ArgumentError("A classifier has no score-matching pass.");
  const Index n = inputs.cols();
  const auto& trunk = architecture_.trunk;
  const int layers = trunk.hiddenLayers();
  if (int(ws.layers.size()) < layers) ws.layers.resize(std::size_t(layers));
  ws.columns = n;
  ws.pass = pass;
  ws.inputGradientDone = false;
  const Index k = dimension();
  Map(grow(ws.input, k * n), k, n) = inputs;
  const ActivationOutputs outputs =
      pass == MlpPass::kEnergy ? ActivationOutputs::kValue : ActivationOutputs::kValueAndFirst;
  const float* previous = ws.input.data();
  for (int l = 0; l < layers; ++l) {
    const Index h = trunk.hiddenWidths[std::size_t(l)];
    auto& b = ws.layers[std::size_t(l)];
    float* z = grow(b.value, h * n);
    float* first = pass == MlpPass::kEnergy ? nullptr : grow(b.first, h * n);
    if (pass != MlpPass::kEnergy) grow(b.delta, h * n);
    if (l == 0) {
      mlp_kernels::thinProduct(h, k, n, parameters_.data() + weightOffset_[0], previous, z);
    } else {
      Map(z, h, n).noalias() = weights(l) * ConstMap(previous, trunk.fanIn(l), n);
    }
    activationPass(trunk.activation, outputs, h, n, z, parameters_.data() + biasOffset_[std::size_t(l)], z,
                   first, nullptr);
    previous = z;
  }
  logits.noalias() = weights(layers) * ConstMap(previous, trunk.hiddenWidths.back(), n);
  logits.colwise() += bias(layers);
}

// Back-propagation of Σ G·f: δₕ = φ'ₕ ⊙ (W_outᵀG), δₗ₋₁ = φ'ₗ₋₁ ⊙ (Wₗᵀδₗ). With a gradient, collects on the
// way
//   ∂/∂W_out = G aₕᵀ,  ∂/∂b_out = Σᵢ G,  ∂/∂Wₗ = δₗ aₗ₋₁ᵀ,  ∂/∂bₗ = Σᵢ δₗ.
void ClassifierNetwork::backpropagate(const Eigen::Ref<const Eigen::MatrixXf>& g, MlpWorkspace& ws,
                                      float* gradient) const {
  if (ws.pass == MlpPass::kEnergy) throw ArgumentError("The classifier's last forward kept no gradients.");
  const Index n = ws.columns;
  if (g.rows() != classes() || g.cols() != n)
    throw ArgumentError("The logit weights need one column per point and one row per class.");
  const auto& trunk = architecture_.trunk;
  const int layers = trunk.hiddenLayers();
  const Index last = trunk.hiddenWidths.back();
  auto& top = ws.layers[std::size_t(layers - 1)];
  if (gradient) {
    Map(gradient + weightOffset_[std::size_t(layers)], classes(), last).noalias() +=
        g * ConstMap(top.value.data(), last, n).transpose();
    Eigen::Map<Eigen::VectorXf>(gradient + biasOffset_[std::size_t(layers)], classes()) += g.rowwise().sum();
  }
  Map(top.delta.data(), last, n).noalias() = weights(layers).transpose() * g;
  for (int l = layers - 1; l >= 0; --l) {
    const Index h = trunk.hiddenWidths[std::size_t(l)];
    auto& b = ws.layers[std::size_t(l)];
    float* delta = b.delta.data();
    const float* first = b.first.data();
    for (Index i = 0; i < h * n; ++i)
      delta[i] *= first[i];
    const Index fanIn = trunk.fanIn(l);
    ConstMap deltaMap(delta, h, n);
    if (gradient) {
      const float* below = l == 0 ? ws.input.data() : ws.layers[std::size_t(l - 1)].value.data();
      Map(gradient + weightOffset_[std::size_t(l)], h, fanIn).noalias() +=
          deltaMap * ConstMap(below, fanIn, n).transpose();
      Eigen::Map<Eigen::VectorXf>(gradient + biasOffset_[std::size_t(l)], h) += deltaMap.rowwise().sum();
    }
    if (l == 0) break;
    Map(ws.layers[std::size_t(l - 1)].delta.data(), fanIn, n).noalias() = weights(l).transpose() * deltaMap;
  }
}

void ClassifierNetwork::inputGradient(const Eigen::Ref<const Eigen::MatrixXf>& g, PointsRef gradients,
                                      MlpWorkspace& ws) const {
  backpropagate(g, ws, nullptr);
  const Index k = dimension(), n = ws.columns;
  thread_local std::vector<float> out;
  float* buffer = grow(out, k * n);
  mlp_kernels::thinTransposedProduct(architecture_.trunk.hiddenWidths[0], k, n,
                                     parameters_.data() + weightOffset_[0], ws.layers[0].delta.data(),
                                     buffer);
  gradients = ConstMap(buffer, k, n);
  ws.inputGradientDone = true;
}

void ClassifierNetwork::accumulateGradient(const Eigen::Ref<const Eigen::MatrixXf>& g,
                                           Eigen::Ref<Eigen::VectorXf> gradient, MlpWorkspace& ws) const {
  if (ws.pass != MlpPass::kParameterGradient)
    throw ArgumentError("accumulateGradient() needs a forward pass with parameter gradients.");
  if (gradient.size() != parameterCount())
    throw ArgumentError("The gradient must have one entry per parameter.");
  backpropagate(g, ws, gradient.data());
}

}  // namespace ebm
