#include "energy/noise_conditional.h"

#include <cmath>

#include "core/errors.h"

namespace ebm {

MlpEnergyPtr energyAtNoiseLevel(const MlpEnergy& conditional, double sigma) {
  const MlpArchitecture& from = conditional.architecture();
  if (from.conditioningInputs != 1)
    throw ArgumentError("Only a noise-conditional network (one conditioning input) has noise levels.");
  if (!(sigma > 0) || !std::isfinite(sigma))
    throw ArgumentError("The noise level σ must be a positive number, not " + std::to_string(sigma) + ".");
  MlpArchitecture to = from;
  to.conditioningInputs = 0;
  const Eigen::VectorXf& theta = conditional.parameters();
  Eigen::VectorXf folded(to.parameterCount());
  const Index h0 = from.hiddenWidths[0], d = from.dimension;
  const float logSigma = noiseConditioningInput(sigma);
  // Layer 0: keep W₁'s first D columns; b₁ ← b₁ + W₁[:, D]·log σ.
  Index out = 0;
  folded.segment(out, h0 * d) = theta.segment(conditional.weightOffset(0), h0 * d);
  out += h0 * d;
  folded.segment(out, h0) =
      conditional.bias(0) + theta.segment(conditional.weightOffset(0) + h0 * d, h0) * logSigma;
  out += h0;
  // Hidden layers 1…H−1 unchanged; the output layer scaled by 1/σ.
  const Index rest = theta.size() - conditional.weightOffset(1);
  folded.segment(out, rest) = theta.tail(rest);
  folded.tail(from.hiddenWidths.back() + 1) /= float(sigma);
  return std::make_shared<const MlpEnergy>(std::move(to), std::move(folded));
}

}  // namespace ebm
