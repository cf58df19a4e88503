#include "core/random.h"

namespace ebm {
namespace {

// SplitMix64 expands a 64-bit seed into well-mixed state words, as the xoshiro authors recommend.
std::uint64_t splitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

Random::Random(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t x = seed ^ (stream * 0xd1342543de82ef95ULL + 0x632be59bd9b4e019ULL);
  for (auto& word : state_)
    word = splitMix64(x);
}

double Random::normal() {
  if (hasSpare_) {
    hasSpare_ = false;
    return spare_;
  }
  double u, v, s;
  do {
    u = 2.0 * uniform() - 1.0;
    v = 2.0 * uniform() - 1.0;
    s = u * u + v * v;
  } while (s >= 1.0 || s == 0.0);
  const double factor = std::sqrt(-2.0 * std::log(s) / s);
  spare_ = v * factor;
  hasSpare_ = true;
  return u * factor;
}

void Random::fillNormal(float* out, Index count) {
  for (Index i = 0; i < count; ++i)
    out[i] = float(normal());
}

void Random::fillNormal(PointsRef out) {
  for (Index c = 0; c < out.cols(); ++c) {
    for (Index r = 0; r < out.rows(); ++r)
      out(r, c) = float(normal());
  }
}

}  // namespace ebm
