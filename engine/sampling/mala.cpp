#include "sampling/mala.h"

#include <algorithm>
#include <cmath>

#include "sampling/gaussian_noise.h"

namespace ebm {

// y = x − (ε/2)·clip(∇E(x))/T + √ε·ξ;  accept if log u < −ΔE/T − ‖(x − y) − drift(y)‖²/(2ε) + ‖ξ‖²/2.
Index malaStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, Random& random,
               SamplerScratch& scratch) {
  const Index n = batch.size(), d = batch.positions.rows();
  const double drift = 0.5 * settings.stepSize / settings.temperature;
  const double noise = std::sqrt(settings.stepSize);
  const float clip = float(settings.gradientClip);
  const Box& box = settings.box;
  auto y = scratch.proposal.leftCols(n);
  auto yEnergies = scratch.proposalEnergies.head(n);
  auto yGradients = scratch.proposalGradients.leftCols(n);
  auto forwardCost = scratch.cost.head(n);  // ‖ξ‖²/2 = −log q(y|x) up to a constant

  constexpr Index kBlock = 128;
  alignas(64) float xi[3 * kBlock];
  for (Index first = 0; first < n; first += kBlock) {
    const Index count = std::min(kBlock, n - first);
    fillStandardNormal(random, xi, count * d);
    for (Index k = 0; k < count; ++k) {
      const Index i = first + k;
      const double scale = drift * clipFactor(&batch.gradients(0, i), d, clip);
      double squared = 0;
      for (Index r = 0; r < d; ++r) {
        const double z = xi[k * d + r];
        squared += z * z;
        y(r, i) = float(batch.positions(r, i) - scale * batch.gradients(r, i) + noise * z);
      }
      forwardCost[i] = 0.5 * squared;
      if (settings.walls == Walls::Periodic) applyWalls(Walls::Periodic, box, &y(0, i));
    }
  }
  energy.evaluateWithGradient(y, yEnergies, yGradients);

  Index accepted = 0;
  for (Index i = 0; i < n; ++i) {
    const double u = random.uniform();
    if (settings.walls == Walls::Reflecting && !box.contains(&y(0, i))) continue;
    const double reverseScale = drift * clipFactor(&yGradients(0, i), d, clip);
    double reverse = 0;
    for (Index r = 0; r < d; ++r) {
      double back = double(batch.positions(r, i)) - y(r, i);
      if (settings.walls == Walls::Periodic) back = minimumImage(back, box.width(int(r)));
      const double residual = back + reverseScale * yGradients(r, i);
      reverse += residual * residual;
    }
    const double logAcceptance = -(double(yEnergies[i]) - batch.energies[i]) / settings.temperature -
                                 reverse / (2.0 * settings.stepSize) + forwardCost[i];
    // A NaN ratio (non-finite proposal energy) compares false: rejected.
    if (!(std::log(u) < logAcceptance)) continue;
    batch.positions.col(i) = y.col(i);
    batch.energies[i] = yEnergies[i];
    batch.gradients.col(i) = yGradients.col(i);
    ++accepted;
  }
  return accepted;
}

}  // namespace ebm
