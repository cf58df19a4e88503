// The registry's promises for every data set: n honoured, reproducible by seed, labels consistent, inside its
// box.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/errors.h"
#include "data/data_set_registry.h"
#include "data/true_density.h"

namespace ebm {
namespace {

TEST(DataSetRegistry, ListsFifteenDistinctSetsTwoDimensionalFirst) {
  const auto names = dataSetNames();
  ASSERT_EQ(names.size(), 15u);
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
  EXPECT_EQ(names.front(), "8gaussians");
  int lastDimension = 2;
  for (const auto& name : names) {
    const DataSetInfo& info = dataSetInfo(name);
    EXPECT_EQ(info.name, name);
    EXPECT_GE(info.dimension, lastDimension) << name;
    lastDimension = info.dimension;
    EXPECT_EQ(info.box.dimension, info.dimension) << name;
    EXPECT_FALSE(info.title.empty());
    EXPECT_FALSE(info.recipe.empty());
  }
}

TEST(DataSetRegistry, EverySetHonoursNAndLabelsAndValidates) {
  for (const auto& name : dataSetNames()) {
    const DataSetInfo& info = dataSetInfo(name);
    for (const Index n : {Index(1), Index(7), Index(1001)}) {
      const DataSet data = generateDataSet(name, {n, std::nullopt, 5});
      SCOPED_TRACE(name + " with n = " + std::to_string(n));
      EXPECT_EQ(data.name, name);
      EXPECT_EQ(data.size(), n);
      EXPECT_EQ(data.dimension, info.dimension);
      EXPECT_EQ(data.hasLabels(), info.labelled);
      EXPECT_NO_THROW(data.validate());
      if (info.labelled) {
        EXPECT_GE(data.labelCount(), 2);
      }
    }
  }
}

TEST(DataSetRegistry, SameSeedSamePointsOtherSeedOtherPoints) {
  for (const auto& name : dataSetNames()) {
    SCOPED_TRACE(name);
    const DataSet a = generateDataSet(name, {500, std::nullopt, 42});
    const DataSet b = generateDataSet(name, {500, std::nullopt, 42});
    const DataSet c = generateDataSet(name, {500, std::nullopt, 43});
    EXPECT_EQ(a.points, b.points);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_NE(a.points, c.points);
  }
}

TEST(DataSetRegistry, UnsetNoiseMeansTheRecipesDefault) {
  for (const auto& name : dataSetNames()) {
    const double noise = dataSetInfo(name).defaultNoise;
    EXPECT_EQ(generateDataSet(name, {300, std::nullopt, 8}).points,
              generateDataSet(name, {300, noise, 8}).points)
        << name;
  }
}

TEST(DataSetRegistry, SuggestedBoxHoldsTheData) {
  // At the default noise fewer than 0.5% of the points fall outside the suggested box (most sets: none).
  for (const auto& name : dataSetNames()) {
    const DataSetInfo& info = dataSetInfo(name);
    const DataSet data = generateDataSet(name, {20000, std::nullopt, 3});
    Index outside = 0;
    for (Index i = 0; i < data.size(); ++i)
      outside += info.box.contains(data.points.col(i).data()) ? 0 : 1;
    EXPECT_LT(double(outside) / double(data.size()), 0.005) << name << ": " << outside << " points outside";
  }
}

TEST(DataSetRegistry, RefusesUnknownNamesAndBadRecipesWithAReadableMessage) {
  try {
    (void)generateDataSet("9gaussians");
    FAIL() << "expected ArgumentError";
  } catch (const ArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("8gaussians"), std::string::npos)
        << "the message lists the known sets";
  }
  EXPECT_THROW((void)dataSetInfo(""), ArgumentError);
  EXPECT_THROW((void)generateDataSet("moons", {0, std::nullopt, 1}), ArgumentError);
  EXPECT_THROW((void)generateDataSet("moons", {DataSetRecipe::kMaxPoints + 1, std::nullopt, 1}),
               ArgumentError);
  EXPECT_THROW((void)generateDataSet("moons", {10, -0.1, 1}), ArgumentError);
  EXPECT_THROW((void)generateDataSet("moons", {10, std::nan(""), 1}), ArgumentError);
  EXPECT_THROW((void)trueDensity("nope"), ArgumentError);
}

TEST(DataSetRegistry, KnownDensityFlagMatchesTrueDensity) {
  for (const auto& name : dataSetNames()) {
    const bool known = dataSetInfo(name).knownDensity;
    const EnergyPtr density = trueDensity(name);
    EXPECT_EQ(density != nullptr, known) << name;
    if (density) {
      EXPECT_EQ(density->dimension(), dataSetInfo(name).dimension) << name;
      EXPECT_EQ(trueDensity(name, {100, 0.0, 1}), nullptr) << name << ": no density without noise";
    }
  }
}

}  // namespace
}  // namespace ebm
