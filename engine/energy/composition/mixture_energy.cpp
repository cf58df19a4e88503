#include "energy/composition/mixture_energy.h"

#include <cmath>
#include <sstream>

#include "core/errors.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/combination_rules.h"

namespace ebm {
namespace {

std::vector<double> twoWeights(double weight) {
  requireUnitInterval(weight, "A mixture's weight w");
  return {weight, 1 - weight};
}

}  // namespace

MixtureEnergy::MixtureEnergy(std::vector<EnergyPtr> terms, std::vector<double> weights)
    : CompositeEnergy(std::move(terms), "A mixture"), weights_(std::move(weights)) {
  if (weights_.size() != this->terms().size()) {
    throw ArgumentError("A mixture needs one weight per energy: " + std::to_string(this->terms().size()) +
                        " energies, " + std::to_string(weights_.size()) + " weights.");
  }
  double total = 0;
  for (double w : weights_) {
    if (!(w >= 0) || !std::isfinite(w)) throw ArgumentError("A mixture's weights must be zero or positive.");
    total += w;
  }
  if (!(total > 0)) throw ArgumentError("A mixture needs at least one positive weight.");
  for (double& w : weights_)
    w /= total;
}

MixtureEnergy::MixtureEnergy(EnergyPtr first, EnergyPtr second, double weight)
    : MixtureEnergy({std::move(first), std::move(second)}, twoWeights(weight)) {}

std::string MixtureEnergy::describe() const {
  std::ostringstream text;
  text << "Mixture";
  for (std::size_t k = 0; k < terms().size(); ++k)
    text << (k ? " OR " : " ") << weights_[k] << "·(" << terms()[k]->describe() << ")";
  return text.str();
}

bool MixtureEnergy::usesTerm(std::size_t k) const {
  return weights_[k] > 0;
}

// E = m − log Σ wₖ exp(m − Eₖ), m = min Eₖ (combination::logSumExp).
void MixtureEnergy::combine(std::span<const float* const> termValues, Index n, float* out) const {
  combination::logSumExp(termValues, weights_, n, out);
}

// ∇E = Σ rₖ ∇Eₖ, rₖ = wₖ exp(E − Eₖ) = the posterior probability that x came from term k. Computed in
// double; a responsibility that underflows to 0 contributes nothing, even where ∇Eₖ is infinite.
void MixtureEnergy::combineGradients(std::span<const float* const> termValues, const float* combined,
                                     std::span<const Points* const> termGradients,
                                     PointsRef gradients) const {
  gradients.setZero();
  for (Index i = 0; i < gradients.cols(); ++i) {
    for (std::size_t k = 0; k < termGradients.size(); ++k) {
      if (!termGradients[k]) continue;
      const double responsibility = weights_[k] * std::exp(double(combined[i]) - double(termValues[k][i]));
      if (responsibility == 0) continue;
      gradients.col(i) += float(responsibility) * termGradients[k]->col(i);
    }
  }
}

}  // namespace ebm
