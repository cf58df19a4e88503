// ROC curves and calibrated thresholds against cases whose answers are known.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/roc.h"
#include "core/errors.h"
#include "core/random.h"

namespace ebm {
namespace {

TEST(Roc, PerfectSeparationHasAreaOneAndIdenticalSetsOneHalf) {
  EXPECT_DOUBLE_EQ(rocCurve({1, 2, 3}, {4, 5}).area, 1.0);
  EXPECT_DOUBLE_EQ(rocCurve({4, 5}, {1, 2, 3}).area, 0.0);
  EXPECT_DOUBLE_EQ(rocCurve({1, 2, 3}, {1, 2, 3}).area, 0.5);
  const RocCurve c = rocCurve({1, 2}, {3});
  EXPECT_DOUBLE_EQ(c.falseAlarmRate.front(), 0);
  EXPECT_DOUBLE_EQ(c.falseAlarmRate.back(), 1);
  EXPECT_DOUBLE_EQ(c.detectionRate.back(), 1);
}

TEST(Roc, GaussianScoresMatchTheBinormalArea) {
  // Normal ~ N(0,1), anomalies ~ N(d,1): AUC = Φ(d/√2). With 4,000 of each the standard error is below 0.005.
  Random random(4);
  std::vector<double> normal, anomaly;
  for (int i = 0; i < 4000; ++i) {
    normal.push_back(random.normal());
    anomaly.push_back(1.5 + random.normal());
  }
  const double expected = 0.5 * std::erfc(-1.5 / 2.0);
  EXPECT_NEAR(rocCurve(normal, anomaly).area, expected, 0.02);
}

TEST(Roc, CalibratedThresholdFlagsTheTargetShareOfNormals) {
  std::vector<double> normal;
  for (int i = 1; i <= 100; ++i)
    normal.push_back(i);
  const double t = calibratedThreshold(normal, 0.05);
  EXPECT_DOUBLE_EQ(shareAbove(normal, t), 0.05);
  EXPECT_THROW((void)calibratedThreshold({}, 0.05), ArgumentError);
  EXPECT_THROW((void)calibratedThreshold(normal, 1.5), ArgumentError);
}

}  // namespace
}  // namespace ebm
