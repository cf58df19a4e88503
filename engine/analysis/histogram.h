// Histograms of particle energies, and the Boltzmann prediction for the same bins: "what the particles
// should show" at temperature T.
#pragma once

#include <vector>

#include "energy/energy_grid.h"

namespace ebm {

/// `count` equal-width bins over [lower, upper).
struct HistogramBins {
  double lower = 0;
  double upper = 1;
  int count = 30;

  [[nodiscard]] double width() const { return (upper - lower) / count; }
  [[nodiscard]] double edge(int i) const { return lower + i * width(); }
  [[nodiscard]] double center(int i) const { return lower + (i + 0.5) * width(); }
  /// The bin of a value: −1 below `lower` (or NaN), `count` at or above `upper`.
  [[nodiscard]] int binOf(double value) const;
  /// Throws ArgumentError unless lower < upper are finite and 1 ≤ count ≤ 10,000.
  void validate() const;
};

/// Mass per bin: particle counts, or probabilities for a prediction. Mass outside the bins is kept apart, so
/// fractions are of the whole (a chart shows the same scale for particles and prediction).
struct Histogram {
  HistogramBins bins;
  std::vector<double> mass;  ///< one entry per bin
  double below = 0;          ///< mass below bins.lower
  double above = 0;          ///< mass at or above bins.upper (and +∞)
  double invalid = 0;        ///< NaN values (counted nowhere else)

  /// Total mass, in and out of the bins.
  [[nodiscard]] double total() const;
  /// mass[i] / total(): the fraction of all particles (or probability) in each bin.
  [[nodiscard]] std::vector<double> fractions() const;
  /// fraction / bin width: a probability density of the energy, comparable across bin widths.
  [[nodiscard]] std::vector<double> density() const;
};

/// Counts `values` (e.g. particle energies) into the bins. Throws ArgumentError for invalid bins.
[[nodiscard]] Histogram histogramOf(ConstVectorRef values, const HistogramBins& bins);

/// The distribution of E(x) under p_T(x) = exp(−E/T)/Z_T, binned: every grid node adds exp(−Eᵢ/T)·h^D/Z_T to
/// the bin of its energy Eᵢ. The masses sum (with below/above) to 1 over the box, so the prediction matches
/// particles kept in the box by walls; without walls, particles that wander out of the box are the box's
/// missing mass (see missingMass()). Throws as logPartition() (T ≤ 0, NaN energies) and for invalid bins.
[[nodiscard]] Histogram boltzmannEnergyHistogram(const EnergyGrid& grid, double temperature,
                                                 const HistogramBins& bins);

/// Bins that hold the bulk of p_T's energy distribution, for a chart axis that does not jump around with
/// particle noise: from the lowest grid energy to the energy below which all but `tailMass` of the
/// probability lies. Throws as boltzmannEnergyHistogram().
[[nodiscard]] HistogramBins boltzmannEnergyRange(const EnergyGrid& grid, double temperature, int count,
                                                 double tailMass = 1e-3);

/// Pearson's χ² of observed counts against predicted probabilities over the bins whose expected count
/// n·p ≥ `minimumExpected` (others are pooled into one bin, as is the mass outside the bins).
struct ChiSquare {
  double statistic = 0;
  int degreesOfFreedom = 0;  ///< bins used − 1
};
/// Throws ArgumentError if the histograms' bins differ or there are no observations.
[[nodiscard]] ChiSquare chiSquare(const Histogram& observed, const Histogram& predicted,
                                  double minimumExpected = 5.0);

/// Total-variation distance ½ Σ |fᵢ − gᵢ| between two histograms' fractions (outside mass included), in [0,
/// 1].
[[nodiscard]] double totalVariation(const Histogram& a, const Histogram& b);

}  // namespace ebm
