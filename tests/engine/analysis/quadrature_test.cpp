// Quadrature against closed forms: log Z of Gaussians in 2D and 3D, temperature scaling, NLL and missing
// mass.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "analysis/quadrature.h"
#include "core/errors.h"
#include "core/random.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

// Adds a constant to an energy: log Z_T shifts by −offset/T.
class ShiftedEnergy final : public Energy {
 public:
  ShiftedEnergy(EnergyPtr inner, double offset) : inner_(std::move(inner)), offset_(float(offset)) {}
  int dimension() const override { return inner_->dimension(); }
  void evaluate(ConstPointsRef x, VectorRef e) const override {
    inner_->evaluate(x, e);
    e.array() += offset_;
  }
  void evaluateWithGradient(ConstPointsRef x, VectorRef e, PointsRef g) const override {
    inner_->evaluateWithGradient(x, e, g);
    e.array() += offset_;
  }
  std::string describe() const override { return "shifted"; }

 private:
  EnergyPtr inner_;
  float offset_;
};

TEST(Quadrature, GaussianLogPartition2DWithinOneInTenThousand) {
  Eigen::Matrix2d covariance;
  covariance << 0.8, 0.3, 0.3, 0.5;
  auto gaussian = std::make_shared<GaussianMixtureEnergy>(
      std::vector<GaussianComponent>{{1.0, Eigen::Vector2d(0.2, -0.1), covariance}});
  // The energy is exactly normalized (log Z₁ = 0); shift it so that log Z is not trivially zero.
  const double offset = 3.7;
  const ShiftedEnergy energy(gaussian, offset);
  const double sigma = std::sqrt(covariance.diagonal().maxCoeff());
  Box box = Box::centered(2, 6 * sigma);
  for (int a = 0; a < 2; ++a)
    box.lower[a] += a == 0 ? 0.2 : -0.1, box.upper[a] += a == 0 ? 0.2 : -0.1;
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(box, 512));
  for (double T : {0.5, 1.0, 2.0}) {
    // At T the density exp(−E/T) is a Gaussian with covariance TΣ; it stays within ±6σ only for T ≤ 1.
    if (T > 1) continue;
    // E = ½(x−μ)ᵀΣ⁻¹(x−μ) + ½ log det(2πΣ) + offset, so
    // log Z_T = −offset/T − log det(2πΣ)/(2T) + ½ log det(2πTΣ).
    const double logDet = std::log((2 * std::numbers::pi * covariance).determinant());
    const double exact = -offset / T - logDet / (2 * T) +
                         0.5 * std::log((2 * std::numbers::pi * T * covariance).determinant());
    EXPECT_NEAR(logPartition(grid, T), exact, 1e-4 * std::abs(exact)) << "T = " << T;
  }
  EXPECT_NEAR(freeEnergy(grid, 1.0), offset, 1e-4 * offset);
}

TEST(Quadrature, GaussianLogPartition3DWithinOneInAThousand) {
  Eigen::Matrix3d covariance;
  covariance << 0.6, 0.1, 0.0, 0.1, 0.4, -0.05, 0.0, -0.05, 0.5;
  auto gaussian = std::make_shared<GaussianMixtureEnergy>(
      std::vector<GaussianComponent>{{1.0, Eigen::Vector3d::Zero(), covariance}});
  const ShiftedEnergy energy(gaussian, -2.0);
  const double sigma = std::sqrt(covariance.diagonal().maxCoeff());
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(3, 6 * sigma), 128));
  EXPECT_NEAR(logPartition(grid, 1.0), 2.0, 1e-3 * 2.0);
}

TEST(Quadrature, MixtureIsNormalizedAndDensitySumsToOne) {
  const GaussianMixtureEnergy mixture({{0.3, Eigen::Vector2d(-1.5, 0), Eigen::Matrix2d::Identity() * 0.3},
                                       {0.7, Eigen::Vector2d(1.0, 1.0), Eigen::Matrix2d::Identity() * 0.6}});
  const EnergyGrid grid = evaluateOnLattice(mixture, Lattice::over(Box::centered(2, 6.5), 512));
  EXPECT_NEAR(logPartition(grid), 0.0, 1e-4);
  Vector density(grid.values.size());
  normalizedDensity(grid, 1.0, density);
  // log Z is summed in float for speed (relative error ~1e-7), so the density sums to 1 within 1e-6.
  EXPECT_NEAR(density.cast<double>().sum() * grid.lattice.cellVolume(), 1.0, 1e-6);
  EXPECT_LT(missingMass(grid), 1e-6);
}

