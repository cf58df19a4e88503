#include "energy/analytic/modern_hopfield.h"

#include <cmath>
#include <sstream>
#include <utility>

#include "core/errors.h"

namespace ebm {

ModernHopfieldEnergy::ModernHopfieldEnergy(ModernHopfieldParameters parameters)
    : p_(std::move(parameters)), patterns_(p_.patterns) {
  if (patterns_.cols() < 1)
    throw ArgumentError("A modern Hopfield network needs at least one stored pattern.");
  if (patterns_.rows() != 2 && patterns_.rows() != 3) {
    throw ArgumentError("Modern Hopfield patterns must be 2D or 3D points, not " +
                        std::to_string(patterns_.rows()) + "D.");
  }
  if (!patterns_.allFinite()) throw ArgumentError("Modern Hopfield patterns must be finite numbers.");
  if (!(p_.beta > 0) || !std::isfinite(p_.beta)) throw ArgumentError("β must be positive.");
  if (p_.normalize) {
    for (Eigen::Index i = 0; i < patterns_.cols(); ++i) {
      const double length = patterns_.col(i).norm();
      if (!(length > 0)) {
        throw ArgumentError("Pattern " + std::to_string(i + 1) +
                            " is at the origin and has no direction to "
                            "normalize; move it or switch normalize off.");
      }
      patterns_.col(i) /= length;
    }
  }
}

std::string ModernHopfieldEnergy::describe() const {
  std::ostringstream text;
  text << "Modern Hopfield (" << (p_.euclidean ? "Euclidean" : "dot-product") << ", " << patterns_.cols()
       << " patterns, β = " << p_.beta << (p_.normalize ? ", normalized" : "") << ")";
  return text.str();
}

Eigen::VectorXd ModernHopfieldEnergy::softmax(const double* query, double& logMeanExp) const {
  Eigen::VectorXd scores(patterns_.cols());
  for (Eigen::Index i = 0; i < patterns_.cols(); ++i) {
    double dot = 0, squaredDistance = 0;
    for (int k = 0; k < dimension(); ++k) {
      dot += patterns_(k, i) * query[k];
      squaredDistance += (query[k] - patterns_(k, i)) * (query[k] - patterns_(k, i));
    }
    scores[i] = p_.euclidean ? -0.5 * squaredDistance : dot;
  }
  scores *= p_.beta;
  const double top = scores.maxCoeff();
  Eigen::VectorXd w = (scores.array() - top).exp();
  const double sum = w.sum();
  logMeanExp = top + std::log(sum / double(w.size()));
  return w / sum;
}

Eigen::VectorXd ModernHopfieldEnergy::weights(const Eigen::VectorXd& query) const {
  if (query.size() != dimension()) throw ArgumentError("The query must have one number per dimension.");
  double unused = 0;
  return softmax(query.data(), unused);
}

Eigen::VectorXd ModernHopfieldEnergy::update(const Eigen::VectorXd& query) const {
  return patterns_ * weights(query);
}

double ModernHopfieldEnergy::energy(const Eigen::VectorXd& query) const {
  if (query.size() != dimension()) throw ArgumentError("The query must have one number per dimension.");
  return energyAt<false>(query.data(), nullptr);
}

}  // namespace ebm
