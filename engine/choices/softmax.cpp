#include "choices/softmax.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.h"
#include "core/random.h"

namespace ebm {

std::vector<double> boltzmannChoice(const std::vector<double>& energies, double temperature) {
  if (energies.empty()) throw ArgumentError("A softmax needs at least one choice.");
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("The softmax temperature τ must be a positive number.");
  for (double e : energies) {
    if (!std::isfinite(e)) throw ArgumentError("Every choice needs a finite energy.");
  }
  const double lowest = *std::min_element(energies.begin(), energies.end());
  std::vector<double> p(energies.size());
  double sum = 0;
  for (std::size_t i = 0; i < energies.size(); ++i) {
    // exp(−(E − E_min)/τ) ≤ 1 and the lowest energies give exactly 1, so the sum is ≥ 1 for any τ > 0.
    p[i] = std::exp(-(energies[i] - lowest) / temperature);
    sum += p[i];
  }
  for (double& x : p)
    x /= sum;
  return p;
}

double entropyNats(const std::vector<double>& probabilities) {
  double h = 0;
  for (double p : probabilities) {
    if (p > 0) h -= p * std::log(p);
  }
  return h;
}

std::vector<double> surpriseFromCounts(const std::vector<double>& counts) {
  double total = 0;
  for (double c : counts) {
    if (!(c >= 0) || !std::isfinite(c)) throw ArgumentError("Counts must be finite and not negative.");
    total += c;
  }
  if (!(total > 0)) throw ArgumentError("At least one category must have been seen.");
  std::vector<double> u(counts.size());
  for (std::size_t i = 0; i < counts.size(); ++i)
    u[i] = counts[i] > 0 ? -std::log(counts[i] / total) : std::numeric_limits<double>::infinity();
  return u;
}

std::vector<int> drawChoices(const std::vector<double>& probabilities, int draws, Random& random) {
  std::vector<double> cumulative(probabilities.size());
  double sum = 0;
  for (std::size_t i = 0; i < probabilities.size(); ++i)
    cumulative[i] = sum += probabilities[i];
  std::vector<int> counts(probabilities.size(), 0);
  if (probabilities.empty()) return counts;
  for (int d = 0; d < draws; ++d) {
    const double u = random.uniform() * sum;
    auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    if (it == cumulative.end()) --it;  // u == sum only by rounding
    ++counts[std::size_t(it - cumulative.begin())];
  }
  return counts;
}

}  // namespace ebm
