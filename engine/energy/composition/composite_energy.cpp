#include "energy/composition/composite_energy.h"

#include <stdexcept>

#include "core/errors.h"

namespace ebm {

CompositeEnergy::CompositeEnergy(std::vector<EnergyPtr> terms, const std::string& what)
    : terms_(std::move(terms)) {
  if (terms_.empty()) throw ArgumentError(what + " needs at least one energy to combine.");
  for (const auto& term : terms_) {
    if (!term) throw ArgumentError(what + " was given an empty energy.");
  }
  dimension_ = terms_.front()->dimension();
  for (const auto& term : terms_) {
    if (term->dimension() != dimension_) {
      throw ArgumentError(what + " cannot combine a " + std::to_string(dimension_) + "D energy with a " +
                          std::to_string(term->dimension()) + "D one (" + term->describe() + ").");
    }
  }
}

bool CompositeEnergy::usesTerm(std::size_t) const {
  return true;
}

void CompositeEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  const Index n = points.cols();
  if (points.rows() != dimension_ || energies.size() != n) {
    throw ArgumentError(describe() + " takes " + std::to_string(dimension_) +
                        "D points, one per column, with one energy per point.");
  }
  std::vector<Vector> values(terms_.size());
  std::vector<const float*> pointers(terms_.size(), nullptr);
  for (std::size_t k = 0; k < terms_.size(); ++k) {
    if (!usesTerm(k)) continue;
    values[k].resize(n);
    terms_[k]->evaluate(points, values[k]);
    pointers[k] = values[k].data();
  }
  combine(pointers, n, energies.data());
}

void CompositeEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                           PointsRef gradients) const {
  const Index n = points.cols();
  if (points.rows() != dimension_ || energies.size() != n || gradients.rows() != dimension_ ||
      gradients.cols() != n) {
    throw ArgumentError(describe() + " takes " + std::to_string(dimension_) +
                        "D points, one per column, with one energy and one gradient per point.");
  }
  std::vector<Vector> values(terms_.size());
  std::vector<Points> termGradients(terms_.size());
  std::vector<const float*> valuePointers(terms_.size(), nullptr);
  std::vector<const Points*> gradientPointers(terms_.size(), nullptr);
  for (std::size_t k = 0; k < terms_.size(); ++k) {
    if (!usesTerm(k)) continue;
    values[k].resize(n);
    termGradients[k].resize(dimension_, n);
    terms_[k]->evaluateWithGradient(points, values[k], termGradients[k]);
    valuePointers[k] = values[k].data();
    gradientPointers[k] = &termGradients[k];
  }
  combine(valuePointers, n, energies.data());
  combineGradients(valuePointers, energies.data(), gradientPointers, gradients);
}

// ∇E = Σ cₖ ∇Eₖ. A zero coefficient is skipped rather than multiplied, so 0·∞ never appears.
void CompositeEnergy::combineGradients(std::span<const float* const>, const float*,
                                       std::span<const Points* const> termGradients,
                                       PointsRef gradients) const {
  const auto coefficients = linearCoefficients();
  if (!coefficients) throw std::logic_error(describe() + " must override combineGradients().");
  gradients.setZero();
  for (std::size_t k = 0; k < termGradients.size(); ++k) {
    if (termGradients[k] && (*coefficients)[k] != 0)
      gradients += float((*coefficients)[k]) * *termGradients[k];
  }
}

}  // namespace ebm
