#include "sampling/langevin.h"

#include <cmath>

namespace ebm {

void langevinStep(const Energy& energy, PointsRef x, const LangevinSettings& settings, Random& random,
                  VectorRef energies, PointsRef gradients) {
  energy.evaluateWithGradient(x, energies, gradients);
  const float drift = float(0.5 * settings.stepSize / settings.temperature);
  const float noise = float(std::sqrt(settings.stepSize));
  const float clip = float(settings.gradientClip);
  const Index d = x.rows();
  for (Index i = 0; i < x.cols(); ++i) {
    float scale = drift;
    if (clip > 0) {
      const float norm = gradients.col(i).norm();
      if (norm > clip) scale *= clip / norm;
    }
    for (Index r = 0; r < d; ++r)
      x(r, i) += -scale * gradients(r, i) + noise * float(random.normal());
  }
}

}  // namespace ebm
