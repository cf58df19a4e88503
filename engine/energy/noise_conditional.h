// Noise-conditional neural energies for the diffusion lesson: one network, a landscape per noise level σ.
#pragma once

#include <cmath>

#include "energy/mlp_energy.h"

namespace ebm {

/// The convention of a noise-conditional MLP (architecture.conditioningInputs = 1):
///   E(x; σ) = E_θ([x; log σ]) / σ.
/// log σ as an input lets one network serve every noise level; dividing by σ makes the score
/// −∇ₓE(x; σ) = −∇ₓE_θ/σ match the 1/σ scale of the noisy data's score (Song & Ermon, 2020), so the network
/// itself only has to output O(1) gradients at every level and the multi-σ DSM loss weights each level
/// equally.
///
/// At a fixed σ the result is again a plain MLP: log σ folds into the first bias (b₁ + W₁[:, D]·log σ) and
/// 1/σ into the output layer. Returns that MLP, an ordinary D-dimensional Energy to draw, integrate and
/// sample (annealed Langevin steps through a list of these). Throws ArgumentError unless σ > 0 and the
/// network has exactly one conditioning input.
[[nodiscard]] MlpEnergyPtr energyAtNoiseLevel(const MlpEnergy& conditional, double sigma);

/// The input row the network sees for noise level σ.
[[nodiscard]] inline float noiseConditioningInput(double sigma) {
  return float(std::log(sigma));
}

}  // namespace ebm
