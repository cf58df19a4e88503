#include "energy/composition/gaussian_algebra.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/closed_form_partition.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/composite_energy.h"

namespace ebm {

double QuadraticEnergy::at(const Eigen::VectorXd& x) const {
  const Eigen::VectorXd d = x - mean;
  return 0.5 * d.dot(precision * d) + offset;
}

bool QuadraticEnergy::positiveDefinite() const {
  Eigen::LLT<Eigen::MatrixXd> cholesky(precision);
  return cholesky.info() == Eigen::Success && cholesky.matrixL().toDenseMatrix().diagonal().minCoeff() > 0;
}

// ∫ exp(−(½(x−μ)ᵀΛ(x−μ) + c)/T) dx = e^{−c/T}·(2πT)^{D/2}·det(Λ)^{−1/2}.
std::optional<double> QuadraticEnergy::logPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  Eigen::LLT<Eigen::MatrixXd> cholesky(precision);
  if (cholesky.info() != Eigen::Success) return std::nullopt;
  const Eigen::VectorXd diagonal = cholesky.matrixL().toDenseMatrix().diagonal();
  if (diagonal.minCoeff() <= 0) return std::nullopt;
  const double logDetPrecision = 2 * diagonal.array().log().sum();
  return -offset / temperature + 0.5 * double(mean.size()) * std::log(2 * std::numbers::pi * temperature) -
         0.5 * logDetPrecision;
}

GaussianComponent QuadraticEnergy::gaussian() const {
  if (!positiveDefinite()) {
    throw NumericError(
        "This quadratic energy is not a Gaussian: its precision matrix is not positive definite.");
  }
  GaussianComponent g;
  g.weight = 1.0;
  g.mean = mean;
  g.covariance = precision.llt().solve(Eigen::MatrixXd::Identity(mean.size(), mean.size()));
  g.covariance = 0.5 * (g.covariance + g.covariance.transpose()).eval();
  return g;
}

QuadraticEnergy quadraticEnergyOf(const GaussianComponent& gaussian) {
  const Index d = gaussian.mean.size();
  if (gaussian.covariance.rows() != d || gaussian.covariance.cols() != d) {
    throw ArgumentError("A Gaussian's covariance must be a square matrix the size of its mean.");
  }
  Eigen::LLT<Eigen::MatrixXd> cholesky(gaussian.covariance);
  if (cholesky.info() != Eigen::Success || cholesky.matrixL().toDenseMatrix().diagonal().minCoeff() <= 0) {
    throw ArgumentError("A Gaussian's covariance must be symmetric positive definite.");
  }
  QuadraticEnergy q;
  q.mean = gaussian.mean;
  q.precision = cholesky.solve(Eigen::MatrixXd::Identity(d, d));
  q.precision = 0.5 * (q.precision + q.precision.transpose()).eval();
  const double logDet = 2 * cholesky.matrixL().toDenseMatrix().diagonal().array().log().sum();
  q.offset = 0.5 * (double(d) * std::log(2 * std::numbers::pi) + logDet);
  return q;
}

// Σ cₖEₖ(x) = ½xᵀΛx − xᵀh + Σ cₖ(½μₖᵀΛₖμₖ + offsetₖ) with h = Σ cₖΛₖμₖ; completing the square around
// μ = Λ⁻¹h leaves the offset Σ cₖ(½μₖᵀΛₖμₖ + offsetₖ) − ½μᵀΛμ.
QuadraticEnergy linearCombination(std::span<const QuadraticEnergy> energies,
                                  std::span<const double> coefficients) {
  if (energies.empty() || energies.size() != coefficients.size()) {
    throw ArgumentError("A linear combination needs one coefficient per quadratic energy.");
  }
  const Index d = energies.front().mean.size();
  Eigen::MatrixXd precision = Eigen::MatrixXd::Zero(d, d);
  Eigen::VectorXd h = Eigen::VectorXd::Zero(d);
  double constant = 0;
  for (std::size_t k = 0; k < energies.size(); ++k) {
    const auto& e = energies[k];
    if (e.mean.size() != d)
      throw ArgumentError("Quadratic energies of different dimensions cannot be combined.");
    const Eigen::VectorXd pull = e.precision * e.mean;
    precision += coefficients[k] * e.precision;
    h += coefficients[k] * pull;
    constant += coefficients[k] * (0.5 * e.mean.dot(pull) + e.offset);
  }
  Eigen::FullPivLU<Eigen::MatrixXd> lu(precision);
  lu.setThreshold(1e-12);
  if (!lu.isInvertible()) {
    throw NumericError(
        "This combination of Gaussian energies has a singular precision matrix: it is flat in "
        "some direction and has no centre.");
  }
  QuadraticEnergy q;
  q.precision = precision;
  q.mean = lu.solve(h);
  q.offset = constant - 0.5 * q.mean.dot(precision * q.mean);
  return q;
}

std::optional<QuadraticEnergy> quadraticEnergyOf(const Energy& energy) {
  if (const auto* mixture = dynamic_cast<const GaussianMixtureEnergy*>(&energy)) {
    if (mixture->components().size() != 1) return std::nullopt;
    return quadraticEnergyOf(mixture->components().front());
  }
  const auto* composite = dynamic_cast<const CompositeEnergy*>(&energy);
  if (!composite) return std::nullopt;
  const auto coefficients = composite->linearCoefficients();
  if (!coefficients) return std::nullopt;
  std::vector<QuadraticEnergy> parts;
  std::vector<double> used;
  for (std::size_t k = 0; k < composite->terms().size(); ++k) {
    if (!composite->usesTerm(k) || (*coefficients)[k] == 0) continue;
    auto part = quadraticEnergyOf(*composite->terms()[k]);
    if (!part) return std::nullopt;
    parts.push_back(std::move(*part));
    used.push_back((*coefficients)[k]);
  }
  if (parts.empty()) return std::nullopt;
  try {
    return linearCombination(parts, used);
  } catch (const NumericError&) {
    return std::nullopt;
  }
}

GaussianComponent blendGaussians(const GaussianComponent& a, const GaussianComponent& b, double alpha) {
  requireUnitInterval(alpha, "The blend's α");
  if (a.mean.size() != b.mean.size())
    throw ArgumentError("Only Gaussians of the same dimension can be blended.");
  const QuadraticEnergy parts[2] = {quadraticEnergyOf(a), quadraticEnergyOf(b)};
  const double coefficients[2] = {alpha, 1 - alpha};
  // Both precisions are positive definite and α ∈ [0, 1], so the blend's is too: gaussian() cannot fail.
  return linearCombination(parts, coefficients).gaussian();
}

}  // namespace ebm
