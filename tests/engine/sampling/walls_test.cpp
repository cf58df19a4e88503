// Walls at the box: mirror folding with the parity that reverses a velocity, wrapping, minimum images.
#include <gtest/gtest.h>

#include <cmath>

#include "sampling/walls.h"

namespace ebm {
namespace {

TEST(Walls, ReflectionFoldsAsOftenAsNeededAndReportsParity) {
  float x = 4.5f;
  EXPECT_TRUE(reflectCoordinate(x, -4, 4));
  EXPECT_FLOAT_EQ(x, 3.5f);
  x = -4.5f;
  EXPECT_TRUE(reflectCoordinate(x, -4, 4));
  EXPECT_FLOAT_EQ(x, -3.5f);
  x = 12.5f;  // mirrored at 4 to −4.5, then at −4 to −3.5: two reflections
  EXPECT_FALSE(reflectCoordinate(x, -4, 4));
  EXPECT_FLOAT_EQ(x, -3.5f);
  x = 2.0f;
  EXPECT_FALSE(reflectCoordinate(x, -4, 4));
  EXPECT_EQ(x, 2.0f);
  x = NAN;
  EXPECT_FALSE(reflectCoordinate(x, -4, 4));
  EXPECT_TRUE(std::isnan(x));
}

TEST(Walls, PeriodicWrapAndMinimumImage) {
  float x = 4.5f;
  wrapCoordinate(x, -4, 4);
  EXPECT_FLOAT_EQ(x, -3.5f);
  x = -20.0f;
  wrapCoordinate(x, -4, 4);
  EXPECT_FLOAT_EQ(x, -4.0f);
  x = 4.0f;  // the upper face is the lower face
  wrapCoordinate(x, -4, 4);
  EXPECT_FLOAT_EQ(x, -4.0f);
  x = INFINITY;
  wrapCoordinate(x, -4, 4);
  EXPECT_TRUE(std::isinf(x));
  EXPECT_DOUBLE_EQ(minimumImage(7.0, 8.0), -1.0);
  EXPECT_DOUBLE_EQ(minimumImage(-3.0, 8.0), -3.0);
}

TEST(Walls, ApplyUsesOnlyTheBoxDimensions) {
  Box box = Box::centered(2, 1.0);
  float point[3] = {1.5f, -3.5f, 99.0f};
  applyWalls(Walls::Reflecting, box, point);
  EXPECT_FLOAT_EQ(point[0], 0.5f);
  EXPECT_FLOAT_EQ(point[1], 0.5f);  // mirrored at −1 to 1.5, then at 1 to 0.5
  EXPECT_EQ(point[2], 99.0f);
  float same[2] = {5.0f, 5.0f};
  applyWalls(Walls::None, box, same);
  EXPECT_EQ(same[0], 5.0f);
  EXPECT_STREQ(wallsName(Walls::Periodic), "periodic");
}

}  // namespace
}  // namespace ebm
