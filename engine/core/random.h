// Seeded random numbers: one small, fast generator per chain or trainer, never a shared global one.
#pragma once

#include <cmath>
#include <cstdint>

#include "core/types.h"

namespace ebm {

/// xoshiro256++ (Blackman & Vigna): 256-bit state, passes BigCrush, a few cycles per draw.
/// The same seed gives the same stream on every machine; `stream` splits one seed into independent sequences.
class Random {
 public:
  explicit Random(std::uint64_t seed = 0, std::uint64_t stream = 0);

  /// 64 uniformly random bits.
  std::uint64_t bits() {
    const std::uint64_t result = rotl(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }
  /// Uniform on [0, 1).
  double uniform() { return double(bits() >> 11) * 0x1.0p-53; }
  /// Uniform on [a, b).
  double uniform(double a, double b) { return a + (b - a) * uniform(); }
  /// A uniformly random integer in [0, n).
  std::uint64_t below(std::uint64_t n) { return std::uint64_t(uniform() * double(n)); }
  /// Standard normal (polar Box–Muller; the second value of each pair is kept for the next call).
  double normal();
  bool bernoulli(double p) { return uniform() < p; }

  /// Fills `out` with independent standard normals.
  void fillNormal(PointsRef out);
  void fillNormal(float* out, Index count);

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4];
  double spare_ = 0.0;
  bool hasSpare_ = false;
};

}  // namespace ebm
