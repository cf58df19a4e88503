// The exact parameter gradient of a loss built from ∇ₓE (score matching), by reverse-over-reverse.
//
// Why reverse-over-reverse and not a forward-carried input Jacobian: with hidden widths h and D inputs, a
// point costs (in h×h GEMM units per hidden-to-hidden layer) 1 forward + 1 backward for ∇ₓE, then 4 for
// the reverse of both: 6 in all. Carrying J = ∂a/∂x (h×D per point) forward costs 1 + D forward and
// 2·(1 + D) backward: 9 for D = 2, 12 for D = 3 (and more again with a conditioning input). The measured
// DSM iteration (bench W4) runs at the same GEMM efficiency as the forward pass, so the FLOP count decides.
#include <string>

#include "core/errors.h"
#include "energy/mlp_energy.h"
#include "energy/mlp_kernels.h"

// The element-wise loops below are pure arithmetic: let GCC use 512-bit vectors where they exist.
#if defined(__GNUC__) && !defined(__clang__)  // a GCC option; clang (the fuzz build) has no such pragma
#pragma GCC target("prefer-vector-width=512")
#endif

namespace ebm {

using mlp_kernels::ConstMap;
using mlp_kernels::Map;

// With the stored forward (aₗ, φ'ₗ, φ''ₗ) and backward (uₗ = Wₗ₊₁ᵀδₗ₊₁, δₗ = φ'ₗ ⊙ uₗ, ∇ₓE = W₀ᵀδ₀)
// of the last passes, and L = Σᵢ ⟨Gᵢ, ∇ₓE(xᵢ)⟩, reverse the backward pass first:
//   δ̄₀ = W₀G,                      W̄₀ += δ₀Gᵀ
//   ūₗ = φ'ₗ ⊙ δ̄ₗ,   z̄ₗ = φ''ₗ ⊙ uₗ ⊙ δ̄ₗ
//   δ̄ₗ₊₁ = Wₗ₊₁ūₗ,                 W̄ₗ₊₁ += δₗ₊₁ūₗᵀ
//   (top layer, δ_H = φ'_H ⊙ w):    w̄ += Σᵢ φ'_H ⊙ δ̄_H,   z̄_H = φ''_H ⊙ w ⊙ δ̄_H
// then the forward pass, from the top down:
//   b̄ₗ += Σᵢ z̄ₗ,   W̄ₗ += z̄ₗaₗ₋₁ᵀ,   z̄ₗ₋₁ += φ'ₗ₋₁ ⊙ (Wₗᵀz̄ₗ).
void MlpEnergy::accumulateScoreGradient(ConstPointsRef scoreWeights, Eigen::Ref<Eigen::VectorXf> gradient,
                                        MlpWorkspace& ws) const {
  if (ws.pass != MlpPass::kScoreParameterGradient || !ws.inputGradientDone) {
    throw ArgumentError(
        "accumulateScoreGradient() needs forward(kScoreParameterGradient) and inputGradient() first.");
  }
  const int layers = architecture_.hiddenLayers();
  const Index n = ws.columns, k = architecture_.inputs();
  if (scoreWeights.rows() != k || scoreWeights.cols() != n)
    throw ArgumentError("The score weights must have one column per point and one row per input.");
  const auto width = [&](int l) { return Index(architecture_.hiddenWidths[std::size_t(l)]); };
  float* theta = gradient.data();

  // The thin input layer, through a contiguous copy of G.
  {
    auto& b0 = ws.layers[0];
    thread_local std::vector<float> g;
    float* gc = mlp_kernels::grow(g, k * n);
    Map(gc, k, n) = scoreWeights;
    mlp_kernels::thinProduct(width(0), k, n, parameters_.data() + weightOffset_[0], gc, b0.deltaBar.data());
    Map(theta + weightOffset_[0], width(0), k).noalias() +=
        ConstMap(b0.delta.data(), width(0), n) * ConstMap(gc, k, n).transpose();
  }
  for (int l = 0; l < layers; ++l) {
    auto& b = ws.layers[std::size_t(l)];
    const Index size = width(l) * n;
    const float* first = b.first.data();
    const float* second = b.second.data();
    const float* deltaBar = b.deltaBar.data();
    float* zBar = b.zBar.data();
    if (l == layers - 1) {
      // δ_H = φ'_H ⊙ w: the output weights play the role of u.
      const Index h = width(l);
      const float* w = parameters_.data() + weightOffset_[std::size_t(layers)];
      float* wBar = theta + weightOffset_[std::size_t(layers)];
      float* uBar = b.upstreamBar.data();
      for (Index c = 0; c < n; ++c) {
        for (Index r = 0; r < h; ++r) {
          const Index i = c * h + r;
          uBar[i] = first[i] * deltaBar[i];
          zBar[i] = second[i] * w[r] * deltaBar[i];
        }
      }
      Eigen::Map<Eigen::VectorXf>(wBar, h) += ConstMap(uBar, h, n).rowwise().sum();
      break;
    }
    const float* u = b.upstream.data();
    float* uBar = b.upstreamBar.data();
    for (Index i = 0; i < size; ++i) {
      uBar[i] = first[i] * deltaBar[i];
      zBar[i] = second[i] * u[i] * deltaBar[i];
    }
    auto& above = ws.layers[std::size_t(l + 1)];
    ConstMap uBarMap(uBar, width(l), n);
    Map(above.deltaBar.data(), width(l + 1), n).noalias() = weights(l + 1) * uBarMap;
    Map(theta + weightOffset_[std::size_t(l + 1)], width(l + 1), width(l)).noalias() +=
        ConstMap(above.delta.data(), width(l + 1), n) * uBarMap.transpose();
  }
  for (int l = layers - 1; l >= 0; --l) {
    const Index h = width(l), fanIn = architecture_.fanIn(l);
    ConstMap zBar(ws.layers[std::size_t(l)].zBar.data(), h, n);
    Eigen::Map<Eigen::VectorXf>(theta + biasOffset_[std::size_t(l)], h) += zBar.rowwise().sum();
    const float* below = l == 0 ? ws.input.data() : ws.layers[std::size_t(l - 1)].value.data();
    Map(theta + weightOffset_[std::size_t(l)], h, fanIn).noalias() +=
        zBar * ConstMap(below, fanIn, n).transpose();
    if (l == 0) break;
    Map(ws.spare.data(), fanIn, n).noalias() = weights(l).transpose() * zBar;
    auto& lower = ws.layers[std::size_t(l - 1)];
    const Index size = fanIn * n;
    const float* aBar = ws.spare.data();
    const float* first = lower.first.data();
    float* lowerZBar = lower.zBar.data();
    for (Index i = 0; i < size; ++i)
      lowerZBar[i] += first[i] * aBar[i];
  }
}

}  // namespace ebm
