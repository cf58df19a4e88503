// Rules as energies: zero where a rule is kept, the signed distance past the boundary squared (or a flat
// wall) where it is broken, gradients that match finite differences, and the refusal of shapes that make no
// sense.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "energy/analytic/constraint.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using Kind = ConstraintShape::Kind;

ConstraintShape shapeOf(Kind kind) {
  ConstraintShape s;
  s.kind = kind;
  s.point = {0.5, -0.25};
  s.normal = {1, 2};
  s.center = {0.3, 0.4};
  s.radius = 1.2;
  s.direction = {2, 1};
  s.halfWidth = 0.6;
  s.lower = {-1, -0.5};
  s.upper = {1.5, 0.75};
  return s;
}

double energyAt(const ConstraintEnergy& rule, double x, double y) {
  double p[2] = {x, y}, unused[2];
  return rule.energyAt<false>(p, unused);
}

TEST(ConstraintEnergy, HalfPlaneCostsTheSquaredDistancePastItsLine) {
  ConstraintShape s;
  s.kind = Kind::HalfPlane;
  s.point = {0, 1};
  s.normal = {0, 3};  // forbidden above y = 1; the normal's length does not matter
  const ConstraintEnergy rule(s, ConstraintWall::Penalty);
  EXPECT_EQ(energyAt(rule, 5, 0.9), 0.0);
  EXPECT_NEAR(energyAt(rule, -2, 1.5), 0.25, 1e-12);
  const ConstraintEnergy wall(s, ConstraintWall::Hard);
  EXPECT_EQ(energyAt(wall, 5, 0.9), 0.0);
  EXPECT_EQ(energyAt(wall, -2, 1.5), 1.0);
}

TEST(ConstraintEnergy, DiscKeepsInsideOrOutside) {
  ConstraintShape s;
  s.kind = Kind::Disc;
  s.center = {1, 1};
  s.radius = 2;
  const ConstraintEnergy inside(s, ConstraintWall::Penalty);
  EXPECT_EQ(energyAt(inside, 2, 1), 0.0);
  EXPECT_NEAR(energyAt(inside, 1, 4), 1.0, 1e-12);
  s.inside = false;
  const ConstraintEnergy outside(s, ConstraintWall::Penalty);
  EXPECT_NEAR(energyAt(outside, 2, 1), 1.0, 1e-12);
  EXPECT_EQ(energyAt(outside, 1, 4), 0.0);
}

TEST(ConstraintEnergy, BandAndBoxMeasureTheDistanceOutside) {
  ConstraintShape band;
  band.kind = Kind::Band;
  band.point = {0, 0};
  band.direction = {1, 1};
  band.halfWidth = std::sqrt(2.0) / 2;
  const ConstraintEnergy b(band, ConstraintWall::Penalty);
  EXPECT_EQ(energyAt(b, 3, 3.5), 0.0);
  EXPECT_NEAR(energyAt(b, 0, 2), 0.5, 1e-12) << "distance √2 from the line, √2/2 past the band's edge";
  ConstraintShape box;
  box.kind = Kind::Box;
  box.lower = {0, 0};
  box.upper = {1, 2};
  const ConstraintEnergy x(box, ConstraintWall::Penalty);
  EXPECT_EQ(energyAt(x, 0.5, 1.5), 0.0);
  EXPECT_NEAR(energyAt(x, 4, 6), 9 + 16, 1e-12) << "from the corner (1, 2)";
  EXPECT_NEAR(energyAt(x, -0.5, 1), 0.25, 1e-12);
  EXPECT_TRUE(x.breaks(std::array<double, 2>{-0.5, 1}.data()));
  EXPECT_FALSE(x.breaks(std::array<double, 2>{0.5, 1}.data()));
}

TEST(ConstraintEnergy, PenaltyGradientsMatchFiniteDifferencesAndWallsHaveNone) {
  const Points points = testing::uniformPoints(2, 300, -3, 3, 41);
  for (Kind kind : {Kind::HalfPlane, Kind::Disc, Kind::Band, Kind::Box}) {
    const ConstraintEnergy rule(shapeOf(kind), ConstraintWall::Penalty);
    testing::expectExactGradient(rule, points);
    testing::expectConsistentBatches(rule, points);
    const ConstraintEnergy wall(shapeOf(kind), ConstraintWall::Hard);
    Vector e(points.cols());
    Points g(2, points.cols());
    wall.evaluateWithGradient(points, e, g);
    EXPECT_EQ(g.cwiseAbs().maxCoeff(), 0.0f);
    EXPECT_GT(e.sum(), 0.0f);
  }
}

TEST(ConstraintEnergy, RefusesShapesThatMakeNoSense) {
  ConstraintShape s = shapeOf(Kind::HalfPlane);
  s.normal = {0, 0};
  EXPECT_THROW(ConstraintEnergy(s, ConstraintWall::Penalty), ArgumentError);
  s = shapeOf(Kind::Disc);
  s.radius = -1;
  EXPECT_THROW(ConstraintEnergy(s, ConstraintWall::Penalty), ArgumentError);
  s = shapeOf(Kind::Band);
  s.direction = {0, 0};
  EXPECT_THROW(ConstraintEnergy(s, ConstraintWall::Penalty), ArgumentError);
  s = shapeOf(Kind::Box);
  s.lower = {2, 0};
  EXPECT_THROW(ConstraintEnergy(s, ConstraintWall::Penalty), ArgumentError);
  s.lower = {NAN, 0};
  EXPECT_THROW(ConstraintEnergy(s, ConstraintWall::Penalty), ArgumentError);
}

}  // namespace
}  // namespace ebm
