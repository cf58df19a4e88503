// The neural energy: a multilayer perceptron E_θ(x) that training reshapes while the landscape is drawn.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "energy/activation.h"
#include "energy/energy.h"
#include "energy/mlp_workspace.h"

namespace ebm {

/// The shape of an MLP energy: inputs → hidden widths (each followed by φ) → one linear output, E.
struct MlpArchitecture {
  int dimension = 2;           ///< D: coordinates of a point (2 or 3)
  int conditioningInputs = 0;  ///< extra inputs after the coordinates (1 = log σ of a noise-conditional net)
  std::vector<int> hiddenWidths{128, 128, 128};
  ActivationSpec activation;

  /// Throws ArgumentError with a readable reason for a shape the engine cannot build.
  void validate() const;
  [[nodiscard]] int inputs() const { return dimension + conditioningInputs; }
  [[nodiscard]] int hiddenLayers() const { return int(hiddenWidths.size()); }
  /// Width of hidden layer l's input (the network's inputs for l = 0).
  [[nodiscard]] int fanIn(int l) const { return l == 0 ? inputs() : hiddenWidths[std::size_t(l - 1)]; }
  [[nodiscard]] Index parameterCount() const;
  /// Forward FLOPs per point, counting a multiply-add as 2 (66,304 for 2→128→128→128→1).
  [[nodiscard]] double forwardFlopsPerPoint() const;
  [[nodiscard]] bool operator==(const MlpArchitecture& other) const;
};

/// E(x) = w·aₕ + b,  aₗ = φ(Wₗaₗ₋₁ + bₗ),  a₀ = x   (float32, points one per column).
///
/// Parameters live in one flat vector θ, layer by layer: W₁ (column-major), b₁, …, Wₕ, bₕ, then the output
/// row w and the output bias b. Gradients with respect to θ use the same layout, so an optimizer is one loop.
///
/// Thread safety: const methods may run on many threads at once; each thread passes its own MlpWorkspace to
/// the chunk-level passes (evaluate() and evaluateWithGradient() use a thread_local one).
class MlpEnergy final : public Energy {
 public:
  /// PyTorch's default initialization (nn.Linear): every weight and bias uniform in ±1/√fan_in, from `seed`.
  MlpEnergy(MlpArchitecture architecture, std::uint64_t seed);
  /// Given parameters. Throws ArgumentError if their count does not fit the architecture.
  MlpEnergy(MlpArchitecture architecture, Eigen::VectorXf parameters);

  /// D (the conditioning inputs, if any, are not part of a point).
  [[nodiscard]] int dimension() const override { return architecture_.dimension; }
  /// Points must have inputs() rows: D, or D + conditioning for a noise-conditional net (see
  /// noise_conditional.h).
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  [[nodiscard]] const MlpArchitecture& architecture() const { return architecture_; }
  [[nodiscard]] const Eigen::VectorXf& parameters() const { return parameters_; }
  /// For the trainer that owns this network and shares it with no one: θ, to be updated in place.
  [[nodiscard]] Eigen::VectorXf& mutableParameters() { return parameters_; }
  [[nodiscard]] Index parameterCount() const { return parameters_.size(); }
  /// Views of layer l's weights Wₗ (width × fan_in) and bias bₗ; l = hiddenLayers() is the output layer.
  [[nodiscard]] Eigen::Map<const Eigen::MatrixXf> weights(int l) const;
  [[nodiscard]] Eigen::Map<const Eigen::VectorXf> bias(int l) const;
  /// Offsets of Wₗ and bₗ in θ.
  [[nodiscard]] Index weightOffset(int l) const { return weightOffset_[std::size_t(l)]; }
  [[nodiscard]] Index biasOffset(int l) const { return biasOffset_[std::size_t(l)]; }

  // Chunk-level passes: single-threaded, on the columns of one chunk, no allocation once `workspace` has
  // grown to the chunk size. Callers spread chunks over the cores with parallelFor.

  /// energies(i) = E(inputs.col(i)); keeps what `pass` needs for the calls below.
  void forward(ConstPointsRef inputs, VectorRef energies, MlpWorkspace& workspace, MlpPass pass) const;
  /// ∇ₓE of the last forward (pass ≥ kInputGradient) into `gradients` (inputs × columns).
  void inputGradient(PointsRef gradients, MlpWorkspace& workspace) const;
  /// gradient += ∂/∂θ Σᵢ gᵢ·E(xᵢ) for the last forward (pass = kParameterGradient); g = `pointWeights`.
  void accumulateEnergyGradient(ConstVectorRef pointWeights, Eigen::Ref<Eigen::VectorXf> gradient,
                                MlpWorkspace& workspace) const;
  /// gradient += ∂/∂θ Σᵢ ⟨Gᵢ, ∇ₓE(xᵢ)⟩ after forward(kScoreParameterGradient) and inputGradient(); G has
  /// inputs × columns entries (rows of conditioning inputs are usually 0). Exact, by reverse-over-reverse.
  void accumulateScoreGradient(ConstPointsRef scoreWeights, Eigen::Ref<Eigen::VectorXf> gradient,
                               MlpWorkspace& workspace) const;

 private:
  void computeOffsets();
  void checkInputs(Index rows) const;
  void prepare(MlpWorkspace& workspace, Index columns, MlpPass pass) const;

  MlpArchitecture architecture_;
  Eigen::VectorXf parameters_;
  std::vector<Index> weightOffset_, biasOffset_;
};

using MlpEnergyPtr = std::shared_ptr<const MlpEnergy>;

}  // namespace ebm
