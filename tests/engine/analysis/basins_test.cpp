// Basins of attraction: the expected valleys on double wells (2D, 3D) and Müller–Brown, noise merged away,
// cores below the saddles, and points outside the grid.
#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "analysis/basins.h"
#include "core/errors.h"
#include "engine/sampling/test_energies.h"

namespace ebm {
namespace {

// The double well with a ripple of amplitude `amplitude` and wavelength 2π/25 ≈ 0.25: dozens of tiny valleys.
class RippledDoubleWell final : public Energy {
 public:
  explicit RippledDoubleWell(double amplitude) : amplitude_(float(amplitude)) {}
  int dimension() const override { return 2; }
  void evaluate(ConstPointsRef x, VectorRef e) const override {
    well_.evaluate(x, e);
    for (Index i = 0; i < x.cols(); ++i)
      e[i] += amplitude_ * std::sin(25.0f * x(0, i)) * std::sin(25.0f * x(1, i));
  }
  void evaluateWithGradient(ConstPointsRef, VectorRef, PointsRef) const override {}
  std::string describe() const override { return "rippled double well"; }

 private:
  testing::TiltedDoubleWell well_{2, 1.0, 0.3};
  float amplitude_;
};

std::array<float, 2> at(double x, double y) {
  return {float(x), float(y)};
}

TEST(Basins, TiltedDoubleWellHasTwoBasinsWithTheDeeperOneFirst) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 2.5), 201));
  const Basins basins(grid);
  ASSERT_EQ(basins.count(), 2);
  const double h = grid.lattice.spacing(0);
  // Minima of (x²−1)² + 0.3x: x ≈ −1.036 (E ≈ −0.31) and x ≈ 0.961 (E ≈ 0.29).
  EXPECT_NEAR(basins.basin(0).minimumPosition[0], -1.036, h);
  EXPECT_NEAR(basins.basin(1).minimumPosition[0], 0.961, h);
  EXPECT_NEAR(basins.basin(0).minimumPosition[1], 0.0, h);
  EXPECT_LT(basins.basin(0).minimumEnergy, basins.basin(1).minimumEnergy);
  // The barrier top is near x₁ ≈ 0.075, E ≈ 1.011; the grid sees it within the energy change over one node.
  EXPECT_NEAR(basins.basin(0).saddleEnergy, 1.011, 0.05);
  EXPECT_EQ(basins.basin(0).saddleEnergy, basins.basin(1).saddleEnergy);
  EXPECT_EQ(basins.basin(0).nodeCount + basins.basin(1).nodeCount, grid.lattice.size());

  EXPECT_EQ(basins.labelAt(at(-1.0, 0.3).data()), 0);
  EXPECT_EQ(basins.coreAt(at(-1.0, 0.3).data()), 0);
  EXPECT_EQ(basins.labelAt(at(1.0, -0.3).data()), 1);
  EXPECT_EQ(basins.coreAt(at(1.0, -0.3).data()), 1);
  EXPECT_EQ(basins.coreAt(at(0.05, 0.0).data()), -1) << "the ridge belongs to no core";
}

TEST(Basins, MullerBrownHasItsThreeKnownMinima) {
  const testing::MullerBrown energy;
  Box box = Box::centered(2, 1.0);
  box.lower = {-1.5, -0.2, 0}, box.upper = {1.2, 2.0, 0};
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(box, 301));
  const Basins basins(grid);
  ASSERT_EQ(basins.count(), 3);
  const double known[3][3] = {{-0.558, 1.442, -146.70}, {0.623, 0.028, -108.17}, {-0.050, 0.467, -80.77}};
  for (int b = 0; b < 3; ++b) {
    EXPECT_NEAR(basins.basin(b).minimumPosition[0], known[b][0], grid.lattice.spacing(0)) << "basin " << b;
    EXPECT_NEAR(basins.basin(b).minimumPosition[1], known[b][1], grid.lattice.spacing(1)) << "basin " << b;
    EXPECT_NEAR(basins.basin(b).minimumEnergy, known[b][2], 0.5) << "basin " << b;
  }
  // The shallow middle well (depth ≈ 8.6 to its saddle at ≈ −72.2) is the one particles leave most easily.
  EXPECT_LT(basins.basin(2).depth(), basins.basin(1).depth());
  EXPECT_NEAR(basins.basin(2).saddleEnergy, -72.25, 1.0);
}

TEST(Basins, RippleValleysAreMergedIntoTheTwoRealWells) {
  const RippledDoubleWell energy(0.04);
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 2.5), 256));
  BasinSettings keepAll;
  keepAll.relativeDepth = 0;
  const Basins raw(grid, keepAll);
  EXPECT_GT(raw.count(), 10) << "the ripple alone makes many valleys";
  const Basins merged(grid);  // default: depth ≥ 2% of (median − lowest energy)
  EXPECT_EQ(merged.localMinimumCount(), raw.count());
  ASSERT_EQ(merged.count(), 2);
  EXPECT_LT(merged.basin(0).minimumPosition[0], 0);
  EXPECT_GT(merged.basin(1).minimumPosition[0], 0);
  BasinSettings absolute;
  absolute.relativeDepth = 0;
  absolute.minimumDepth = 0.5;
  EXPECT_EQ(Basins(grid, absolute).count(), 2);
}

TEST(Basins, ThreeDimensionalDoubleWellHasTwoBasins) {
  const testing::TiltedDoubleWell energy(3, 1.0, 0.3);
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(3, 2.5), 41));
  const Basins basins(grid);
  ASSERT_EQ(basins.count(), 2);
  EXPECT_NEAR(basins.basin(0).minimumPosition[0], -1.036, grid.lattice.spacing(0));
  EXPECT_NEAR(basins.basin(0).minimumPosition[2], 0.0, grid.lattice.spacing(2));
  EXPECT_NEAR(basins.basin(1).minimumPosition[0], 0.961, grid.lattice.spacing(0));
}

TEST(Basins, SingleWellIsOneBasinWhoseCoreIsEverything) {
  const testing::QuadraticEnergy energy(Eigen::Vector2d(0.5, 0.0), Eigen::Matrix2d::Identity());
  const Basins basins(evaluateOnLattice(energy, Lattice::over(Box::centered(2, 3.0), 64)));
  ASSERT_EQ(basins.count(), 1);
  EXPECT_TRUE(std::isinf(basins.basin(0).saddleEnergy));
  EXPECT_EQ(basins.coreAt(at(2.9, -2.9).data()), 0);
}

TEST(Basins, PointsOutsideTheBoxTakeTheNearestNodeOnItsFace) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  const Basins basins(evaluateOnLattice(energy, Lattice::over(Box::centered(2, 2.5), 101)));
  EXPECT_EQ(basins.labelAt(at(-40.0, 0.0).data()), 0);
  EXPECT_EQ(basins.labelAt(at(40.0, 1e9).data()), 1);
  EXPECT_EQ(basins.nearestNode(at(NAN, 0.0).data()), basins.lattice().shape[0] * 50);
}

TEST(Basins, RefusesBadSettingsAndEnergiesWithoutFiniteValues) {
  const testing::TiltedDoubleWell energy(2, 1.0, 0.3);
  EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 2.5), 33));
  BasinSettings bad;
  bad.coreFraction = 0;
  EXPECT_THROW(Basins(grid, bad), ArgumentError);
  bad = BasinSettings{};
  bad.minimumDepth = -1;
  EXPECT_THROW(Basins(grid, bad), ArgumentError);
  grid.values.setConstant(NAN);
  EXPECT_THROW(Basins{grid}, NumericError);
}

}  // namespace
}  // namespace ebm
