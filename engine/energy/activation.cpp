#include "energy/activation.h"

#include <cmath>

#include "core/errors.h"
#include "energy/fast_exp.h"

// GCC tunes Rocket/Ice Lake for 256-bit vectors; these loops are pure arithmetic and run ~1.4× faster at
// 512 bits. Harmless where AVX-512 is absent (no wider vectors exist there).
#if defined(__GNUC__) && !defined(__clang__)  // a GCC option; clang (the fuzz build) has no such pragma
#pragma GCC target("prefer-vector-width=512")
#endif

namespace ebm {
namespace {

inline float sigmoid(float z) {
  return 1.0f / (1.0f + fastExp(-z));
}

// φ, φ', φ'' of one kind. Swish with β: s = σ(βz), φ = z·s, φ' = s·(1 + βz(1−s)),
// φ'' = β·s(1−s)·(2 + βz(1−2s)).
template <Activation K>
inline void activate(float z, float beta, float& a, float& d1, float& d2) {
  if constexpr (K == Activation::kSiLU || K == Activation::kSwish) {
    const float bz = K == Activation::kSiLU ? z : beta * z;
    const float b = K == Activation::kSiLU ? 1.0f : beta;
    const float s = sigmoid(bz);
    a = z * s;
    d1 = s * (1.0f + bz * (1.0f - s));
    d2 = b * s * (1.0f - s) * (2.0f + bz * (1.0f - 2.0f * s));
  } else if constexpr (K == Activation::kSoftplus) {
    // log(1 + e^z) = max(z, 0) + log1p(e^−|z|): no overflow for large z.
    const float s = sigmoid(z);
    a = std::fmax(z, 0.0f) + std::log1p(fastExp(-std::fabs(z)));
    d1 = s;
    d2 = s * (1.0f - s);
  } else if constexpr (K == Activation::kTanh) {
    // tanh z = 2σ(2z) − 1.
    const float t = 2.0f * sigmoid(2.0f * z) - 1.0f;
    a = t;
    d1 = 1.0f - t * t;
    d2 = -2.0f * t * d1;
  } else {
    const float e = std::expm1(std::fmin(z, 0.0f));
    const bool positive = z > 0.0f;
    a = positive ? z : e;
    d1 = positive ? 1.0f : e + 1.0f;
    d2 = positive ? 0.0f : e + 1.0f;
  }
}

template <Activation K, ActivationOutputs O>
void pass(float beta, Index rows, Index cols, const float* z, const float* bias, float* a, float* d1,
          float* d2) {
  for (Index c = 0; c < cols; ++c) {
    const Index o = c * rows;
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC ivdep
#endif
    for (Index r = 0; r < rows; ++r) {
      float av, f1, f2;
      activate<K>(z[o + r] + bias[r], beta, av, f1, f2);
      a[o + r] = av;
      if constexpr (O != ActivationOutputs::kValue) d1[o + r] = f1;
      if constexpr (O == ActivationOutputs::kValueFirstAndSecond) d2[o + r] = f2;
    }
  }
}

template <Activation K>
void dotPass(float beta, Index rows, Index cols, const float* z, const float* bias, const float* w,
             float bOut, float* energies) {
  for (Index c = 0; c < cols; ++c) {
    const float* zc = z + c * rows;
    // 16 partial sums (one AVX-512 register) so that the reduction vectorizes without -ffast-math.
    float partial[16] = {};
    Index r = 0;
    for (; r + 16 <= rows; r += 16) {
      for (int k = 0; k < 16; ++k) {
        float av, f1, f2;
        activate<K>(zc[r + k] + bias[r + k], beta, av, f1, f2);
        partial[k] += w[r + k] * av;
      }
    }
    float sum = 0.0f;
    for (; r < rows; ++r) {
      float av, f1, f2;
      activate<K>(zc[r] + bias[r], beta, av, f1, f2);
      sum += w[r] * av;
    }
    for (float p : partial)
      sum += p;
    energies[c] = sum + bOut;
  }
}

template <Activation K>
void passFor(ActivationOutputs outputs, float beta, Index rows, Index cols, const float* z, const float* bias,
             float* a, float* d1, float* d2) {
  switch (outputs) {
    case ActivationOutputs::kValue:
      return pass<K, ActivationOutputs::kValue>(beta, rows, cols, z, bias, a, d1, d2);
    case ActivationOutputs::kValueAndFirst:
      return pass<K, ActivationOutputs::kValueAndFirst>(beta, rows, cols, z, bias, a, d1, d2);
    case ActivationOutputs::kValueFirstAndSecond:
      return pass<K, ActivationOutputs::kValueFirstAndSecond>(beta, rows, cols, z, bias, a, d1, d2);
  }
}

}  // namespace

std::string activationName(Activation kind) {
  switch (kind) {
    case Activation::kSiLU:
      return "silu";
    case Activation::kSoftplus:
      return "softplus";
    case Activation::kTanh:
      return "tanh";
    case Activation::kSwish:
      return "swish";
    case Activation::kELU:
      return "elu";
  }
  return "?";
}

Activation activationFromName(const std::string& name) {
  for (Activation k :
       {Activation::kSiLU, Activation::kSoftplus, Activation::kTanh, Activation::kSwish, Activation::kELU}) {
    if (activationName(k) == name) return k;
  }
  throw ArgumentError("Unknown activation \"" + name + "\"; use silu, softplus, tanh, swish or elu.");
}

ActivationDerivatives activationReference(const ActivationSpec& spec, double z) {
  auto sig = [](double t) { return 1.0 / (1.0 + std::exp(-t)); };
  switch (spec.kind) {
    case Activation::kSiLU:
    case Activation::kSwish: {
      const double b = spec.kind == Activation::kSiLU ? 1.0 : double(spec.beta);
      const double s = sig(b * z);
      return {z * s, s + b * z * s * (1 - s), b * s * (1 - s) * (2 + b * z * (1 - 2 * s))};
    }
    case Activation::kSoftplus: {
      const double s = sig(z);
      return {std::log1p(std::exp(z)), s, s * (1 - s)};
    }
    case Activation::kTanh: {
      const double t = std::tanh(z);
      return {t, 1 - t * t, -2 * t * (1 - t * t)};
    }
    case Activation::kELU:
      if (z > 0) return {z, 1, 0};
      return {std::expm1(z), std::exp(z), std::exp(z)};
  }
  return {0, 0, 0};
}

void activationPass(const ActivationSpec& spec, ActivationOutputs outputs, Index rows, Index cols,
                    const float* z, const float* bias, float* a, float* d1, float* d2) {
  switch (spec.kind) {
    case Activation::kSiLU:
      return passFor<Activation::kSiLU>(outputs, spec.beta, rows, cols, z, bias, a, d1, d2);
    case Activation::kSwish:
      return passFor<Activation::kSwish>(outputs, spec.beta, rows, cols, z, bias, a, d1, d2);
    case Activation::kSoftplus:
      return passFor<Activation::kSoftplus>(outputs, spec.beta, rows, cols, z, bias, a, d1, d2);
    case Activation::kTanh:
      return passFor<Activation::kTanh>(outputs, spec.beta, rows, cols, z, bias, a, d1, d2);
    case Activation::kELU:
      return passFor<Activation::kELU>(outputs, spec.beta, rows, cols, z, bias, a, d1, d2);
  }
}

void activationDotPass(const ActivationSpec& spec, Index rows, Index cols, const float* z, const float* bias,
                       const float* w, float bOut, float* energies) {
  switch (spec.kind) {
    case Activation::kSiLU:
      return dotPass<Activation::kSiLU>(spec.beta, rows, cols, z, bias, w, bOut, energies);
    case Activation::kSwish:
      return dotPass<Activation::kSwish>(spec.beta, rows, cols, z, bias, w, bOut, energies);
    case Activation::kSoftplus:
      return dotPass<Activation::kSoftplus>(spec.beta, rows, cols, z, bias, w, bOut, energies);
    case Activation::kTanh:
      return dotPass<Activation::kTanh>(spec.beta, rows, cols, z, bias, w, bOut, energies);
    case Activation::kELU:
      return dotPass<Activation::kELU>(spec.beta, rows, cols, z, bias, w, bOut, energies);
  }
}

}  // namespace ebm
