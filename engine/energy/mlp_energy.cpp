#include "energy/mlp_energy.h"

#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "core/random.h"
#include "energy/mlp_kernels.h"

// The element-wise loops below are pure arithmetic: let GCC use 512-bit vectors where they exist.
#if defined(__GNUC__) && !defined(__clang__)  // a GCC option; clang (the fuzz build) has no such pragma
#pragma GCC target("prefer-vector-width=512")
#endif

namespace ebm {

using mlp_kernels::ConstMap;
using mlp_kernels::grow;
using mlp_kernels::Map;

namespace {
// Columns per block inside evaluate(): a 128×256 float layer (128 KiB) stays in L2 between the GEMM that
// writes it and the activation pass that reads it.
constexpr Index kMlpBlock = 256;
}  // namespace

void MlpArchitecture::validate() const {
  if (dimension != 2 && dimension != 3)
    throw ArgumentError("A neural energy takes 2D or 3D points, not " + std::to_string(dimension) + "D.");
  if (conditioningInputs < 0 || conditioningInputs > 2)
    throw ArgumentError("A neural energy takes 0 to 2 conditioning inputs.");
  if (hiddenWidths.empty()) throw ArgumentError("A neural energy needs at least one hidden layer.");
  for (int w : hiddenWidths) {
    if (w < 1 || w > 4096)
      throw ArgumentError("Hidden layer widths must be between 1 and 4096, not " + std::to_string(w) + ".");
  }
  if (!(activation.beta > 0) || !std::isfinite(activation.beta))
    throw ArgumentError("The Swish β must be a positive number.");
}

Index MlpArchitecture::parameterCount() const {
  Index count = 0;
  for (int l = 0; l < hiddenLayers(); ++l)
    count += Index(hiddenWidths[std::size_t(l)]) * (fanIn(l) + 1);
  return count + hiddenWidths.back() + 1;
}

double MlpArchitecture::forwardFlopsPerPoint() const {
  double flops = 0;
  for (int l = 0; l < hiddenLayers(); ++l)
    flops += 2.0 * hiddenWidths[std::size_t(l)] * fanIn(l);
  return flops + 2.0 * hiddenWidths.back();
}

bool MlpArchitecture::operator==(const MlpArchitecture& o) const {
  return dimension == o.dimension && conditioningInputs == o.conditioningInputs &&
         hiddenWidths == o.hiddenWidths && activation.kind == o.activation.kind &&
         activation.beta == o.activation.beta;
}

MlpEnergy::MlpEnergy(MlpArchitecture architecture, std::uint64_t seed)
    : architecture_(std::move(architecture)) {
  architecture_.validate();
  computeOffsets();
  parameters_.resize(architecture_.parameterCount());
  Random random(seed);
  const int layers = architecture_.hiddenLayers();
  for (int l = 0; l <= layers; ++l) {
    const int fanIn = l == layers ? architecture_.hiddenWidths.back() : architecture_.fanIn(l);
    const double bound = 1.0 / std::sqrt(double(fanIn));
    const Index end =
        biasOffset_[std::size_t(l)] + (l == layers ? 1 : architecture_.hiddenWidths[std::size_t(l)]);
    for (Index i = weightOffset_[std::size_t(l)]; i < end; ++i)
      parameters_[i] = float(random.uniform(-bound, bound));
  }
}

MlpEnergy::MlpEnergy(MlpArchitecture architecture, Eigen::VectorXf parameters)
    : architecture_(std::move(architecture)), parameters_(std::move(parameters)) {
  architecture_.validate();
  computeOffsets();
  if (parameters_.size() != architecture_.parameterCount()) {
    throw ArgumentError("This network shape needs " + std::to_string(architecture_.parameterCount()) +
                        " parameters, but " + std::to_string(parameters_.size()) + " were given.");
  }
}

void MlpEnergy::computeOffsets() {
  Index offset = 0;
  weightOffset_.clear();
  biasOffset_.clear();
  for (int l = 0; l < architecture_.hiddenLayers(); ++l) {
    weightOffset_.push_back(offset);
    offset += Index(architecture_.hiddenWidths[std::size_t(l)]) * architecture_.fanIn(l);
    biasOffset_.push_back(offset);
    offset += architecture_.hiddenWidths[std::size_t(l)];
  }
  weightOffset_.push_back(offset);
  biasOffset_.push_back(offset + architecture_.hiddenWidths.back());
}

Eigen::Map<const Eigen::MatrixXf> MlpEnergy::weights(int l) const {
  const int layers = architecture_.hiddenLayers();
  const Index rows = l == layers ? 1 : architecture_.hiddenWidths[std::size_t(l)];
  const Index cols = l == layers ? architecture_.hiddenWidths.back() : architecture_.fanIn(l);
  return {parameters_.data() + weightOffset_[std::size_t(l)], rows, cols};
}

Eigen::Map<const Eigen::VectorXf> MlpEnergy::bias(int l) const {
  const int layers = architecture_.hiddenLayers();
  const Index rows = l == layers ? 1 : architecture_.hiddenWidths[std::size_t(l)];
  return {parameters_.data() + biasOffset_[std::size_t(l)], rows};
}

std::string MlpEnergy::describe() const {
  std::ostringstream text;
  text << "Neural energy " << architecture_.inputs();
  for (int w : architecture_.hiddenWidths)
    text << "→" << w;
  text << "→1 (" << activationName(architecture_.activation.kind) << ")";
  return text.str();
}

void MlpEnergy::checkInputs(Index rows) const {
  if (rows == architecture_.inputs()) return;
  if (architecture_.conditioningInputs > 0 && rows == architecture_.dimension) {
    throw ArgumentError(
        "This neural energy is noise-conditional: draw or sample it at one noise level "
        "(energyAtNoiseLevel).");
  }
  throw ArgumentError("The neural energy takes " + std::to_string(architecture_.inputs()) +
                      " inputs per point, not " + std::to_string(rows) + ".");
}

void MlpEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  checkInputs(points.rows());
  thread_local MlpWorkspace workspace;
  for (Index begin = 0; begin < points.cols(); begin += kMlpBlock) {
    const Index n = std::min(kMlpBlock, points.cols() - begin);
    forward(points.middleCols(begin, n), energies.segment(begin, n), workspace, MlpPass::kEnergy);
  }
}

void MlpEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const {
  checkInputs(points.rows());
  thread_local MlpWorkspace workspace;
  for (Index begin = 0; begin < points.cols(); begin += kMlpBlock) {
    const Index n = std::min(kMlpBlock, points.cols() - begin);
    forward(points.middleCols(begin, n), energies.segment(begin, n), workspace, MlpPass::kInputGradient);
    inputGradient(gradients.middleCols(begin, n), workspace);
  }
}

void MlpEnergy::prepare(MlpWorkspace& ws, Index n, MlpPass pass) const {
  const int layers = architecture_.hiddenLayers();
  if (int(ws.layers.size()) < layers) ws.layers.resize(std::size_t(layers));
  ws.columns = n;
  ws.pass = pass;
  ws.inputGradientDone = false;
  grow(ws.input, architecture_.inputs() * n);
  for (int l = 0; l < layers; ++l) {
    auto& b = ws.layers[std::size_t(l)];
    const Index size = Index(architecture_.hiddenWidths[std::size_t(l)]) * n;
    grow(b.value, size);
    if (pass == MlpPass::kEnergy) continue;
    grow(b.first, size);
    grow(b.delta, size);
    if (pass != MlpPass::kScoreParameterGradient) continue;
    grow(b.second, size);
    grow(b.upstream, size);
    grow(b.deltaBar, size);
    grow(b.upstreamBar, size);
    grow(b.zBar, size);
  }
  if (pass == MlpPass::kEnergy || pass == MlpPass::kScoreParameterGradient) {
    // Energy passes ping-pong between layer 0's value buffer and `spare`: both as wide as the widest layer.
    Index widest = 0;
    for (int w : architecture_.hiddenWidths)
      widest = std::max<Index>(widest, w);
    grow(ws.spare, widest * n);
    grow(ws.layers[0].value, widest * n);
  }
}

