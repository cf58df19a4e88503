// Standardizing imported data: each axis to mean 0 and deviation 1 for the engine, and back to the data's
// units for every number a person reads.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "core/random.h"
#include "data/standardization.h"

namespace ebm {
namespace {

Points penguinLike(Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(2, n);
  for (Index i = 0; i < n; ++i) {
    x(0, i) = float(43.9 + 5.46 * random.normal());    // bill length, mm
    x(1, i) = float(200.9 + 14.06 * random.normal());  // flipper length, mm
  }
  return x;
}

TEST(Standardization, FitGivesMeanZeroAndDeviationOnePerAxis) {
  const Points x = penguinLike(5000, 1);
  const Standardization s = Standardization::fit(x);
  ASSERT_EQ(s.shift.size(), 2u);
  EXPECT_NEAR(s.shift[0], 43.9, 0.3);
  EXPECT_NEAR(s.scale[1], 14.06, 0.5);
  const Points z = s.toEngine(x);
  for (Index a = 0; a < 2; ++a) {
    const Eigen::ArrayXd v = z.row(a).cast<double>().transpose().array();
    EXPECT_NEAR(v.mean(), 0.0, 1e-5);
    EXPECT_NEAR(std::sqrt((v - v.mean()).square().sum() / double(v.size() - 1)), 1.0, 1e-5);
  }
  // And back: x = shift + scale·z, to float precision.
  for (Index i = 0; i < 50; ++i)
    EXPECT_NEAR(s.toData(1, z(1, i)), x(1, i), 2e-4 * std::abs(x(1, i)));
}

TEST(Standardization, LogJacobianIdentityAndConstantAxes) {
  Standardization s;
  EXPECT_TRUE(s.identity());
  EXPECT_EQ(s.logJacobian(), 0.0);
  EXPECT_EQ(s.toData(0, 1.5), 1.5);
  s.shift = {1, 2};
  s.scale = {10, 0.5};
  EXPECT_NEAR(s.logJacobian(), std::log(5.0), 1e-12);
  EXPECT_FALSE(s.identity());
  Standardization ones;
  ones.shift = {0, 0};
  ones.scale = {1, 1};
  EXPECT_TRUE(ones.sameAs(Standardization{}));
  EXPECT_FALSE(s.sameAs(Standardization{}));
  // An axis of one value keeps scale 1: nothing to divide by.
  Points flat(2, 3);
  flat << 1, 2, 3, 7, 7, 7;
  EXPECT_EQ(Standardization::fit(flat).scale[1], 1.0);
  EXPECT_THROW((void)Standardization::fit(Points(2, 0)), DataError);
}

TEST(Standardization, ValidateRefusesWrongCountsAndScales) {
  Standardization s;
  EXPECT_NO_THROW(s.validate(2));
  s.shift = {0, 0};
  s.scale = {1, 0};
  EXPECT_THROW(s.validate(2), ArgumentError);
  s.scale = {1, 2};
  EXPECT_NO_THROW(s.validate(2));
  EXPECT_THROW(s.validate(3), ArgumentError);
}

TEST(Standardization, BoxAroundHoldsEveryPointWithItsMargin) {
  Points x(2, 3);
  x << 0, 10, 5, -1, 1, 0;
  const Box box = boxAround(x, 0.1);
  EXPECT_EQ(box.dimension, 2);
  EXPECT_DOUBLE_EQ(box.lower[0], -1.0);
  EXPECT_DOUBLE_EQ(box.upper[0], 11.0);
  EXPECT_DOUBLE_EQ(box.lower[1], -1.2);
  EXPECT_DOUBLE_EQ(box.upper[1], 1.2);
}

TEST(DataAxes, TitlesAreColumnNamesOrX1X2X3) {
  DataAxes axes;
  EXPECT_EQ(axes.title(0), "x1");
  EXPECT_EQ(axes.title(2), "x3");
  axes.names = {"bill_length_mm", "flipper_length_mm"};
  EXPECT_EQ(axes.title(1), "flipper_length_mm");
}

}  // namespace
}  // namespace ebm
