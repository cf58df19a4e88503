// Marching squares against shapes whose level lines are known: a circle, a straight line, a saddle.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "analysis/contour_segments.h"
#include "core/errors.h"

namespace ebm {
namespace {

EnergyGrid gridOf(const Lattice& lattice, double (*f)(double, double)) {
  EnergyGrid grid{lattice, Vector(lattice.size())};
  const Points nodes = lattice.allNodes();
  for (Index i = 0; i < nodes.cols(); ++i)
    grid.values[i] = float(f(nodes(0, i), nodes(1, i)));
  return grid;
}

TEST(ContourSegments, TheLevelLineOfARadiusIsACircle) {
  const Lattice lattice = Lattice::over(Box::centered(2, 3), 121);
  const EnergyGrid grid = gridOf(lattice, [](double x, double y) { return std::sqrt(x * x + y * y); });
  const Points s = contourSegments(grid, 2.0);
  ASSERT_EQ(s.cols() % 2, 0);
  double length = 0;
  for (Index i = 0; i < s.cols(); ++i)
    EXPECT_NEAR(s.col(i).cast<double>().norm(), 2.0, 2e-3);  // linear interpolation of a smooth function
  for (Index i = 0; i < s.cols(); i += 2)
    length += (s.col(i + 1) - s.col(i)).cast<double>().norm();
  EXPECT_NEAR(length, 2 * std::numbers::pi * 2.0, 0.01);
  EXPECT_EQ(contourSegments(grid, 10.0).cols(), 0);  // a level above every value: no line
}

TEST(ContourSegments, AStraightLineIsFoundExactly) {
  const Lattice lattice = Lattice::over(Box::centered(2, 1), 11);
  const EnergyGrid grid = gridOf(lattice, [](double x, double y) { return x + 0.5 * y; });
  const Points s = contourSegments(grid, 0.1);
  ASSERT_GT(s.cols(), 0);
  for (Index i = 0; i < s.cols(); ++i)
    EXPECT_NEAR(s(0, i) + 0.5 * s(1, i), 0.1, 1e-6);
  EXPECT_THROW((void)contourSegments(EnergyGrid{Lattice::over(Box::centered(3, 1), 4), Vector::Zero(64)}, 0),
               ArgumentError);
}

TEST(ContourSegments, ASaddleCellGetsTwoSegmentsThatDoNotCross) {
  // One cell, corners (0,0) = 1, (1,0) = −1, (1,1) = 1, (0,1) = −1 and a centre mean of 0 (below level 0.1
  // with the minus corners): the lines cut off the corners above the level, (0,0) and (1,1).
  Lattice lattice;
  lattice.box = Box::centered(2, 0.5);
  lattice.box.lower = {0, 0, 0};
  lattice.box.upper = {1, 1, 0};
  lattice.shape = {2, 2, 1};
  EnergyGrid grid{lattice, Vector(4)};
  grid.values << 1, -1, -1, 1;  // flat index i + 2j: (0,0), (1,0), (0,1), (1,1)
  const Points s = contourSegments(grid, 0.1);
  ASSERT_EQ(s.cols(), 4);
  // Each segment is near one of the two corners above the level.
  for (Index k = 0; k < 4; k += 2) {
    const Eigen::Vector2f mid = 0.5f * (s.col(k) + s.col(k + 1));
    const bool nearOrigin = mid.norm() < 0.6f, nearFar = (mid - Eigen::Vector2f(1, 1)).norm() < 0.6f;
    EXPECT_TRUE(nearOrigin || nearFar) << mid.transpose();
  }
}

}  // namespace
}  // namespace ebm
