#include "sampling/langevin.h"

#include <algorithm>
#include <cmath>

#include "sampling/gaussian_noise.h"

namespace ebm {
namespace {

// x ← x − (ε/2)·clip(g)/T + √ε·ξ for every column, then the walls. ξ is drawn in blocks of particles.
void moveDownhill(PointsRef x, ConstPointsRef gradients, const LangevinSettings& settings, Random& random) {
  constexpr Index kBlock = 128;
  alignas(64) float xi[3 * kBlock];
  const float drift = float(0.5 * settings.stepSize / settings.temperature);
  const float noise = float(std::sqrt(settings.stepSize));
  const float clip = float(settings.gradientClip);
  const Index d = x.rows();
  for (Index first = 0; first < x.cols(); first += kBlock) {
    const Index count = std::min(kBlock, x.cols() - first);
    fillStandardNormal(random, xi, count * d);
    for (Index k = 0; k < count; ++k) {
      const Index i = first + k;
      const float scale = drift * clipFactor(gradients.col(i).data(), d, clip);
      for (Index r = 0; r < d; ++r)
        x(r, i) += -scale * gradients(r, i) + noise * xi[k * d + r];
      if (settings.walls != Walls::None) applyWalls(settings.walls, settings.box, &x(0, i));
    }
  }
}

}  // namespace

// x ← x − (ε/2)·clip(∇E(x))/T + √ε·ξ, with ∇E evaluated here, before the move.
void langevinStep(const Energy& energy, PointsRef x, const LangevinSettings& settings, Random& random,
                  VectorRef energies, PointsRef gradients) {
  energy.evaluateWithGradient(x, energies, gradients);
  moveDownhill(x, gradients, settings, random);
}

// x ← x − (ε/2)·clip(∇E(x))/T + √ε·ξ with the cached ∇E(x); then E, ∇E at the new x for the next step.
Index ulaStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, Random& random) {
  moveDownhill(batch.positions, batch.gradients, settings, random);
  energy.evaluateWithGradient(batch.positions, batch.energies, batch.gradients);
  return batch.size();
}

}  // namespace ebm
