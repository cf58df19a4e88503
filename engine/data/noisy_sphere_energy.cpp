#include "data/noisy_sphere_energy.h"

#include <cmath>
#include <numbers>
#include <sstream>

#include "core/errors.h"

namespace ebm {
namespace {

// Below this a the series L(a)/a = 1/3 − a²/45 + 2a⁴/945 is exact to double precision; above it the closed
// form coth a − 1/a loses at most ~1e-12 to cancellation.
constexpr double kLangevinSeriesLimit = 1e-2;

double langevinOverA(double a) {
  if (a < kLangevinSeriesLimit) return 1.0 / 3 - a * a / 45 + 2 * a * a * a * a / 945;
  return (1.0 / std::tanh(a) - 1.0 / a) / a;
}

// log((1 − e^{−2a})/(2a)), → 0 as a → 0; expm1 keeps it accurate for small a.
double logShellFactor(double a) {
  if (a == 0) return 0;
  return std::log(-std::expm1(-2 * a) / (2 * a));
}

void checkBatch(ConstPointsRef points, Index energies) {
  if (points.rows() != 3 || energies != points.cols()) {
    throw ArgumentError("A 3D density was given " + std::to_string(points.rows()) +
                        "D points or an energy buffer of the wrong length.");
  }
}

}  // namespace

NoisySphereEnergy::NoisySphereEnergy(double radius, double noise, const Eigen::Vector3d& centre)
    : radius_(radius), noise_(noise), centre_(centre) {
  if (!(radius > 0) || !std::isfinite(radius) || !(noise > 0) || !std::isfinite(noise) ||
      !centre.allFinite()) {
    throw ArgumentError("A noisy sphere density needs a positive, finite radius and noise.");
  }
}

double NoisySphereEnergy::energyAt(const Eigen::Vector3d& x, Eigen::Vector3d* gradient) const {
  const double variance = noise_ * noise_;
  const Eigen::Vector3d d = x - centre_;
  const double rho = d.norm();
  const double a = rho * radius_ / variance;
  if (gradient) {
    *gradient = -(-1.0 / variance + radius_ * radius_ / (variance * variance) * langevinOverA(a)) * d;
  }
  const double logP = -1.5 * std::log(2 * std::numbers::pi * variance) -
                      (rho - radius_) * (rho - radius_) / (2 * variance) + logShellFactor(a);
  return -logP;
}

void NoisySphereEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  checkBatch(points, energies.size());
  for (Index i = 0; i < points.cols(); ++i)
    energies[i] = float(energyAt(points.col(i).cast<double>()));
}

void NoisySphereEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                             PointsRef gradients) const {
  checkBatch(points, energies.size());
  if (gradients.rows() != 3 || gradients.cols() != points.cols()) {
    throw ArgumentError("The gradient buffer must have the shape of the points.");
  }
  for (Index i = 0; i < points.cols(); ++i) {
    Eigen::Vector3d gradient;
    energies[i] = float(energyAt(points.col(i).cast<double>(), &gradient));
    gradients.col(i) = gradient.cast<float>();
  }
}

std::string NoisySphereEnergy::describe() const {
  std::ostringstream text;
  text << "Noisy sphere (radius " << radius_ << ", noise " << noise_ << ")";
  return text.str();
}

}  // namespace ebm
