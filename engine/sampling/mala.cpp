#include "sampling/mala.h"

#include <algorithm>
#include <cmath>

#include "sampling/gaussian_noise.h"

namespace ebm {
namespace {

// log Σ_k exp(−(d + k·W)²/(2ε)): the log of the wrapped Gaussian density of a displacement d on a circle of
// circumference W (without its constant). Images within 6√ε of d are summed, so the result is exact to
// e^{−18}; a log-sum-exp around the nearest image keeps it finite.
double logWrappedGaussian(double d, double width, double stepSize) {
  const double nearest = d - width * std::nearbyint(d / width);  // in [−W/2, W/2]
  const int images = 1 + int(std::ceil(6.0 * std::sqrt(stepSize) / width));
  const double peak = -nearest * nearest / (2.0 * stepSize);
  double sum = 0;
  for (int k = -images; k <= images; ++k) {
    const double shifted = nearest + k * width;
    sum += std::exp(-shifted * shifted / (2.0 * stepSize) - peak);
  }
  return peak + std::log(sum);
}

}  // namespace

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
  auto forwardCost = scratch.cost.head(n);  // −log q(y|x) up to a constant
  const bool periodic = settings.walls == Walls::Periodic;

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
      if (periodic) {
        // On the torus q(y|x) sums over every image of y: recompute it from the wrapped y, axis by axis.
        applyWalls(Walls::Periodic, box, &y(0, i));
        forwardCost[i] = 0;
        for (Index r = 0; r < d; ++r) {
          const double displacement = double(y(r, i)) - batch.positions(r, i) + scale * batch.gradients(r, i);
          forwardCost[i] -= logWrappedGaussian(displacement, box.width(int(r)), settings.stepSize);
        }
      }
    }
  }
  energy.evaluateWithGradient(y, yEnergies, yGradients);

  Index accepted = 0;
  for (Index i = 0; i < n; ++i) {
    const double u = random.uniform();
    if (settings.walls == Walls::Reflecting && !box.contains(&y(0, i))) continue;
    const double reverseScale = drift * clipFactor(&yGradients(0, i), d, clip);
    double reverseCost = 0;  // −log q(x|y)
    for (Index r = 0; r < d; ++r) {
      const double residual = double(batch.positions(r, i)) - y(r, i) + reverseScale * yGradients(r, i);
      reverseCost += periodic ? -logWrappedGaussian(residual, box.width(int(r)), settings.stepSize)
                              : residual * residual / (2.0 * settings.stepSize);
    }
    const double logAcceptance =
        -(double(yEnergies[i]) - batch.energies[i]) / settings.temperature - reverseCost + forwardCost[i];
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
