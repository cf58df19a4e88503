#include "contrastive/encoder.h"

#include <cmath>

#include "core/errors.h"
#include "core/random.h"
#include "energy/mlp_kernels.h"

namespace ebm {

using Map = Eigen::Map<Eigen::MatrixXf>;

void EncoderArchitecture::validate() const {
  if (inputs != 2 && inputs != 3)
    throw ArgumentError("The encoder takes 2D or 3D points, not " + std::to_string(inputs) + "D.");
  if (embedding != 2 && embedding != 3) {
    throw ArgumentError("The encoder embeds on the circle (2) or the sphere (3), not in " +
                        std::to_string(embedding) + " dimensions.");
  }
  if (hiddenWidths.empty()) throw ArgumentError("The encoder needs at least one hidden layer.");
  for (int w : hiddenWidths) {
    if (w < 1 || w > 1024)
      throw ArgumentError("Encoder layer widths must be between 1 and 1024, not " + std::to_string(w) + ".");
  }
}

Index EncoderArchitecture::parameterCount() const {
  Index count = 0;
  for (int l = 0; l <= hiddenLayers(); ++l)
    count += Index(fanOut(l)) * (fanIn(l) + 1);
  return count;
}

Encoder::Encoder(EncoderArchitecture architecture, std::uint64_t seed)
    : architecture_(std::move(architecture)) {
  architecture_.validate();
  Index offset = 0;
  for (int l = 0; l <= architecture_.hiddenLayers(); ++l) {
    weightOffset_.push_back(offset);
    offset += Index(architecture_.fanOut(l)) * architecture_.fanIn(l);
    biasOffset_.push_back(offset);
    offset += architecture_.fanOut(l);
  }
  parameters_.resize(offset);
  Random random(seed);
  for (int l = 0; l <= architecture_.hiddenLayers(); ++l) {
    const double bound = 1.0 / std::sqrt(double(architecture_.fanIn(l)));
    const Index end = biasOffset_[std::size_t(l)] + architecture_.fanOut(l);
    for (Index i = weightOffset_[std::size_t(l)]; i < end; ++i)
      parameters_[i] = float(random.uniform(-bound, bound));
  }
}

Eigen::Map<const Eigen::MatrixXf> Encoder::weights(int l) const {
  return {parameters_.data() + weightOffset_[std::size_t(l)], architecture_.fanOut(l),
          architecture_.fanIn(l)};
}

Eigen::Map<const Eigen::VectorXf> Encoder::bias(int l) const {
  return {parameters_.data() + biasOffset_[std::size_t(l)], architecture_.fanOut(l)};
}

Points Encoder::encode(ConstPointsRef points) const {
  thread_local EncoderWorkspace workspace;
  forward(points, workspace);
  return workspace.embedding;
}

// zₗ = Wₗaₗ₋₁ — one product over the whole batch per layer (the thin first layer by rank-1 sweeps) — then one
// fused pass aₗ = φ(zₗ + bₗ), φ'(zₗ + bₗ); last h = W_out·a_H + b_out and g = h/‖h‖.
void Encoder::forward(ConstPointsRef points, EncoderWorkspace& ws) const {
  const EncoderArchitecture& a = architecture_;
  if (points.rows() != a.inputs) {
    throw ArgumentError("The encoder takes " + std::to_string(a.inputs) + " coordinates per point, not " +
                        std::to_string(points.rows()) + ".");
  }
  const Index n = points.cols();
  const int layers = a.hiddenLayers();
  ws.value.resize(std::size_t(layers));
  ws.first.resize(std::size_t(layers));
  ws.input = points;
  const Eigen::MatrixXf* previous = &ws.input;
  for (int l = 0; l < layers; ++l) {
    const Index h = a.fanOut(l);
    Eigen::MatrixXf& z = ws.value[std::size_t(l)];
    z.resize(h, n);
    ws.first[std::size_t(l)].resize(h, n);
    if (l == 0) {
      mlp_kernels::thinProduct(h, a.inputs, n, parameters_.data() + weightOffset_[0], ws.input.data(),
                               z.data());
    } else {
      z.noalias() = weights(l) * *previous;
    }
    activationPass(a.activation, ActivationOutputs::kValueAndFirst, h, n, z.data(),
                   parameters_.data() + biasOffset_[std::size_t(l)], z.data(),
                   ws.first[std::size_t(l)].data(), nullptr);
    previous = &z;
  }
  ws.raw.noalias() = weights(layers) * *previous;
  ws.raw.colwise() += bias(layers);
  // A zero h has no direction: its norm is floored so g stays finite (such a column gets no gradient).
  ws.norms = ws.raw.colwise().norm().transpose().cwiseMax(1e-12f);
  ws.embedding = ws.raw * ws.norms.cwiseInverse().asDiagonal();
}

// Back-propagation through g = h/‖h‖ first: ∂L/∂h = (G − g(g·G))/‖h‖ (the part of G along g would change the
// length, which the normalization forgets). Then the usual chain: δ_out = ∂L/∂h,
// ∂L/∂Wₗ = δₗ aₗ₋₁ᵀ, ∂L/∂bₗ = Σ δₗ, δₗ₋₁ = φ'ₗ₋₁ ⊙ Wₗᵀδₗ.
void Encoder::backward(ConstPointsRef embeddingGradient, Eigen::Ref<Eigen::VectorXf> gradient,
                       EncoderWorkspace& ws) const {
  const EncoderArchitecture& a = architecture_;
  const int layers = a.hiddenLayers();
  const Index n = ws.embedding.cols();
  if (embeddingGradient.rows() != a.embedding || embeddingGradient.cols() != n)
    throw ArgumentError("The embedding gradient does not match the last forward pass.");
  const Eigen::RowVectorXf along = (ws.embedding.array() * embeddingGradient.array()).colwise().sum();
  ws.delta = (embeddingGradient - ws.embedding * along.asDiagonal()) * ws.norms.cwiseInverse().asDiagonal();
  for (int l = layers; l >= 0; --l) {
    const Eigen::MatrixXf& below = l == 0 ? ws.input : ws.value[std::size_t(l - 1)];
    Map(gradient.data() + weightOffset_[std::size_t(l)], a.fanOut(l), a.fanIn(l)).noalias() +=
        ws.delta * below.transpose();
    gradient.segment(biasOffset_[std::size_t(l)], a.fanOut(l)) += ws.delta.rowwise().sum();
    if (l == 0) break;
    ws.below.noalias() = weights(l).transpose() * ws.delta;
    ws.delta = ws.below.cwiseProduct(ws.first[std::size_t(l - 1)]);
  }
}

}  // namespace ebm
