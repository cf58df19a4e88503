// The encoder of contrastive learning: a small MLP g that maps a 2D or 3D point to a unit vector — a point on
// the circle S¹ or the sphere S² — so that g(x)·g(y) is a cosine similarity and E(x, y) = −g(x)·g(y)/τ an
// energy on pairs.
#pragma once

#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "core/types.h"
#include "energy/activation.h"

namespace ebm {

/// The encoder's shape: D inputs → hidden widths (each followed by φ) → k linear outputs h → g = h/‖h‖.
struct EncoderArchitecture {
  int inputs = 2;     ///< D, the data's dimension (2 or 3)
  int embedding = 2;  ///< k: 2 embeds on the circle, 3 on the sphere
  std::vector<int> hiddenWidths{64, 64};
  ActivationSpec activation{Activation::kTanh, 1.0f};

  /// Throws ArgumentError with a readable reason for a shape the engine cannot build.
  void validate() const;
  [[nodiscard]] int hiddenLayers() const { return int(hiddenWidths.size()); }
  [[nodiscard]] int fanIn(int l) const { return l == 0 ? inputs : hiddenWidths[std::size_t(l - 1)]; }
  /// Rows of layer l's output (k for the output layer l = hiddenLayers()).
  [[nodiscard]] int fanOut(int l) const {
    return l == hiddenLayers() ? embedding : hiddenWidths[std::size_t(l)];
  }
  [[nodiscard]] Index parameterCount() const;
};

/// What one forward pass keeps for its backward pass (buffers only grow; not shared between threads).
struct EncoderWorkspace {
  std::vector<Eigen::MatrixXf> value;  ///< aₗ = φ(zₗ), per hidden layer (width × N)
  std::vector<Eigen::MatrixXf> first;  ///< φ'(zₗ)
  Eigen::MatrixXf input;               ///< the batch, D × N
  Eigen::MatrixXf raw;                 ///< h, the output before normalization, k × N
  Eigen::VectorXf norms;               ///< ‖h‖ per column
  Eigen::MatrixXf embedding;           ///< g = h/‖h‖, k × N
  Eigen::MatrixXf delta, below;        ///< backward signals
};

/// g(x) = h/‖h‖,  h = W_out·a_H + b_out,  aₗ = φ(Wₗaₗ₋₁ + bₗ),  a₀ = x   (float32, points one per column).
/// Parameters live in one flat vector θ, layer by layer (Wₗ column-major, then bₗ), as MlpEnergy's do, so
/// Adam is one loop. Not thread-safe for writing; const passes may run on several threads, each with its own
/// workspace.
class Encoder {
 public:
  /// PyTorch's default initialization (nn.Linear): weights and biases uniform in ±1/√fan_in, from `seed`.
  Encoder(EncoderArchitecture architecture, std::uint64_t seed);

  [[nodiscard]] const EncoderArchitecture& architecture() const { return architecture_; }
  [[nodiscard]] const Eigen::VectorXf& parameters() const { return parameters_; }
  [[nodiscard]] Eigen::VectorXf& mutableParameters() { return parameters_; }

  /// g of every column of `points` (D × N) as a k × N matrix of unit columns.
  [[nodiscard]] Points encode(ConstPointsRef points) const;
  /// g of the batch, keeping what backward() needs; the result is workspace.embedding.
  void forward(ConstPointsRef points, EncoderWorkspace& workspace) const;
  /// gradient += ∂L/∂θ for the last forward(), given G = ∂L/∂g (k × N).
  void backward(ConstPointsRef embeddingGradient, Eigen::Ref<Eigen::VectorXf> gradient,
                EncoderWorkspace& workspace) const;

 private:
  [[nodiscard]] Eigen::Map<const Eigen::MatrixXf> weights(int l) const;
  [[nodiscard]] Eigen::Map<const Eigen::VectorXf> bias(int l) const;

  EncoderArchitecture architecture_;
  Eigen::VectorXf parameters_;
  std::vector<Index> weightOffset_, biasOffset_;
};

}  // namespace ebm