// zₗ = Wₗaₗ₋₁ (one GEMM per layer; the thin first layer by rank-1 sweeps), then one fused pass
// aₗ = φ(zₗ + bₗ), φ'(zₗ + bₗ)[, φ''(zₗ + bₗ)]. Energy-only passes fold the last layer into
// E = w·φ(z + b) + b_out and ping-pong between two buffers.
void MlpEnergy::forward(ConstPointsRef inputs, VectorRef energies, MlpWorkspace& ws, MlpPass pass) const {
  checkInputs(inputs.rows());
  const Index n = inputs.cols();
  prepare(ws, n, pass);
  const int layers = architecture_.hiddenLayers();
  const Index k = architecture_.inputs();
  Map(ws.input.data(), k, n) = inputs;
  const ActivationSpec& act = architecture_.activation;
  const ActivationOutputs outputs = pass == MlpPass::kEnergy ? ActivationOutputs::kValue
                                    : pass == MlpPass::kScoreParameterGradient
                                        ? ActivationOutputs::kValueFirstAndSecond
                                        : ActivationOutputs::kValueAndFirst;
  const float* previous = ws.input.data();
  for (int l = 0; l < layers; ++l) {
    const Index h = architecture_.hiddenWidths[std::size_t(l)];
    auto& b = ws.layers[std::size_t(l)];
    float* z = b.value.data();
    if (pass == MlpPass::kEnergy) z = l % 2 == 0 ? ws.layers[0].value.data() : ws.spare.data();
    if (l == 0) {
      mlp_kernels::thinProduct(h, k, n, parameters_.data() + weightOffset_[0], previous, z);
    } else {
      Map(z, h, n).noalias() = weights(l) * ConstMap(previous, architecture_.fanIn(l), n);
    }
    const float* bl = parameters_.data() + biasOffset_[std::size_t(l)];
    if (pass == MlpPass::kEnergy && l == layers - 1) {
      activationDotPass(act, h, n, z, bl, parameters_.data() + weightOffset_[std::size_t(layers)],
                        parameters_[biasOffset_[std::size_t(layers)]], energies.data());
      return;
    }
    activationPass(act, outputs, h, n, z, bl, z, b.first.empty() ? nullptr : b.first.data(),
                   b.second.empty() ? nullptr : b.second.data());
    previous = z;
  }
  // E = w·a_H + b_out for every column.
  const Index last = architecture_.hiddenWidths.back();
  energies.noalias() = ConstMap(previous, last, n).transpose() * weights(layers).transpose();
  energies.array() += parameters_[biasOffset_[std::size_t(layers)]];
}

