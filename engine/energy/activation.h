// The hidden-layer nonlinearities of the neural energy, with their first and second derivatives.
#pragma once

#include <string>

#include "core/types.h"

namespace ebm {

/// φ applied after every hidden layer of an MLP energy (never after the output).
enum class Activation {
  kSiLU,      ///< φ(z) = z·σ(z)            (smooth, the default)
  kSoftplus,  ///< φ(z) = log(1 + e^z)
  kTanh,      ///< φ(z) = tanh z
  kSwish,     ///< φ(z) = z·σ(βz)           (SiLU is β = 1)
  kELU,       ///< φ(z) = z for z > 0, e^z − 1 otherwise (φ'' jumps at 0)
};

/// An activation and its shape parameter (β of Swish; ignored by the others).
struct ActivationSpec {
  Activation kind = Activation::kSiLU;
  float beta = 1.0f;
};

/// "silu", "softplus", "tanh", "swish", "elu".
[[nodiscard]] std::string activationName(Activation kind);
/// Inverse of activationName(); throws ArgumentError listing the known names.
[[nodiscard]] Activation activationFromName(const std::string& name);

/// φ, φ' and φ'' at one point in double precision: the independent reference the tests compare with.
struct ActivationDerivatives {
  double value, first, second;
};
[[nodiscard]] ActivationDerivatives activationReference(const ActivationSpec& spec, double z);

/// What a fused activation pass writes besides φ(z).
enum class ActivationOutputs { kValue, kValueAndFirst, kValueFirstAndSecond };

/// The fused per-layer pass: for a layer output Z (rows×cols, column-major, pre-bias) and bias b,
///   A = φ(Z + b),  D1 = φ'(Z + b),  D2 = φ''(Z + b)
/// in one vectorized sweep over memory (A may alias Z; D1/D2 may be null when not asked for).
void activationPass(const ActivationSpec& spec, ActivationOutputs outputs, Index rows, Index cols,
                    const float* z, const float* bias, float* a, float* d1, float* d2);

/// The same pass fused with the output layer: energies(j) = w·φ(Z_j + b) + bOut, without storing φ(Z).
void activationDotPass(const ActivationSpec& spec, Index rows, Index cols, const float* z, const float* bias,
                       const float* w, float bOut, float* energies);

}  // namespace ebm
