#include "energy/composition/exact_partition.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "energy/analytic/closed_form_partition.h"
#include "energy/composition/composite_energy.h"
#include "energy/composition/gaussian_algebra.h"
#include "energy/composition/mixture_energy.h"
#include "energy/gaussian_mixture.h"

namespace ebm {

std::optional<double> exactLogPartition(const Energy& energy, double temperature) {
  requirePositiveTemperature(temperature);
  if (const auto* known = dynamic_cast<const ClosedFormPartition*>(&energy)) {
    return known->closedFormLogPartition(temperature);
  }
  if (const auto quadratic = quadraticEnergyOf(energy)) return quadratic->logPartition(temperature);
  if (dynamic_cast<const GaussianMixtureEnergy*>(&energy)) {
    return temperature == 1.0 ? std::optional<double>(0.0) : std::nullopt;
  }
  const auto* composite = dynamic_cast<const CompositeEnergy*>(&energy);
  if (!composite) return std::nullopt;

  // c·E at temperature T is E at temperature T/c.
  if (const auto coefficients = composite->linearCoefficients()) {
    int used = -1, count = 0;
    for (std::size_t k = 0; k < coefficients->size(); ++k) {
      if (composite->usesTerm(k) && (*coefficients)[k] != 0) {
        used = int(k);
        ++count;
      }
    }
    if (count != 1 || !((*coefficients)[used] > 0)) return std::nullopt;
    return exactLogPartition(*composite->terms()[used], temperature / (*coefficients)[used]);
  }

  // ∫ Σ wₖ exp(−Eₖ) = Σ wₖ Zₖ, summed as a log-sum-exp.
  if (const auto* mixture = dynamic_cast<const MixtureEnergy*>(&energy); mixture && temperature == 1.0) {
    std::vector<double> logTerms;
    for (std::size_t k = 0; k < mixture->terms().size(); ++k) {
      if (!mixture->usesTerm(k)) continue;
      const auto logZ = exactLogPartition(*mixture->terms()[k], 1.0);
      if (!logZ) return std::nullopt;
      logTerms.push_back(std::log(mixture->weights()[k]) + *logZ);
    }
    const double top = *std::max_element(logTerms.begin(), logTerms.end());
    double sum = 0;
    for (double t : logTerms)
      sum += std::exp(t - top);
    return top + std::log(sum);
  }
  return std::nullopt;
}

}  // namespace ebm