// Back-propagation of E alone: δ_H = φ'_H ⊙ w, uₗ₋₁ = Wₗᵀδₗ, δₗ₋₁ = φ'ₗ₋₁ ⊙ uₗ₋₁, ∇ₓE = W₁ᵀδ₁.
// Score passes keep uₗ apart from δₗ (the second-order pass needs both).
void MlpEnergy::inputGradient(PointsRef gradients, MlpWorkspace& ws) const {
  if (ws.pass == MlpPass::kEnergy)
    throw ArgumentError("inputGradient() needs a forward pass with gradients.");
  const int layers = architecture_.hiddenLayers();
  const Index n = ws.columns;
  const bool keepUpstream = ws.pass == MlpPass::kScoreParameterGradient;
  {
    const Index h = architecture_.hiddenWidths.back();
    auto& b = ws.layers[std::size_t(layers - 1)];
    const float* w = parameters_.data() + weightOffset_[std::size_t(layers)];
    for (Index c = 0; c < n; ++c) {
      for (Index r = 0; r < h; ++r)
        b.delta[std::size_t(c * h + r)] = b.first[std::size_t(c * h + r)] * w[r];
    }
  }
  for (int l = layers - 1; l > 0; --l) {
    const Index h = architecture_.hiddenWidths[std::size_t(l - 1)];
    auto& below = ws.layers[std::size_t(l - 1)];
    float* u = keepUpstream ? below.upstream.data() : below.delta.data();
    Map(u, h, n).noalias() = weights(l).transpose() * ConstMap(ws.layers[std::size_t(l)].delta.data(),
                                                               architecture_.hiddenWidths[std::size_t(l)], n);
    const Index size = h * n;
    float* delta = below.delta.data();
    const float* first = below.first.data();
    for (Index i = 0; i < size; ++i)
      delta[i] = first[i] * u[i];
  }
  const Index k = architecture_.inputs();
  thread_local std::vector<float> out;
  float* g = grow(out, k * n);
  mlp_kernels::thinTransposedProduct(architecture_.hiddenWidths[0], k, n,
                                     parameters_.data() + weightOffset_[0], ws.layers[0].delta.data(), g);
  gradients = ConstMap(g, k, n);
  ws.inputGradientDone = true;
}

// ∂/∂θ Σᵢ gᵢEᵢ: the same back-propagation started from δ_H = gᵢ·φ'_H ⊙ w, collecting
//   ∂/∂Wₗ = δₗ aₗ₋₁ᵀ,  ∂/∂bₗ = Σᵢ δₗ,  ∂/∂w = Σᵢ gᵢ a_H,  ∂/∂b_out = Σᵢ gᵢ.
void MlpEnergy::accumulateEnergyGradient(ConstVectorRef g, Eigen::Ref<Eigen::VectorXf> gradient,
                                         MlpWorkspace& ws) const {
  if (ws.pass != MlpPass::kParameterGradient && ws.pass != MlpPass::kScoreParameterGradient)
    throw ArgumentError("accumulateEnergyGradient() needs a forward pass with parameter gradients.");
  const int layers = architecture_.hiddenLayers();
  const Index n = ws.columns;
  const Index last = architecture_.hiddenWidths.back();
  auto& top = ws.layers[std::size_t(layers - 1)];
  gradient.segment(weightOffset_[std::size_t(layers)], last).noalias() +=
      ConstMap(top.value.data(), last, n) * g;
  gradient[biasOffset_[std::size_t(layers)]] += g.sum();
  const float* w = parameters_.data() + weightOffset_[std::size_t(layers)];
  for (Index c = 0; c < n; ++c) {
    const float gc = g[c];
    for (Index r = 0; r < last; ++r)
      top.delta[std::size_t(c * last + r)] = gc * top.first[std::size_t(c * last + r)] * w[r];
  }
  for (int l = layers - 1; l >= 0; --l) {
    const Index h = architecture_.hiddenWidths[std::size_t(l)];
    const Index fanIn = architecture_.fanIn(l);
    ConstMap delta(ws.layers[std::size_t(l)].delta.data(), h, n);
    const float* below = l == 0 ? ws.input.data() : ws.layers[std::size_t(l - 1)].value.data();
    Map(gradient.data() + weightOffset_[std::size_t(l)], h, fanIn).noalias() +=
        delta * ConstMap(below, fanIn, n).transpose();
    gradient.segment(biasOffset_[std::size_t(l)], h) += delta.rowwise().sum();
    if (l == 0) break;
    auto& lower = ws.layers[std::size_t(l - 1)];
    Map(lower.delta.data(), fanIn, n).noalias() = weights(l).transpose() * delta;
    const Index size = fanIn * n;
    for (Index i = 0; i < size; ++i)
      lower.delta[std::size_t(i)] *= lower.first[std::size_t(i)];
  }
}

}  // namespace ebm
