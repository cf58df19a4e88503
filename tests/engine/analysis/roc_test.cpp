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

TEST(Roc, FalsePositiveRateAt95MatchesHandCountedCases) {
  // In-distribution scores 1…20: keeping 95% of them (19 of 20) puts the threshold at 19.
  std::vector<double> in;
  for (int i = 1; i <= 20; ++i)
    in.push_back(i);
  // Outliers at 5, 19, 19.5, 30: the ones at or below 19 pass as normal: 2 of 4.
  EXPECT_DOUBLE_EQ(falsePositiveRateAt(in, {5, 19, 19.5, 30}), 0.5);
  // All outliers above every normal score: none passes. All below: every one passes.
  EXPECT_DOUBLE_EQ(falsePositiveRateAt(in, {21, 25}), 0.0);
  EXPECT_DOUBLE_EQ(falsePositiveRateAt(in, {-3, 0.5}), 1.0);
  // At 50% TPR the threshold is the 10th score: outliers 5 and 10 pass, 10.5 does not.
  EXPECT_DOUBLE_EQ(falsePositiveRateAt(in, {5, 10, 10.5, 40}, 0.5), 0.5);
  // Ties with the threshold pass (a score equal to the threshold is accepted, as the in-distribution one is).
  EXPECT_DOUBLE_EQ(falsePositiveRateAt({1, 1, 1, 1}, {1, 2}), 0.5);
  EXPECT_THROW((void)falsePositiveRateAt(in, {}), ArgumentError);
  EXPECT_THROW((void)falsePositiveRateAt(in, {1}, 1.0), ArgumentError);
}

TEST(Roc, AreaCountsTiesHalfAsMannWhitney) {
  // Hand count: pairs (normal, anomaly) = (1,2) win, (1,1) tie, (3,2) loss, (3,1) loss → (1 + 0.5)/4.
  EXPECT_DOUBLE_EQ(rocCurve({1, 3}, {2, 1}).area, 0.375);
}

}  // namespace
}  // namespace ebm
