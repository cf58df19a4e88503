// Out-of-distribution points where the recipe puts them, and the detectors' numbers against hand-counted
// cases.
#include <gtest/gtest.h>

#include <cmath>

#include "classifier/ood_evaluation.h"
#include "classifier/ood_points.h"
#include "core/errors.h"
#include "data/data_set_registry.h"

namespace ebm {
namespace {

TEST(OodPoints, TheRingAndTheFarPointsLieWhereTheRecipeSays) {
  const DataSet data = generateDataSet("three-blobs", {4000, std::nullopt, 3});
  OodRecipe recipe;
  recipe.ringCount = 3000;
  recipe.farCount = 3000;
  const OodPoints ood = makeOodPoints(data.points, recipe);
  // The reach is the 99th percentile of the distance from the mean: 1% of the data lie beyond it.
  Index beyond = 0;
  for (Index i = 0; i < data.points.cols(); ++i)
    beyond += (data.points.col(i).cast<double>() - ood.centre).norm() > ood.reach;
  EXPECT_NEAR(double(beyond) / double(data.points.cols()), 0.01, 0.002);
  double sum = 0, squares = 0;
  for (Index i = 0; i < ood.ring.cols(); ++i) {
    const double r = (ood.ring.col(i).cast<double>() - ood.centre).norm() / ood.reach;
    sum += r;
    squares += r * r;
  }
  const double mean = sum / 3000, deviation = std::sqrt(squares / 3000 - mean * mean);
  EXPECT_NEAR(mean, recipe.ringRadius, 5 * recipe.ringWidth / std::sqrt(3000.0));
  EXPECT_NEAR(deviation, recipe.ringWidth, 0.1 * recipe.ringWidth);
  // Far points: uniform in area between the radii, so r² is uniform on [r₁², r₂²].
  double meanSquare = 0;
  for (Index i = 0; i < ood.far.cols(); ++i) {
    const double r = (ood.far.col(i).cast<double>() - ood.centre).norm() / ood.reach;
    ASSERT_GE(r, recipe.farInner - 1e-5);
    ASSERT_LE(r, recipe.farOuter + 1e-5);
    meanSquare += r * r / 3000;
  }
  const double a = recipe.farInner * recipe.farInner, b = recipe.farOuter * recipe.farOuter;
  EXPECT_NEAR(meanSquare, (a + b) / 2, 5 * (b - a) / std::sqrt(12.0 * 3000));
  // Seeded: the same recipe gives the same points; another seed other points.
  EXPECT_EQ(makeOodPoints(data.points, recipe).ring, ood.ring);
  recipe.seed += 1;
  EXPECT_NE(makeOodPoints(data.points, recipe).far, ood.far);
  EXPECT_EQ(ood.all().cols(), 6000);
}

TEST(OodPoints, AuxiliaryOutliersFillTheCubeAroundTheData) {
  const DataSet data = generateDataSet("moons", {2000, std::nullopt, 3});
  const OodRecipe recipe;
  const Points outliers = auxiliaryOutliers(data.points, recipe, 5000, 9);
  Eigen::VectorXd centre;
  double reach = 0;
  dataReach(data.points, centre, reach);
  const double half = recipe.farOuter * reach;
  for (int a = 0; a < 2; ++a) {
    EXPECT_GE(outliers.row(a).minCoeff(), centre[a] - half);
    EXPECT_LE(outliers.row(a).maxCoeff(), centre[a] + half);
    EXPECT_NEAR(outliers.row(a).cast<double>().mean(), centre[a], 5 * half / std::sqrt(3.0 * 5000));
  }
  EXPECT_EQ(auxiliaryOutliers(data.points, recipe, 5000, 9), outliers);
  EXPECT_THROW((void)auxiliaryOutliers(Points::Zero(2, 10), recipe, 10, 1), DataError);
  OodRecipe bad;
  bad.farOuter = 1.0;
  EXPECT_THROW((void)makeOodPoints(data.points, bad), ArgumentError);
}

TEST(OodScore, HandCountedDetector) {
  // In-distribution scores 1…20, outliers 5, 19, 25, 30. Threshold at 95% TPR: 19 (19 of 20 accepted).
  std::vector<double> in;
  for (int i = 1; i <= 20; ++i)
    in.push_back(i);
  const OodScore s = oodScore(in, {5, 19, 25, 30});
  EXPECT_DOUBLE_EQ(s.threshold, 19);
  EXPECT_DOUBLE_EQ(s.fpr95, 0.5);
  // AUROC: outlier 5 beats 4 of 20 and ties 1, 19 beats 18 and ties 1, 25 and 30 beat all (ties count half):
  // (4.5 + 18.5 + 20 + 20)/80.
  EXPECT_DOUBLE_EQ(s.auroc, 63.0 / 80);
}

}  // namespace
}  // namespace ebm
