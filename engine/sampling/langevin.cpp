#include "sampling/langevin.h"

#include <cmath>

namespace ebm {
namespace {

// x ← x − drift·clip(g) + noise·ξ for every column, then the walls.
void moveDownhill(PointsRef x, ConstPointsRef gradients, const LangevinSettings& settings, Random& random) {
  const float drift = float(0.5 * settings.stepSize / settings.temperature);
  const float noise = float(std::sqrt(settings.stepSize));
  const float clip = float(settings.gradientClip);
  const Index d = x.rows();
  for (Index i = 0; i < x.cols(); ++i) {
    const float scale = drift * clipFactor(gradients.col(i).data(), d, clip);
    for (Index r = 0; r < d; ++r)
      x(r, i) += -scale * gradients(r, i) + noise * float(random.normal());
    if (settings.walls != Walls::None) applyWalls(settings.walls, settings.box, &x(0, i));
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
