// Energy histograms and their Boltzmann prediction from a grid, against the closed form for a Gaussian.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/histogram.h"
#include "core/errors.h"
#include "engine/sampling/test_energies.h"

namespace ebm {
namespace {

TEST(Histogram, CountsValuesIntoBinsAndKeepsOutsideAndNaNApart) {
  Vector values(8);
  values << -1.0f, 0.0f, 0.1f, 0.5f, 0.99f, 1.0f, INFINITY, NAN;
  const Histogram h = histogramOf(values, {0.0, 1.0, 2});
  EXPECT_EQ(h.mass, (std::vector<double>{2, 2}));
  EXPECT_EQ(h.below, 1);
  EXPECT_EQ(h.above, 2);
  EXPECT_EQ(h.invalid, 1);
  EXPECT_EQ(h.total(), 8);
  EXPECT_DOUBLE_EQ(h.fractions()[0], 0.25);
  EXPECT_DOUBLE_EQ(h.density()[0], 0.5);
  EXPECT_THROW((void)histogramOf(values, {1.0, 1.0, 2}), ArgumentError);
  EXPECT_THROW((void)histogramOf(values, {0.0, 1.0, 0}), ArgumentError);
}

// For E = ‖x‖²/2 in 2D, x ~ N(0, T·I) at temperature T and E/T ~ Exponential(1):
//   P(a ≤ E < b) = exp(−a/T) − exp(−b/T).
double worstBinError(int nodesPerAxis, double temperature, const HistogramBins& bins) {
  const testing::QuadraticEnergy energy(Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity());
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 9.0), nodesPerAxis));
  const Histogram predicted = boltzmannEnergyHistogram(grid, temperature, bins);
  EXPECT_NEAR(predicted.total(), 1.0, 1e-6);  // log Z is summed in float (relative error ~1e-7)
  double worst = 0;
  for (int i = 0; i < bins.count; ++i) {
    const double exact = std::exp(-bins.edge(i) / temperature) - std::exp(-bins.edge(i + 1) / temperature);
    worst = std::max(worst, std::abs(predicted.mass[std::size_t(i)] - exact));
  }
  return worst;
}

TEST(Histogram, BoltzmannPredictionOfAGaussianConvergesAtSecondOrder) {
  for (double T : {0.7, 1.0}) {
    const HistogramBins bins{0.0, 5 * T, 25};
    const double coarse = worstBinError(128, T, bins), fine = worstBinError(512, T, bins);
    // Spreading each cell's mass over the energies the cell spans makes the error O(h²): 16× smaller for 4×
    // the nodes per axis (asked: 8×). At 512² the worst bin (bins hold 0.01 … 0.18) is within 10⁻⁴, far
    // below the noise of a 10⁴-particle histogram (≈ 4·10⁻³ on the largest bin).
    EXPECT_LT(fine, coarse / 8) << "T = " << T;
    EXPECT_LT(fine, 1e-4) << "T = " << T;
  }
}

TEST(Histogram, BoltzmannRangeHoldsAllButTheTail) {
  const testing::QuadraticEnergy energy(Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity());
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 9.0), 512));
  const double T = 1.5;
  const HistogramBins bins = boltzmannEnergyRange(grid, T, 30, 1e-3);
  EXPECT_NEAR(bins.lower, 0.0, 1e-3);
  EXPECT_NEAR(bins.upper, T * std::log(1e3), 0.05);  // the exponential law's 99.9% quantile
  EXPECT_EQ(bins.count, 30);
}

TEST(Histogram, IdenticalHistogramsHaveZeroChiSquareAndDistance) {
  Vector values = Vector::LinSpaced(1000, 0.0f, 2.0f);
  const Histogram h = histogramOf(values, {0.0, 2.0, 10});
  EXPECT_EQ(totalVariation(h, h), 0.0);
  const ChiSquare chi = chiSquare(h, h);
  EXPECT_EQ(chi.statistic, 0.0);
  EXPECT_EQ(chi.degreesOfFreedom, 9);
  const Histogram other = histogramOf(values, {0.0, 1.0, 10});
  EXPECT_THROW((void)totalVariation(h, other), ArgumentError);
}

}  // namespace
}  // namespace ebm