TEST(Quadrature, NeverOverflowsForHugeOrTinyEnergies) {
  Vector energies = Vector::Constant(100, 1e6f);
  energies[3] = 1e6f - 1.0f;
  const double logZ = logPartition(energies, 0.01, 1.0);
  EXPECT_TRUE(std::isfinite(logZ));
  EXPECT_NEAR(logZ, -(1e6 - 1) + std::log(1 + 99 * std::exp(-1.0)) + std::log(0.01), 1e-6 * 1e6);
  Vector low = Vector::Constant(10, -5e4f);
  EXPECT_NEAR(logPartition(low, 1.0, 0.01), 5e6 + std::log(10.0), 1.0);
}

TEST(Quadrature, LogPartitionSummedChunkByChunkInAnyOrderIsTheWholeGrids) {
  Random random(11);
  Vector energies(10'000);
  for (Index i = 0; i < energies.size(); ++i)
    energies[i] = float(30 * random.uniform() - 5);
  energies.segment(3000, 1000).setConstant(INFINITY);  // a chunk with no mass at all
  LogPartitionSum sum(energies.size(), 1000, 0.02, 0.8);
  for (Index begin : {9000, 0, 4000, 3000, 1000, 8000, 2000, 6000, 5000, 7000})
    sum.add(begin, energies.data() + begin, 1000);
  EXPECT_NEAR(sum.logPartition(), logPartition(energies, 0.02, 0.8), 1e-6);
  LogPartitionSum broken(4, 2, 1.0, 1.0);
  const float values[4] = {0, 1, NAN, 2};
  broken.add(0, values, 2);
  broken.add(2, values + 2, 2);
  EXPECT_THROW((void)broken.logPartition(), NumericError);
  EXPECT_THROW(LogPartitionSum(4, 2, 1.0, 0.0), ArgumentError);
}

TEST(Quadrature, RefusesNaNAndBadTemperatures) {
  Vector energies = Vector::Zero(10);
  energies[4] = NAN;
  EXPECT_THROW((void)logPartition(energies, 1.0, 1.0), NumericError);
  EXPECT_THROW((void)logPartition(Vector::Zero(4), 1.0, 0.0), ArgumentError);
  EXPECT_THROW((void)logPartition(Vector::Zero(4), 1.0, -1.0), ArgumentError);
  Vector infinite = Vector::Constant(4, INFINITY);
  EXPECT_THROW((void)logPartition(infinite, 1.0, 1.0), NumericError);
}

TEST(Quadrature, MissingMassFlagsABoxThatCutsTheDensity) {
  const GaussianMixtureEnergy wide({{1.0, Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity() * 4.0}});
  const EnergyGrid small = evaluateOnLattice(wide, Lattice::over(Box::centered(2, 2.0), 128));
  const PartitionSummary summary = summarizePartition(small, 1.0);
  EXPECT_TRUE(summary.boxTooSmall());
  // ±1σ per axis holds 0.683² ≈ 0.466 of the mass: the estimate must at least say "a lot is missing".
  EXPECT_GT(summary.missingMass, 0.2);
  const EnergyGrid big = evaluateOnLattice(wide, Lattice::over(Box::centered(2, 14.0), 256));
  EXPECT_FALSE(summarizePartition(big, 1.0).boxTooSmall());
}

TEST(Quadrature, NegativeLogLikelihoodOfGaussianSamplesIsItsEntropy) {
  // For samples of N(0, Σ), E[−log p] = ½ log det(2πeΣ): the NLL by quadrature must agree (standard error
  // of the mean is √(d/2)/√n ≈ 0.0032 for n = 100,000; 5σ tolerance).
  const Eigen::Matrix2d covariance = Eigen::Vector2d(0.5, 1.2).asDiagonal();
  const GaussianMixtureEnergy gaussian({{1.0, Eigen::Vector2d::Zero(), covariance}});
  Random random(21);
  Points samples(2, 100000);
  for (Index i = 0; i < samples.cols(); ++i) {
    samples(0, i) = float(std::sqrt(0.5) * random.normal());
    samples(1, i) = float(std::sqrt(1.2) * random.normal());
  }
  const auto report = negativeLogLikelihood(gaussian, samples, Lattice::over(Box::centered(2, 8.0), 256));
  const double entropy = 0.5 * std::log((2 * std::numbers::pi * std::exp(1.0) * covariance).determinant());
  EXPECT_NEAR(report.meanNegativeLogLikelihood, entropy, 0.016);
  EXPECT_EQ(report.pointsOutsideBox, 0);
}

}  // namespace
}  // namespace ebm
