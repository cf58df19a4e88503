#include "analysis/histogram.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/quadrature.h"
#include "core/errors.h"

namespace ebm {
namespace {

void requireSameBins(const Histogram& a, const Histogram& b) {
  if (a.bins.lower != b.bins.lower || a.bins.upper != b.bins.upper || a.bins.count != b.bins.count)
    throw ArgumentError("The two histograms have different bins, so they cannot be compared.");
}

}  // namespace

int HistogramBins::binOf(double value) const {
  if (!(value >= lower)) return -1;
  if (value >= upper) return count;
  return std::min(count - 1, int((value - lower) / width()));
}

void HistogramBins::validate() const {
  if (!std::isfinite(lower) || !std::isfinite(upper) || !(upper > lower)) {
    throw ArgumentError("A histogram's range must be finite with its upper end above its lower end.");
  }
  if (count < 1 || count > 10000) {
    throw ArgumentError("A histogram needs between 1 and 10,000 bins, not " + std::to_string(count) + ".");
  }
}

double Histogram::total() const {
  double sum = below + above + invalid;
  for (double m : mass)
    sum += m;
  return sum;
}

std::vector<double> Histogram::fractions() const {
  const double sum = total();
  std::vector<double> out(mass.size(), 0.0);
  if (sum > 0) {
    for (std::size_t i = 0; i < mass.size(); ++i)
      out[i] = mass[i] / sum;
  }
  return out;
}

std::vector<double> Histogram::density() const {
  std::vector<double> out = fractions();
  for (double& f : out)
    f /= bins.width();
  return out;
}

Histogram histogramOf(ConstVectorRef values, const HistogramBins& bins) {
  bins.validate();
  Histogram histogram{bins, std::vector<double>(std::size_t(bins.count), 0.0)};
  for (Index i = 0; i < values.size(); ++i) {
    const float v = values[i];
    if (std::isnan(v)) {
      histogram.invalid += 1;
      continue;
    }
    const int bin = bins.binOf(v);
    if (bin < 0) {
      histogram.below += 1;
    } else if (bin >= bins.count) {
      histogram.above += 1;
    } else {
      histogram.mass[std::size_t(bin)] += 1;
    }
  }
  return histogram;
}

// P(E ∈ bin) = ∫ 1[E(x) ∈ bin] exp(−E(x)/T)/Z_T dx ≈ Σᵢ 1[Eᵢ ∈ bin] exp(−Eᵢ/T − log Z_T)·h^D.
Histogram boltzmannEnergyHistogram(const EnergyGrid& grid, double temperature, const HistogramBins& bins) {
  bins.validate();
  const double logZ = logPartition(grid, temperature);
  const double logCell = std::log(grid.lattice.cellVolume());
  Histogram histogram{bins, std::vector<double>(std::size_t(bins.count), 0.0)};
  for (Index i = 0; i < grid.values.size(); ++i) {
    const double e = grid.values[i];
    const double probability = std::exp(-e / temperature - logZ + logCell);
    const int bin = bins.binOf(e);
    if (bin < 0) {
      histogram.below += probability;
    } else if (bin >= bins.count) {
      histogram.above += probability;
    } else {
      histogram.mass[std::size_t(bin)] += probability;
    }
  }
  return histogram;
}

HistogramBins boltzmannEnergyRange(const EnergyGrid& grid, double temperature, int count, double tailMass) {
  if (!(tailMass > 0 && tailMass < 1))
    throw ArgumentError("The tail mass must lie strictly between 0 and 1.");
  const double logZ = logPartition(grid, temperature);
  const double logCell = std::log(grid.lattice.cellVolume());
  std::vector<std::pair<float, double>> byEnergy;
  byEnergy.reserve(std::size_t(grid.values.size()));
  for (Index i = 0; i < grid.values.size(); ++i) {
    const float e = grid.values[i];
    if (std::isfinite(e)) byEnergy.emplace_back(e, std::exp(-e / temperature - logZ + logCell));
  }
  std::sort(byEnergy.begin(), byEnergy.end());
  double cumulative = 0;
  double upper = byEnergy.back().first;
  for (const auto& [e, p] : byEnergy) {
    cumulative += p;
    if (cumulative >= 1.0 - tailMass) {
      upper = e;
      break;
    }
  }
  HistogramBins bins{byEnergy.front().first, upper, count};
  if (!(bins.upper > bins.lower)) bins.upper = bins.lower + 1.0;  // a flat landscape: any unit range
  bins.validate();
  return bins;
}

ChiSquare chiSquare(const Histogram& observed, const Histogram& predicted, double minimumExpected) {
  requireSameBins(observed, predicted);
  const double n = observed.total() - observed.invalid;
  if (!(n > 0)) throw ArgumentError("There are no observations to compare with the prediction.");
  const double predictedTotal = predicted.total() - predicted.invalid;
  ChiSquare result;
  double pooledObserved = observed.below + observed.above;
  double pooledExpected = n * (predicted.below + predicted.above) / predictedTotal;
  int used = 0;
  for (std::size_t i = 0; i < observed.mass.size(); ++i) {
    const double expected = n * predicted.mass[i] / predictedTotal;
    if (expected < minimumExpected) {
      pooledObserved += observed.mass[i];
      pooledExpected += expected;
      continue;
    }
    const double difference = observed.mass[i] - expected;
    result.statistic += difference * difference / expected;
    ++used;
  }
  if (pooledExpected >= minimumExpected) {
    const double difference = pooledObserved - pooledExpected;
    result.statistic += difference * difference / pooledExpected;
    ++used;
  }
  result.degreesOfFreedom = std::max(0, used - 1);
  return result;
}

double totalVariation(const Histogram& a, const Histogram& b) {
  requireSameBins(a, b);
  const double totalA = a.total(), totalB = b.total();
  if (!(totalA > 0) || !(totalB > 0)) throw ArgumentError("A histogram to compare is empty.");
  double sum = std::abs(a.below / totalA - b.below / totalB) + std::abs(a.above / totalA - b.above / totalB) +
               std::abs(a.invalid / totalA - b.invalid / totalB);
  for (std::size_t i = 0; i < a.mass.size(); ++i)
    sum += std::abs(a.mass[i] / totalA - b.mass[i] / totalB);
  return 0.5 * sum;
}

}  // namespace ebm
