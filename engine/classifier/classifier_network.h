// A classifier network: an MLP with K logits f(x) = (f_1(x), …, f_K(x)), the network that a classifier's
// energy E(x) = −T·log Σ_y exp(f_y(x)/T) and its class probabilities p(y|x) = softmax(f(x)) are read from.
#pragma once

#include <cstdint>
#include <memory>

#include <Eigen/Core>

#include "energy/mlp_energy.h"
#include "energy/mlp_workspace.h"

namespace ebm {

/// The shape of a classifier: the hidden layers of an MLP (its `trunk`, without conditioning inputs) and K
/// output logits.
struct ClassifierArchitecture {
  MlpArchitecture trunk;  ///< dimension, hidden widths and activation (conditioningInputs must be 0)
  int classes = 3;        ///< K, 2 … kMaxClasses

  static constexpr int kMaxClasses = 64;

  /// Throws ArgumentError with a readable reason for a shape the engine cannot build.
  void validate() const;
  [[nodiscard]] int hiddenLayers() const { return trunk.hiddenLayers(); }
  [[nodiscard]] Index parameterCount() const;
  [[nodiscard]] bool operator==(const ClassifierArchitecture& other) const;
};

/// f(x) = W_out·aₕ + b_out (K logits),  aₗ = φ(Wₗaₗ₋₁ + bₗ),  a₀ = x   (float32, points one per column).
///
/// Parameters live in one flat vector θ, layer by layer as MlpEnergy's: W₁ (column-major), b₁, …, Wₕ, bₕ,
/// then the output weights W_out (K × width, column-major) and biases b_out. Every loss of a classifier
/// (cross- entropy, the energy's margins) is a function of the logits, so one backward pass from G = ∂L/∂f
/// serves the parameter gradient and the input gradient alike. Each layer is one GEMM over the chunk (the
/// thin input layer by the shared rank-1 kernels of mlp_kernels.h).
///
/// Thread safety: const methods may run on many threads at once; each thread passes its own MlpWorkspace to
/// the chunk-level passes (logits() uses a thread_local one).
class ClassifierNetwork {
 public:
  /// PyTorch's default initialization (nn.Linear): every weight and bias uniform in ±1/√fan_in, from `seed`.
  ClassifierNetwork(ClassifierArchitecture architecture, std::uint64_t seed);
  /// Given parameters. Throws ArgumentError if their count does not fit the architecture.
  ClassifierNetwork(ClassifierArchitecture architecture, Eigen::VectorXf parameters);

  [[nodiscard]] const ClassifierArchitecture& architecture() const { return architecture_; }
  [[nodiscard]] int dimension() const { return architecture_.trunk.dimension; }
  [[nodiscard]] int classes() const { return architecture_.classes; }
  [[nodiscard]] const Eigen::VectorXf& parameters() const { return parameters_; }
  /// For the trainer that owns this network and shares it with no one: θ, to be updated in place.
  [[nodiscard]] Eigen::VectorXf& mutableParameters() { return parameters_; }
  [[nodiscard]] Index parameterCount() const { return parameters_.size(); }
  /// Layer l's weights (rows × fan-in) and bias; l = hiddenLayers() is the output layer (K rows).
  [[nodiscard]] Eigen::Map<const Eigen::MatrixXf> weights(int l) const;
  [[nodiscard]] Eigen::Map<const Eigen::VectorXf> bias(int l) const;
  [[nodiscard]] Index weightOffset(int l) const { return weightOffset_[std::size_t(l)]; }
  [[nodiscard]] Index biasOffset(int l) const { return biasOffset_[std::size_t(l)]; }

  /// logits.col(i) = f(points.col(i)), K×N. Any number of points; safe from several threads at once.
  void logits(ConstPointsRef points, Eigen::Ref<Eigen::MatrixXf> logits) const;

  // Chunk-level passes: single-threaded, on the columns of one chunk, no allocation once `workspace` has
  // grown to the chunk size.

  /// logits (K × columns) of `inputs`; keeps what `pass` needs for the calls below (kEnergy: nothing,
  /// kInputGradient: φ', kParameterGradient: φ and φ'; kScoreParameterGradient is not supported).
  void forward(ConstPointsRef inputs, Eigen::Ref<Eigen::MatrixXf> logits, MlpWorkspace& workspace,
               MlpPass pass) const;
  /// gradients.col(i) = Σ_k G(k, i)·∇ₓf_k(xᵢ) for the last forward (pass ≥ kInputGradient); G is K × columns.
  void inputGradient(const Eigen::Ref<const Eigen::MatrixXf>& logitWeights, PointsRef gradients,
                     MlpWorkspace& workspace) const;
  /// gradient += ∂/∂θ Σᵢ Σ_k G(k, i)·f_k(xᵢ) for the last forward (pass = kParameterGradient).
  void accumulateGradient(const Eigen::Ref<const Eigen::MatrixXf>& logitWeights,
                          Eigen::Ref<Eigen::VectorXf> gradient, MlpWorkspace& workspace) const;

 private:
  void computeOffsets();
  void checkInputs(Index rows) const;
  /// δₗ = ∂/∂zₗ Σ G·f for every hidden layer, from the top down; with `gradient`, adds ∂/∂θ on the way.
  void backpropagate(const Eigen::Ref<const Eigen::MatrixXf>& logitWeights, MlpWorkspace& workspace,
                     float* gradient) const;

  ClassifierArchitecture architecture_;
  Eigen::VectorXf parameters_;
  std::vector<Index> weightOffset_, biasOffset_;
};

using ClassifierNetworkPtr = std::shared_ptr<const ClassifierNetwork>;

}  // namespace ebm
