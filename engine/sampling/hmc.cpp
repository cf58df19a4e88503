#include "sampling/hmc.h"

#include <cmath>

#include "sampling/gaussian_noise.h"

namespace ebm {
namespace {

// p ← p − kick·clip(∇E(x)) for every particle (kick = (ε/2)/T).
void kick(PointsRef momenta, ConstPointsRef gradients, double kick, float clip) {
  const Index d = momenta.rows();
  for (Index i = 0; i < momenta.cols(); ++i) {
    const float scale = float(kick) * clipFactor(gradients.col(i).data(), d, clip);
    for (Index r = 0; r < d; ++r)
      momenta(r, i) -= scale * gradients(r, i);
  }
}

// x ← x + ε·p, then the walls (a reflection reverses that momentum component).
void drift(PointsRef x, PointsRef momenta, double stepSize, Walls walls, const Box& box) {
  const Index d = x.rows();
  const float eps = float(stepSize);
  for (Index i = 0; i < x.cols(); ++i) {
    for (Index r = 0; r < d; ++r) {
      float& coordinate = x(r, i);
      coordinate += eps * momenta(r, i);
      const int axis = int(r);
      if (walls == Walls::Reflecting) {
        if (reflectCoordinate(coordinate, box.lower[axis], box.upper[axis])) momenta(r, i) = -momenta(r, i);
      } else if (walls == Walls::Periodic) {
        wrapCoordinate(coordinate, box.lower[axis], box.upper[axis]);
      }
    }
  }
}

}  // namespace

// H = E(x)/T + ‖p‖²/2;  L × (half kick, drift, half kick);  accept if log u < H_start − H_end.
Index hmcStep(const Energy& energy, ParticleBatch batch, const LangevinSettings& settings, int leapfrogSteps,
              Random& random, SamplerScratch& scratch) {
  const Index n = batch.size();
  const double inverseT = 1.0 / settings.temperature;
  const double halfKick = 0.5 * settings.stepSize * inverseT;
  const float clip = float(settings.gradientClip);
  auto x = scratch.proposal.leftCols(n);
  auto xEnergies = scratch.proposalEnergies.head(n);
  auto xGradients = scratch.proposalGradients.leftCols(n);
  auto p = scratch.momenta.leftCols(n);
  auto startH = scratch.cost.head(n);

  fillStandardNormal(random, p.data(), p.size());  // p is whole columns: contiguous
  for (Index i = 0; i < n; ++i)
    startH[i] = double(batch.energies[i]) * inverseT + 0.5 * double(p.col(i).squaredNorm());
  x = batch.positions;
  xGradients = batch.gradients;
  for (int step = 0; step < leapfrogSteps; ++step) {
    kick(p, xGradients, halfKick, clip);
    drift(x, p, settings.stepSize, settings.walls, settings.box);
    energy.evaluateWithGradient(x, xEnergies, xGradients);
    kick(p, xGradients, halfKick, clip);
  }

  Index accepted = 0;
  for (Index i = 0; i < n; ++i) {
    const double endH = double(xEnergies[i]) * inverseT + 0.5 * double(p.col(i).squaredNorm());
    // A NaN Hamiltonian (the trajectory blew up) compares false: rejected.
    if (!(std::log(random.uniform()) < startH[i] - endH)) continue;
    batch.positions.col(i) = x.col(i);
    batch.energies[i] = xEnergies[i];
    batch.gradients.col(i) = xGradients.col(i);
    ++accepted;
  }
  return accepted;
}

}  // namespace ebm
