#include "data/noisy_circle_energy.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <sstream>

#include "core/errors.h"
#include "data/bessel.h"

namespace ebm {
namespace {

void checkBatch(ConstPointsRef points, Index energies, int dimension) {
  if (points.rows() != dimension || energies != points.cols()) {
    throw ArgumentError("A " + std::to_string(dimension) + "D density was given " +
                        std::to_string(points.rows()) + "D points or an energy buffer of the wrong length.");
  }
}

}  // namespace

NoisyCircleEnergy::NoisyCircleEnergy(int dimension, std::vector<NoisyCircle> circles, double noise)
    : dimension_(dimension), circles_(std::move(circles)), noise_(noise) {
  if (dimension != 2 && dimension != 3) {
    throw ArgumentError("A noisy-circle density must be 2D or 3D, not " + std::to_string(dimension) + "D.");
  }
  if (circles_.empty()) throw ArgumentError("A noisy-circle density needs at least one circle.");
  if (!(noise > 0) || !std::isfinite(noise)) {
    throw ArgumentError("A noisy-circle density needs a positive, finite noise.");
  }
  double totalWeight = 0;
  for (auto& circle : circles_) {
    if (!(circle.weight > 0) || !std::isfinite(circle.weight) || !(circle.radius > 0) ||
        !std::isfinite(circle.radius) || !circle.centre.allFinite()) {
      throw ArgumentError("Each circle of a noisy-circle density needs a positive weight and radius.");
    }
    if (dimension == 2) {
      circle.centre.z() = 0;
      circle.normal = Eigen::Vector3d::UnitZ();
    } else if (!circle.normal.allFinite() || circle.normal.norm() == 0) {
      throw ArgumentError("Each circle of a 3D noisy-circle density needs a non-zero plane normal.");
    }
    circle.normal.normalize();
    totalWeight += circle.weight;
  }
  for (const auto& circle : circles_)
    logWeights_.push_back(std::log(circle.weight / totalWeight));
}

double NoisyCircleEnergy::energyAt(const Eigen::Vector3d& point, Eigen::Vector3d* gradient) const {
  const double variance = noise_ * noise_;
  const double logNormalizer = -0.5 * dimension_ * std::log(2 * std::numbers::pi * variance);
  Eigen::Vector3d x = point;
  if (dimension_ == 2) x.z() = 0;

  // log-sum-exp over circles; the score of the mixture is the responsibility-weighted mean of the scores.
  double maxLog = -std::numeric_limits<double>::infinity(), sum = 0;
  Eigen::Vector3d weightedScore = Eigen::Vector3d::Zero();
  for (std::size_t k = 0; k < circles_.size(); ++k) {
    const NoisyCircle& c = circles_[k];
    const Eigen::Vector3d d = x - c.centre;
    const double h = c.normal.dot(d);
    const Eigen::Vector3d q = d - h * c.normal;
    const double rho = q.norm();
    const double z = rho * c.radius / variance;
    const ScaledBesselI0 bessel = scaledBesselI0(z);
    const double logP = logWeights_[k] + logNormalizer -
                        ((rho - c.radius) * (rho - c.radius) + h * h) / (2 * variance) + bessel.logScaled;
    const Eigen::Vector3d score =
        -d / variance + (c.radius * c.radius / (variance * variance)) * bessel.ratioOverZ * q;
    if (logP > maxLog) {
      const double rescale = std::exp(maxLog - logP);  // 0 on the first circle
      sum = sum * rescale + 1.0;
      weightedScore = weightedScore * rescale + score;
      maxLog = logP;
    } else {
      const double w = std::exp(logP - maxLog);
      sum += w;
      weightedScore += w * score;
    }
  }
  if (gradient) {
    *gradient = -weightedScore / sum;
    if (dimension_ == 2) gradient->z() = 0;
  }
  return -(maxLog + std::log(sum));
}

void NoisyCircleEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  checkBatch(points, energies.size(), dimension_);
  for (Index i = 0; i < points.cols(); ++i) {
    Eigen::Vector3d x = Eigen::Vector3d::Zero();
    x.head(dimension_) = points.col(i).head(dimension_).cast<double>();
    energies[i] = float(energyAt(x));
  }
}

void NoisyCircleEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                             PointsRef gradients) const {
  checkBatch(points, energies.size(), dimension_);
  if (gradients.rows() != points.rows() || gradients.cols() != points.cols()) {
    throw ArgumentError("The gradient buffer must have the shape of the points.");
  }
  for (Index i = 0; i < points.cols(); ++i) {
    Eigen::Vector3d x = Eigen::Vector3d::Zero(), gradient;
    x.head(dimension_) = points.col(i).head(dimension_).cast<double>();
    energies[i] = float(energyAt(x, &gradient));
    gradients.col(i) = gradient.head(dimension_).cast<float>();
  }
}

std::string NoisyCircleEnergy::describe() const {
  std::ostringstream text;
  text << "Noisy circles (" << circles_.size() << (circles_.size() == 1 ? " circle" : " circles")
       << ", noise " << noise_ << ")";
  return text.str();
}

}  // namespace ebm
