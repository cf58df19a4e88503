// A float e^x that GCC vectorizes inside plain loops: for the fused per-node passes (activations,
// log-sum-exp).
#pragma once

#include <bit>
#include <cstdint>

namespace ebm {

/// e^x to ~1 ulp for x in [−87, 88] (clamped outside: e^(−∞) gives ~1e-38, not 0; NaN stays NaN only through
/// the caller's products). No libm call and no branch, so a loop calling it vectorizes without -ffast-math:
/// e^x = 2ⁿ·e^r with n = round(x/ln 2), |r| ≤ ln2/2, e^r by Cephes' degree-6 minimax polynomial, 2ⁿ built in
/// the exponent bits.
inline float fastExp(float x) {
  // Comparisons rather than fmin/fmax: they vectorize.
  x = x < -87.0f ? -87.0f : x;
  x = x > 88.0f ? 88.0f : x;
  // Round to nearest by adding and removing 1.5·2²³ (floor() does not vectorize under -ftrapping-math).
  const float n = (x * 1.44269504088896341f + 12582912.0f) - 12582912.0f;
  float r = x - n * 0.693359375f;
  r = r - n * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  p = p * r * r + r + 1.0f;
  const std::int32_t bits = (std::int32_t(n) + 127) << 23;
  return p * std::bit_cast<float>(bits);
}

}  // namespace ebm
