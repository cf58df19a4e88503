// The trainers: short PCD/CD/DSM runs learn 8gaussians (loose NLL bounds, seconds of CI), divergence is
// caught and rolled back, options are validated, runs stop on cancel/callback, and results do not depend on
// threads.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <thread>

#include "analysis/quadrature.h"
#include "core/errors.h"
#include "core/parallel.h"
#include "core/random.h"
#include "data/data_set_registry.h"
#include "data/true_density.h"
#include "training/adam.h"
#include "training/dsm_trainer.h"
#include "training/pcd_trainer.h"

namespace ebm {
namespace {

Points eightGaussians(Index n, std::uint64_t seed) {
  return generateDataSet("8gaussians", {n, {}, seed}).points;
}

// The true entropy of 8gaussians by quadrature of its exact density (2.83 nats).
double eightGaussiansEntropy() {
  return trueEntropy("8gaussians").value();
}

double heldOutNll(const Energy& energy, const Points& heldOut) {
  return negativeLogLikelihood(energy, heldOut, Lattice::over(Box::centered(2, 4.0), 256))
      .meanNegativeLogLikelihood;
}

PcdOptions quickPcd() {
  PcdOptions o;
  o.seed = 5;
  o.schedule.learningRate = 3e-3;
  o.schedule.kind = ScheduleKind::kCosine;
  o.schedule.finalFraction = 0.05;
  o.scheduleIterations = 1500;
  o.averagingDecay = 0.98;
  return o;
}

TEST(Adam, FirstStepMovesEachParameterByTheLearningRate) {
  Adam adam(3, AdamSettings{});
  Eigen::VectorXf theta = Eigen::VectorXf::Zero(3), g(3);
  g << 4.0f, -0.001f, 250.0f;
  adam.step(theta, g, 0.01);
  // Bias correction makes m̂/√v̂ = sign(g) on the first step.
  EXPECT_NEAR(theta[0], -0.01f, 1e-6f);
  EXPECT_NEAR(theta[1], 0.01f, 1e-5f);
  EXPECT_NEAR(theta[2], -0.01f, 1e-6f);
}

TEST(Adam, MinimizesAQuadratic) {
  Adam adam(2, AdamSettings{});
  Eigen::VectorXf theta(2);
  theta << 3.0f, -2.0f;
  for (int t = 0; t < 3000; ++t) {
    const Eigen::VectorXf g = Eigen::Vector2f(2 * (theta[0] - 1), 20 * (theta[1] + 0.5f));
    adam.step(theta, g, 0.01);
  }
  EXPECT_NEAR(theta[0], 1.0f, 1e-2f);
  EXPECT_NEAR(theta[1], -0.5f, 1e-2f);
}

TEST(PcdTrainer, ShortRunGetsWithinHalfANatOfTheEntropy) {
  const Points train = eightGaussians(20000, 1), heldOut = eightGaussians(5000, 2);
  PcdTrainer trainer(quickPcd(), train);
  const TrainingSummary summary = trainer.run({400, 0, 100});
  ASSERT_EQ(summary.termination, TerminationType::kIterationLimit) << summary.message;
  EXPECT_EQ(trainer.negatives().cols(), 256);
  EXPECT_TRUE(trainer.negatives().allFinite());
  const double gap = heldOutNll(*trainer.snapshot(), heldOut) - eightGaussiansEntropy();
  EXPECT_LT(gap, 0.5) << "PCD after 400 iterations";
  std::printf("PCD gap after 400 iterations: %.3f nats\n", gap);
  EXPECT_GT(gap, -0.1);  // a model cannot beat the true density by more than sampling noise
  // The data sit lower than the negatives on average only while the model is still learning; both are finite.
  EXPECT_TRUE(std::isfinite(summary.finalMetrics.dataEnergy));
}

TEST(DsmTrainer, ShortRunGetsWithinHalfANatOfTheEntropy) {
  const Points train = eightGaussians(20000, 3), heldOut = eightGaussians(5000, 4);
  DsmOptions o;
  o.seed = 6;
  o.schedule.learningRate = 4e-3;
  o.schedule.kind = ScheduleKind::kCosine;
  o.schedule.finalFraction = 0.05;
  o.scheduleIterations = 400;
  o.averagingDecay = 0.99;
  DsmTrainer trainer(o, train);
  const TrainingSummary summary = trainer.run({400, 0, 100});
  ASSERT_EQ(summary.termination, TerminationType::kIterationLimit) << summary.message;
  const double gap = heldOutNll(*trainer.snapshot(), heldOut) - eightGaussiansEntropy();
  EXPECT_LT(gap, 0.5) << "DSM after 400 iterations";
  std::printf("DSM gap after 400 iterations: %.3f nats\n", gap);
  EXPECT_GT(gap, -0.1);
}

TEST(DsmTrainer, NoiseConditionalModeDrawsAtTheSmallestLevelAndLearns) {
  DsmOptions o;
  o.seed = 8;
  o.noiseConditional = true;
  o.batchSize = 256;
  DsmTrainer trainer(o, eightGaussians(4000, 5));
  const double first = trainer.step().loss;
  (void)trainer.run({150, 0, 50});
  EXPECT_LT(trainer.metrics().loss, first);
  EXPECT_EQ(trainer.conditionalSnapshot()->architecture().conditioningInputs, 1);
  const EnergyPtr drawable = trainer.snapshot();
  EXPECT_EQ(drawable->dimension(), 2);
  Points x = Points::Zero(2, 1);
  EXPECT_TRUE(std::isfinite(drawable->energies(x)[0]));
}

TEST(PcdTrainer, ContrastiveDivergenceStartsNegativesAtTheData) {
  PcdOptions o = quickPcd();
  o.contrastiveDivergence = true;
  o.langevinSteps = 0;
  PcdTrainer trainer(o, eightGaussians(1000, 6));
  (void)trainer.step();
  // With K = 0 the negatives are the data batch itself, so the contrastive part of the loss vanishes.
  EXPECT_NEAR(trainer.metrics().dataEnergy, trainer.metrics().negativeEnergy, 1e-6);
  EXPECT_EQ(trainer.replayBuffer().cols(), 0);
}

TEST(PcdTrainer, HugeLearningRateIsCaughtAndRolledBack) {
  PcdOptions o = quickPcd();
  o.schedule.kind = ScheduleKind::kConstant;
  o.schedule.learningRate = 50.0;
  o.averagingDecay = 0;
  o.checkpointEvery = 1;
  PcdTrainer trainer(o, eightGaussians(2000, 7));
  const TrainingSummary summary = trainer.run({200, 0, 1});
  ASSERT_EQ(summary.termination, TerminationType::kDiverged);
  EXPECT_NE(summary.message.find("rolled back"), std::string::npos) << summary.message;
  const bool namesFix = summary.message.find("halve it") != std::string::npos ||
                        summary.message.find("regularization λ") != std::string::npos;
  EXPECT_TRUE(namesFix) << summary.message;
  // Nothing lost: the model is the last healthy one, finite everywhere on the box.
  EXPECT_TRUE(trainer.model().parameters().allFinite());
  const EnergyGrid grid = evaluateOnLattice(*trainer.snapshot(), Lattice::over(Box::centered(2, 4.0), 64));
  EXPECT_TRUE(grid.values.allFinite());
  EXPECT_LT(grid.values.cwiseAbs().maxCoeff(), o.energyLimit * 10);
  EXPECT_TRUE(trainer.replayBuffer().allFinite());
}

TEST(TrainerOptions, ValidateNamesTheProblemAndConstructorsRefuse) {
  PcdOptions o;
  EXPECT_EQ(o.validate(), "");
  o.stepSize = -1;
  EXPECT_NE(o.validate().find("step size"), std::string::npos);
  EXPECT_THROW(PcdTrainer(o, eightGaussians(100, 1)), ArgumentError);
  PcdOptions small;
  small.bufferSize = 10;
  EXPECT_NE(small.validate().find("buffer"), std::string::npos);
  DsmOptions d;
  d.noiseLevel = 0;
  EXPECT_NE(d.validate().find("noise level"), std::string::npos);
  EXPECT_THROW(PcdTrainer(PcdOptions{}, Points(3, 10)), DataError);
  TrainerOptions t;
  t.schedule.learningRate = 0;
  EXPECT_NE(t.validate().find("learning rate"), std::string::npos);
}

TEST(Trainer, StopsOnCallbackAndOnCancelFromAnotherThread) {
  PcdOptions o = quickPcd();
  o.langevinSteps = 2;
  PcdTrainer trainer(o, eightGaussians(1000, 8));
  const auto byCallback = trainer.run({0, 0, 1}, [](const TrainingMetrics& m) {
    return m.step >= 3 ? CallbackResult::kStop : CallbackResult::kContinue;
  });
  EXPECT_EQ(byCallback.termination, TerminationType::kStoppedByCallback);
  EXPECT_EQ(trainer.metrics().step, 3);
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    trainer.cancel();
  });
  const auto byCancel = trainer.run({0, 60.0, 1});
  canceller.join();
  EXPECT_EQ(byCancel.termination, TerminationType::kCancelled);
  EXPECT_LT(byCancel.seconds, 5.0);
  EXPECT_THROW((void)trainer.run({}), ArgumentError);
}

TEST(Trainer, SameSeedSameModelWhateverTheThreadCount) {
  const Points data = eightGaussians(2000, 9);
  PcdOptions o = quickPcd();
  o.langevinSteps = 5;
  DsmOptions d;
  d.batchSize = 300;
  auto train = [&](int threads) {
    setParallelThreadCount(threads);
    PcdTrainer pcd(o, data);
    DsmTrainer dsm(d, data);
    (void)pcd.run({8});
    (void)dsm.run({8});
    return std::make_pair(pcd.model().parameters(), dsm.model().parameters());
  };
  const int original = parallelThreadCount();
  const auto one = train(1), two = train(2);
  setParallelThreadCount(original);
  EXPECT_EQ(one.first, two.first);
  EXPECT_EQ(one.second, two.second);
}

}  // namespace
}  // namespace ebm
