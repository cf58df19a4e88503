// Highest-density levels: for a standard 2D Gaussian, {E < E_m} is a disc of radius √(−2 log(1−m)).
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/mass_levels.h"
#include "core/errors.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

TEST(MassLevels, GaussianDiscsHoldTheirShare) {
  const GaussianMixtureEnergy gaussian({{1.0, Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity()}});
  const EnergyGrid grid = evaluateOnLattice(gaussian, Lattice::over(Box::centered(2, 6.0), 400));
  const std::vector<double> masses{0.9, 0.3, 0.6};
  const auto levels = energyLevelsEnclosing(grid, 1.0, masses);
  ASSERT_EQ(levels.size(), 3u);
  for (std::size_t i = 0; i < masses.size(); ++i) {
    // E = r²/2 + log 2π; the disc of share m has r² = −2 log(1 − m).
    const double expected = -std::log(1 - masses[i]) + std::log(2 * M_PI);
    EXPECT_NEAR(levels[i], expected, 0.02) << "share " << masses[i];
  }
  EXPECT_LT(levels[1], levels[2]);
  EXPECT_LT(levels[2], levels[0]);
  EXPECT_THROW((void)energyLevelsEnclosing(grid, 1.0, {1.0}), ArgumentError);
}

}  // namespace
}  // namespace ebm
