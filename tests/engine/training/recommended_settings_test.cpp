// The recommended settings: every method has a name that reads back, builds a working trainer of the right
// kind, and the PCD/DSM settings are the bench's quality settings.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/random.h"
#include "training/recommended_settings.h"

namespace ebm {
namespace {

TEST(RecommendedSettings, NamesReadBackAndUnknownOnesAreRefused) {
  for (TrainingMethod m : trainingMethods())
    EXPECT_EQ(trainingMethodFromName(trainingMethodName(m)), m);
  try {
    (void)trainingMethodFromName("sgld");
    FAIL();
  } catch (const ArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("pcd, cd, dsm, nce, rbm"), std::string::npos) << e.what();
  }
}

TEST(RecommendedSettings, EveryMethodBuildsATrainerThatSteps) {
  Points data(2, 600);
  Random random(1);
  random.fillNormal(data);
  const Box box = Box::centered(2, 4.0);
  for (TrainingMethod m : trainingMethods()) {
    const TrainingBudget budget{recommendedIterations(m), 0};
    EXPECT_GT(budget.iterations, 0);
    auto trainer = makeRecommendedTrainer(m, data, box, 7, budget);
    ASSERT_TRUE(trainer);
    (void)trainer->step();
    EXPECT_EQ(trainer->metrics().step, 1) << trainingMethodName(m);
    EXPECT_EQ(trainer->snapshot()->dimension(), 2);
  }
  EXPECT_TRUE(
      dynamic_cast<RbmTrainer*>(makeRecommendedTrainer(TrainingMethod::kRbm, data, box, 1, {10, 0}).get()));
  EXPECT_TRUE(
      dynamic_cast<NceTrainer*>(makeRecommendedTrainer(TrainingMethod::kNce, data, box, 1, {10, 0}).get()));
}

TEST(RecommendedSettings, ScheduleFollowsTheBudgetAndMatchesTheBench) {
  const PcdOptions pcd = recommendedPcdOptions(Box::centered(2, 4.0), 7, {0, 60.0});
  EXPECT_EQ(pcd.scheduleIterations, 0);
  EXPECT_EQ(pcd.scheduleSeconds, 60.0);
  EXPECT_EQ(pcd.schedule.learningRate, 3e-3);
  EXPECT_EQ(pcd.langevinSteps, 20);
  EXPECT_EQ(pcd.averagingDecay, 0.999);
  const DsmOptions dsm = recommendedDsmOptions(Box::centered(3, 2.0), 7, {5000, 0});
  EXPECT_EQ(dsm.scheduleIterations, 5000);
  EXPECT_EQ(dsm.architecture.dimension, 3);
  EXPECT_EQ(dsm.batchSize, 1024);
  EXPECT_EQ(dsm.validate(), "");
  EXPECT_EQ(recommendedNceOptions(Box::centered(2, 4.0), 1, {1, 0}).validate(), "");
  EXPECT_EQ(recommendedRbmOptions(1, {1, 0}).validate(), "");
}

}  // namespace
}  // namespace ebm
