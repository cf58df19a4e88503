// The negation E₁ − γE₂ (NOT): its values and gradient, and the check that says when it stops being a
// density.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/errors.h"
#include "energy/composition/gaussian_algebra.h"
#include "energy/composition/negation_energy.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

EnergyPtr isotropicGaussian(double variance) {
  return gaussianEnergy({1.0, Eigen::Vector2d::Zero(), variance * Eigen::Matrix2d::Identity()});
}

TEST(NegationEnergy, IsTheFirstMinusGammaTimesTheSecond) {
  const auto base = doubleWell(), subtracted = ring();
  const Points x = uniformPoints(2, 300, -3, 3, 9);
  const Vector e1 = base->energies(x), e2 = subtracted->energies(x);
  const Vector e = NegationEnergy(base, subtracted, 0.4).energies(x);
  const Vector atZero = NegationEnergy(base, subtracted, 0.0).energies(x);
  for (Index i = 0; i < x.cols(); ++i) {
    EXPECT_NEAR(e[i], e1[i] - 0.4 * e2[i], 2e-7 * (std::abs(e1[i]) + std::abs(e2[i])) + 1e-7);
    EXPECT_EQ(atZero[i], e1[i]);
  }
  const NegationEnergy negation(base, subtracted, 0.4);
  expectConsistentBatches(negation, x);
  expectGradientMatchesDifferences(negation, x);
}

TEST(NegationEnergy, OfGaussiansIsNormalizableExactlyWhileThePrecisionStaysPositive) {
  // Λ = Λ₁ − γΛ₂ = (0.25 − γ)·I: a density for γ < 0.25, a saddle falling to −∞ beyond.
  const auto wide = isotropicGaussian(4.0), narrow = isotropicGaussian(1.0);
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), 129);
  for (double gamma : {0.0, 0.1, 0.2}) {
    const NegationEnergy negation(wide, narrow, gamma);
    EXPECT_TRUE(negation.normalizableOn(lattice).normalizable()) << "γ = " << gamma;
    EXPECT_TRUE(quadraticEnergyOf(negation)->positiveDefinite());
  }
  for (double gamma : {0.3, 1.0}) {
    const NegationEnergy negation(wide, narrow, gamma);
    const auto report = negation.normalizableOn(lattice);
    EXPECT_EQ(report.status, Normalizability::NotRisingAtFaces) << "γ = " << gamma;
    EXPECT_FALSE(quadraticEnergyOf(negation)->positiveDefinite());
    EXPECT_NE(report.explanation.find("γ is too large"), std::string::npos) << report.explanation;
    EXPECT_THROW(requireNormalizable(report), NumericError);
  }
}

TEST(NegationEnergy, OfShapesFailsWhenTheSubtractedOneGrowsFaster) {
  // The double well rises as 1·x₂² across, the ring as x₂²/0.2: past γ = 0.2 the difference falls along x₂.
  const Lattice lattice = Lattice::over(Box::centered(2, 3.0), 101);
  EXPECT_TRUE(NegationEnergy(doubleWell(), ring(), 0.1).normalizableOn(lattice).normalizable());
  EXPECT_FALSE(NegationEnergy(doubleWell(), ring(), 0.5).normalizableOn(lattice).normalizable());

  const auto well3d = std::make_shared<DoubleWellEnergy>(DoubleWellParameters{3, 2.0, 1.0, 1.0});
  const auto shell = std::make_shared<RingEnergy>(RingParameters{3, 1.0, 0.2});
  const Lattice cube = Lattice::over(Box::centered(3, 3.0), 33);
  EXPECT_TRUE(NegationEnergy(well3d, shell, 0.1).normalizableOn(cube).normalizable());
  const auto report = NegationEnergy(well3d, shell, 0.5).normalizableOn(cube);
  EXPECT_EQ(report.status, Normalizability::NotRisingAtFaces);
  EXPECT_NE(report.explanation.find("edge"), std::string::npos);
}

TEST(Normalizability, ReadsAGridAndFlagsValuesThatAreNotNumbers) {
  const Lattice lattice = Lattice::over(Box::centered(2, 1.0), 5);
  Vector bowl(25);
  for (int j = 0; j < 5; ++j) {
    for (int i = 0; i < 5; ++i)
      bowl[i + 5 * j] = float((i - 2) * (i - 2) + (j - 2) * (j - 2));
  }
  EXPECT_TRUE(checkNormalizability(bowl, lattice).normalizable());
  Vector flat = Vector::Zero(25);
  EXPECT_EQ(checkNormalizability(flat, lattice).status, Normalizability::NotRisingAtFaces);
  Vector broken = bowl;
  broken[7] = std::numeric_limits<float>::quiet_NaN();
  const auto report = checkNormalizability(broken, lattice);
  EXPECT_EQ(report.status, Normalizability::NotFinite);
  EXPECT_EQ(report.offendingNode, 7);
  Vector walledOff = bowl;
  walledOff[0] = std::numeric_limits<float>::infinity();  // zero density is allowed
  EXPECT_TRUE(checkNormalizability(walledOff, lattice).normalizable());
  // A face whose density is negligible (e^{−40}) may fall outward without harm.
  Vector cliff = bowl;
  cliff[2] = 40.0f;
  cliff[0 + 5 * 2] = 40.0f;
  cliff[1 + 5 * 2] = 41.0f;
  EXPECT_TRUE(checkNormalizability(cliff, lattice).normalizable());
  EXPECT_THROW((void)checkNormalizability(Vector(3), lattice), ArgumentError);
}

TEST(NegationEnergy, RefusesANegativeGamma) {
  EXPECT_THROW(NegationEnergy(ring(), doubleWell(), -0.5), ArgumentError);
}

}  // namespace
}  // namespace ebm
