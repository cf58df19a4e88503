#include "sampling/gaussian_noise.h"

#include <algorithm>
#include <cstdint>

#include <Eigen/Core>

namespace ebm {

// (u, v) uniform on (−1, 1)², kept if 0 < s = u² + v² < 1; then z = (u, v)·√(−2 ln s / s).
void fillStandardNormal(Random& random, float* out, Index count) {
  constexpr Index kPairs = 128;
  alignas(64) float us[kPairs + 1], vs[kPairs + 1], ss[kPairs + 1];
  for (Index done = 0; done < count;) {
    const Index wanted = std::min(kPairs, (count - done + 1) / 2);
    Index kept = 0;
    while (kept < wanted) {
      const std::uint64_t bits = random.bits();
      const float u = float(std::int32_t(std::uint32_t(bits))) * 0x1p-31f;
      const float v = float(std::int32_t(std::uint32_t(bits >> 32))) * 0x1p-31f;
      const float s = u * u + v * v;
      us[kept] = u, vs[kept] = v, ss[kept] = s;  // written always, kept only if inside the disc
      kept += Index(s < 1.0f && s > 0.0f);
    }
    Eigen::Map<Eigen::ArrayXf> u(us, wanted), v(vs, wanted), s(ss, wanted);
    s = (-2.0f * s.log() / s).sqrt();
    u *= s;
    v *= s;
    const Index take = std::min(2 * wanted, count - done);
    for (Index k = 0; k < take; ++k)
      out[done + k] = (k & 1) ? vs[k >> 1] : us[k >> 1];
    done += take;
  }
}

}  // namespace ebm
