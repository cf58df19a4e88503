// The reusable buffers of one MLP forward/backward pass over a chunk of points (one per thread or chunk).
#pragma once

#include <vector>

#include <Eigen/Core>

#include "core/types.h"

namespace ebm {

/// How much of the network's inner state a forward pass keeps, in order of cost.
enum class MlpPass {
  kEnergy,             ///< E only (two ping-pong buffers)
  kInputGradient,      ///< keeps φ'(z) for ∇ₓE
  kParameterGradient,  ///< keeps φ(z) and φ'(z) for ∂/∂θ Σ gᵢE(xᵢ)
  kScoreParameterGradient,  ///< keeps φ, φ', φ'' and the backward signals for ∂/∂θ Σ ⟨Gᵢ, ∇ₓE(xᵢ)⟩
};

/// Scratch for MlpEnergy's chunk-level passes. Buffers only grow: once a workspace has seen the largest
/// chunk, later passes allocate nothing. Not thread-safe: give each thread (or each chunk) its own.
class MlpWorkspace {
 public:
  using Map = Eigen::Map<Eigen::MatrixXf>;

  /// Per hidden layer l: the buffers one pass needs, each rows(l) × columns floats.
  struct Layer {
    std::vector<float> value;     ///< aₗ = φ(zₗ); in kEnergy passes, the ping-pong buffer
    std::vector<float> first;     ///< φ'(zₗ)
    std::vector<float> second;    ///< φ''(zₗ)
    std::vector<float> delta;     ///< δₗ = ∂E/∂zₗ (weighted by gᵢ in parameter passes)
    std::vector<float> upstream;  ///< uₗ = Wₗ₊₁ᵀδₗ₊₁ (score passes keep it apart from δₗ)
    std::vector<float> deltaBar;  ///< ∂L/∂δₗ   (second-order backward)
    std::vector<float> upstreamBar;  ///< ∂L/∂uₗ
    std::vector<float> zBar;         ///< ∂L/∂zₗ
  };

  std::vector<Layer> layers;
  std::vector<float> input;  ///< a copy of the chunk's inputs, D_in × columns
  std::vector<float> spare;  ///< one extra layer-sized buffer
  Index columns = 0;
  MlpPass pass = MlpPass::kEnergy;
  bool inputGradientDone = false;
};

}  // namespace ebm
