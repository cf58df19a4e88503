// Grid evaluation: every node gets the energy of its own coordinates, whatever the chunking over threads.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

GaussianMixtureEnergy twoBumps() {
  return GaussianMixtureEnergy({{1.0, Eigen::Vector2d(-1, 0.5), Eigen::Matrix2d::Identity() * 0.5},
                                {2.0, Eigen::Vector2d(1.5, -1), Eigen::Matrix2d::Identity() * 0.8}});
}

TEST(EnergyGrid, NodesCarryTheEnergyOfTheirCoordinates) {
  const auto energy = twoBumps();
  const Lattice lattice = Lattice::over(Box::centered(2, 4.0), 301);
  const EnergyGrid grid = evaluateOnLattice(energy, lattice);
  ASSERT_EQ(grid.values.size(), 301 * 301);
  const double h = 8.0 / 300;
  for (int j : {0, 17, 150, 299, 300}) {
    for (int i : {0, 1, 149, 250, 300}) {
      Points x(2, 1);
      x << float(-4 + i * h), float(-4 + j * h);
      EXPECT_FLOAT_EQ(grid.values[i + 301 * j], energy.energies(x)[0]) << "node " << i << "," << j;
    }
  }
}

TEST(EnergyGrid, RiemannSumOfTheNormalizedMixtureIsOne) {
  // A normalized density integrates to 1; the nodes span ±8 so the tails the box misses are < 1e-12.
  const auto energy = twoBumps();
  const EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 8.0), 401));
  double mass = 0;
  for (float e : grid.values)
    mass += std::exp(-double(e));
  mass *= grid.lattice.cellVolume();
  EXPECT_NEAR(mass, 1.0, 1e-5);
}

TEST(EnergyGrid, RefusesAnEnergyOfAnotherDimension) {
  const GaussianMixtureEnergy energy3d({{1.0, Eigen::Vector3d::Zero(), Eigen::Matrix3d::Identity()}});
  EXPECT_THROW((void)evaluateOnLattice(energy3d, Lattice::over(Box::centered(2, 1.0), 8)), ArgumentError);
}

TEST(Lattice, HasNodesOnBothFacesOfTheBox) {
  const Lattice lattice = Lattice::over(Box::centered(3, 2.0), 5);
  const Points nodes = lattice.allNodes();
  ASSERT_EQ(nodes.cols(), 125);
  EXPECT_FLOAT_EQ(nodes(0, 0), -2.0f);
  EXPECT_FLOAT_EQ(nodes(2, 124), 2.0f);
  EXPECT_FLOAT_EQ(nodes(0, 1), -1.0f);  // x runs fastest
  EXPECT_FLOAT_EQ(nodes(1, 5), -1.0f);
  EXPECT_DOUBLE_EQ(lattice.cellVolume(), 1.0);
}

}  // namespace
}  // namespace ebm
