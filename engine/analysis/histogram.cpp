#include "analysis/histogram.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/quadrature.h"
#include "core/errors.h"

namespace ebm {
namespace {

// CDF at t of S = Σ_a U_a, U_a ~ Uniform(−w_a, w_a), all w_a > 0 (D ≤ 3), by inclusion–exclusion:
//   F(t) = 1/(D!·∏ 2w_a) · Σ_{A ⊆ axes} (−1)^{|A|} · max(0, t + Σ_a w_a − 2 Σ_{a∈A} w_a)^D.
double uniformSumCdf(double t, const double* halfWidths, int count) {
  double total = 0, sum = 0, normalizer = 1;
  for (int a = 0; a < count; ++a) {
    sum += halfWidths[a];
    normalizer *= 2 * halfWidths[a] * (a + 1);
  }
  if (t <= -sum) return 0.0;
  if (t >= sum) return 1.0;
  for (int subset = 0; subset < (1 << count); ++subset) {
    double shift = t + sum;
    int sign = 1;
    for (int a = 0; a < count; ++a) {
      if (subset & (1 << a)) shift -= 2 * halfWidths[a], sign = -sign;
    }
    if (shift > 0) total += sign * std::pow(shift, count);
  }
  return std::clamp(total / normalizer, 0.0, 1.0);
}

// How far E varies over node i's cell, per axis, if E is linear there: |∂E/∂x_a|·h_a/2, the derivative by
// central differences (one-sided on the faces, zero next to a non-finite value).
int cellHalfWidths(const EnergyGrid& grid, Index flat, double* halfWidths) {
  const Lattice& lattice = grid.lattice;
  const Index nx = lattice.shape[0], ny = lattice.shape[1];
  const Index ijk[3] = {flat % nx, (flat / nx) % ny, flat / (nx * ny)};
  const Index strides[3] = {1, nx, nx * ny};
  const double center = grid.values[flat];
  int count = 0;
  for (int axis = 0; axis < lattice.dimension(); ++axis) {
    const Index last = lattice.shape[std::size_t(axis)] - 1;
    const Index lo = ijk[axis] > 0 ? flat - strides[axis] : flat;
    const Index hi = ijk[axis] < last ? flat + strides[axis] : flat;
    const double difference = double(grid.values[hi]) - double(grid.values[lo]);
    const double spacings = double(ijk[axis] > 0) + double(ijk[axis] < last);
    const double halfWidth = std::abs(difference) / spacings * 0.5;  // |∂E/∂x|·h/2 = |ΔE/Δnodes|/2
    if (std::isfinite(halfWidth) && halfWidth > 1e-9 * (1.0 + std::abs(center)))
      halfWidths[count++] = halfWidth;
  }
  return count;
}

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

// P(E ∈ bin) = ∫ 1[E(x) ∈ bin] exp(−E(x)/T)/Z_T dx. Node i stands for its cell with mass
// exp(−Eᵢ/T − log Z_T)·h^D; inside the cell E ≈ Eᵢ + Σ_a ∂_aE·u_a with u_a ~ Uniform(−h_a/2, h_a/2), so the
// node's mass is spread over the bins by the distribution of that sum instead of landing in Eᵢ's bin alone.
// Putting each cell at one energy converges only about linearly in h (±10% per bin on a 256² grid); the
// spread makes the prediction exact for piecewise-linear energies.
Histogram boltzmannEnergyHistogram(const EnergyGrid& grid, double temperature, const HistogramBins& bins) {
  bins.validate();
  const double logZ = logPartition(grid, temperature);
  const double logCell = std::log(grid.lattice.cellVolume());
  Histogram histogram{bins, std::vector<double>(std::size_t(bins.count), 0.0)};
  double halfWidths[3];
  for (Index i = 0; i < grid.values.size(); ++i) {
    const double e = grid.values[i];
    const double probability = std::exp(-e / temperature - logZ + logCell);
    if (!(probability > 0)) continue;
    const int count = cellHalfWidths(grid, i, halfWidths);
    double reach = 0;
    for (int a = 0; a < count; ++a)
      reach += halfWidths[a];
    const int first = bins.binOf(e - reach), last = bins.binOf(e + reach);
    if (first == last || count == 0) {
      const int bin = bins.binOf(e);
      (bin < 0             ? histogram.below
       : bin >= bins.count ? histogram.above
                           : histogram.mass[std::size_t(bin)]) += probability;
      continue;
    }
    double previous = 0;  // the CDF at the lower edge of the current bin
    for (int bin = first; bin <= last; ++bin) {
      const double upperCdf =
          bin >= last ? 1.0 : uniformSumCdf(bins.edge(std::max(bin, -1) + 1) - e, halfWidths, count);
      const double share = probability * (upperCdf - previous);
      (bin < 0             ? histogram.below
       : bin >= bins.count ? histogram.above
                           : histogram.mass[std::size_t(bin)]) += share;
      previous = upperCdf;
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
