#include "energy/gaussian_mixture.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <string>

#include "core/errors.h"

namespace ebm {

GaussianMixtureEnergy::GaussianMixtureEnergy(std::vector<GaussianComponent> components)
    : components_(std::move(components)) {
  if (components_.empty()) throw ArgumentError("A Gaussian mixture needs at least one component.");
  dimension_ = int(components_.front().mean.size());
  if (dimension_ != 2 && dimension_ != 3) {
    throw ArgumentError("A Gaussian mixture must be 2D or 3D, not " + std::to_string(dimension_) + "D.");
  }
  double totalWeight = 0;
  for (std::size_t k = 0; k < components_.size(); ++k) {
    const auto& c = components_[k];
    const std::string which = "Component " + std::to_string(k + 1);
    if (c.mean.size() != dimension_ || c.covariance.rows() != dimension_ ||
        c.covariance.cols() != dimension_) {
      throw ArgumentError(which + " has a mean or covariance of the wrong size.");
    }
    if (!(c.weight > 0) || !std::isfinite(c.weight)) throw ArgumentError(which + " needs a positive weight.");
    if (!c.mean.allFinite() || !c.covariance.allFinite() ||
        (c.covariance - c.covariance.transpose()).cwiseAbs().maxCoeff() >
            1e-9 * c.covariance.cwiseAbs().maxCoeff()) {
      throw ArgumentError(which + "'s covariance must be finite and symmetric.");
    }
    totalWeight += c.weight;
  }
  for (const auto& c : components_) {
    Eigen::LLT<Eigen::MatrixXd> cholesky(c.covariance);
    if (cholesky.info() != Eigen::Success || cholesky.matrixL().toDenseMatrix().diagonal().minCoeff() <= 0) {
      throw ArgumentError("A covariance of the Gaussian mixture is not positive definite.");
    }
    const double logDet = 2.0 * cholesky.matrixL().toDenseMatrix().diagonal().array().log().sum();
    Prepared p;
    p.mean = c.mean;
    p.precision = cholesky.solve(Eigen::MatrixXd::Identity(dimension_, dimension_));
    p.logNormalizer =
        std::log(c.weight / totalWeight) - 0.5 * (dimension_ * std::log(2 * std::numbers::pi) + logDet);
    prepared_.push_back(std::move(p));
  }
}

// E = −log Σₖ exp(aₖ), aₖ = log wₖ − ½ log det 2πΣₖ − ½ (x−μₖ)ᵀ Σₖ⁻¹ (x−μₖ);
// ∇E = Σₖ rₖ Σₖ⁻¹ (x−μₖ) with responsibilities rₖ = softmax(a)ₖ. Computed in double per point, stably.
template <bool WithGradient>
void GaussianMixtureEnergy::run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const {
  const int d = dimension_;
  const std::size_t K = prepared_.size();
  std::vector<double> a(K);
  std::vector<Eigen::Vector3d> pulls(K);
  for (Index i = 0; i < points.cols(); ++i) {
    Eigen::Vector3d x = Eigen::Vector3d::Zero();
    for (int r = 0; r < d; ++r)
      x[r] = points(r, i);
    double amax = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < K; ++k) {
      const auto& p = prepared_[k];
      Eigen::Vector3d diff = Eigen::Vector3d::Zero(), pull = Eigen::Vector3d::Zero();
      for (int r = 0; r < d; ++r)
        diff[r] = x[r] - p.mean[r];
      for (int r = 0; r < d; ++r) {
        for (int c = 0; c < d; ++c)
          pull[r] += p.precision(r, c) * diff[c];
      }
      a[k] = p.logNormalizer - 0.5 * diff.dot(pull);
      pulls[k] = pull;
      amax = std::max(amax, a[k]);
    }
    double sum = 0;
    for (std::size_t k = 0; k < K; ++k)
      sum += std::exp(a[k] - amax);
    energies[i] = float(-(amax + std::log(sum)));
    if constexpr (WithGradient) {
      Eigen::Vector3d grad = Eigen::Vector3d::Zero();
      for (std::size_t k = 0; k < K; ++k)
        grad += (std::exp(a[k] - amax) / sum) * pulls[k];
      for (int r = 0; r < d; ++r)
        (*gradients)(r, i) = float(grad[r]);
    }
  }
}

void GaussianMixtureEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  run<false>(points, energies, nullptr);
}

void GaussianMixtureEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                                 PointsRef gradients) const {
  run<true>(points, energies, &gradients);
}

std::string GaussianMixtureEnergy::describe() const {
  if (components_.size() == 1) return "Gaussian";
  return "Gaussian mixture (" + std::to_string(components_.size()) + " components)";
}

}  // namespace ebm
