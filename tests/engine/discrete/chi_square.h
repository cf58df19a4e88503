// Pearson's chi-square test of observed counts against exact probabilities, for samplers of discrete systems.
#pragma once

#include <cmath>
#include <vector>

namespace ebm::testing {

/// Pearson's statistic Σ (O − E)²/E over the cells with an expected count of at least 5, pooling the rest
/// into one cell (the usual validity rule), and its degrees of freedom (cells − 1).
struct ChiSquare {
  double statistic = 0;
  int degreesOfFreedom = 0;
};

inline ChiSquare chiSquare(const std::vector<double>& counts, const std::vector<double>& probabilities) {
  double total = 0;
  for (double c : counts)
    total += c;
  ChiSquare result;
  double pooledObserved = 0, pooledExpected = 0;
  int cells = 0;
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const double expected = total * probabilities[k];
    if (expected < 5) {
      pooledObserved += counts[k];
      pooledExpected += expected;
      continue;
    }
    result.statistic += (counts[k] - expected) * (counts[k] - expected) / expected;
    ++cells;
  }
  if (pooledExpected > 0) {
    result.statistic +=
        (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
    ++cells;
  }
  result.degreesOfFreedom = cells - 1;
  return result;
}

/// The chi-square quantile with k degrees of freedom at upper tail z standard deviations (Wilson–Hilferty:
/// (χ²/k)^{1/3} is nearly normal with mean 1 − 2/(9k) and variance 2/(9k)). z = 4 is a tail of 3·10⁻⁵.
inline double chiSquareCritical(int k, double z = 4.0) {
  const double v = 2.0 / (9.0 * k);
  const double c = 1 - v + z * std::sqrt(v);
  return k * c * c * c;
}

}  // namespace ebm::testing
