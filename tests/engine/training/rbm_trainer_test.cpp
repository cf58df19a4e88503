// The RBM trainer: Gibbs sampling leaves the RBM's density invariant, the contrastive gradient is the exact
// likelihood gradient in expectation, CD-k puts valleys at the clusters, and the guards catch a blow-up.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "analysis/basins.h"
#include "analysis/quadrature.h"
#include "core/errors.h"
#include "core/random.h"
#include "training/rbm_gibbs.h"
#include "training/rbm_trainer.h"
#include "training/recommended_settings.h"

namespace ebm {
namespace {

RbmParameters tinyRbm() {
  RbmParameters p;
  p.weights.resize(2, 3);
  p.weights << 1.2f, -0.4f, 0.3f, 0.2f, 0.9f, -0.8f;
  p.visibleBias.resize(2);
  p.visibleBias << 0.3f, -0.2f;
  p.hiddenBias.resize(3);
  p.hiddenBias << -0.5f, 0.2f, 0.1f;
  p.logVariance.resize(2);
  p.logVariance << -0.3f, 0.2f;
  return p;
}

// Two clusters at (±2, 0) with deviation 0.3.
Points twoClusters(Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(2, n);
  for (Index i = 0; i < n; ++i) {
    x(0, i) = float((i % 2 == 0 ? -2.0 : 2.0) + 0.3 * random.normal());
    x(1, i) = float(0.3 * random.normal());
  }
  return x;
}

// ∂ log Z/∂θ by central differences of the closed-form log Z (enumerating the hidden states, in double).
Eigen::VectorXd logPartitionGradient(const RbmParameters& p) {
  const Eigen::VectorXf theta = p.flatten();
  Eigen::VectorXd gradient(theta.size());
  for (Index k = 0; k < theta.size(); ++k) {
    const float step = 1e-2f;
    RbmParameters up = p, down = p;
    Eigen::VectorXf t = theta;
    t[k] += step;
    up.assign(t);
    t[k] = theta[k] - step;
    down.assign(t);
    const double exactStep = double(theta[k] + step) - double(theta[k] - step);
    gradient[k] = (*RbmEnergy(up).exactLogPartition() - *RbmEnergy(down).exactLogPartition()) / exactStep;
  }
  return gradient;
}

TEST(RbmGibbs, ChainsFromAnywhereReachTheRbmsOwnMoments) {
  const RbmEnergy rbm(tinyRbm());
  // The exact mean of p ∝ exp(−F), by quadrature.
  const EnergyGrid grid = evaluateOnLattice(rbm, Lattice::over(Box::centered(2, 9.0), 400));
  Vector density(grid.values.size());
  normalizedDensity(grid, 1.0, density);
  const Points nodes = grid.lattice.allNodes();
  const Eigen::Vector2d mean =
      (nodes.cast<double>() * density.cast<double>()).eval() * grid.lattice.cellVolume();
  Points chains = Points::Constant(2, 20000, 5.0f);  // all start far from the mass
  Random random(4);
  GibbsScratch scratch;
  gibbsSweeps(rbm, chains, 30, random, scratch);
  const Eigen::Vector2d sampled = chains.cast<double>().rowwise().mean();
  // Standard error of a mean of 20,000 nearly independent chains with deviation < 2: < 0.015.
  EXPECT_NEAR(sampled[0], mean[0], 0.05);
  EXPECT_NEAR(sampled[1], mean[1], 0.05);
}

// The trainer's gradient with long chains against the exact gradient of the mean NLL = mean F(x) + log Z,
//   mean ∂F(x)/∂θ + ∂ log Z/∂θ,
// component by component within 4.5 standard errors of the chains' Monte Carlo estimate.
TEST(RbmTrainer, ContrastiveGradientIsTheExactLikelihoodGradientInExpectation) {
  const RbmParameters p = tinyRbm();
  const RbmEnergy rbm(p);
  const Points data = twoClusters(400, 6);
  Points negatives(2, 40000);
  for (Index i = 0; i < negatives.cols(); ++i)
    negatives.col(i) = data.col(i % data.cols());
  Random random(9);
  GibbsScratch scratch;
  gibbsSweeps(rbm, negatives, 40, random, scratch);  // CD-40 from the data
  Eigen::VectorXf estimate(p.parameterCount());
  contrastiveGradient(rbm, data, negatives, estimate);

  Eigen::VectorXf positive = Eigen::VectorXf::Zero(p.parameterCount());
  rbm.accumulateParameterGradient(data, Vector::Constant(data.cols(), 1.0f / float(data.cols())), positive);
  const Eigen::VectorXd exact = positive.cast<double>() + logPartitionGradient(p);

  // Standard errors from the spread of ∂F/∂θ over the chains.
  Eigen::VectorXd sum = Eigen::VectorXd::Zero(p.parameterCount()), squares = sum;
  for (Index i = 0; i < negatives.cols(); ++i) {
    Eigen::VectorXf one = Eigen::VectorXf::Zero(p.parameterCount());
    rbm.accumulateParameterGradient(negatives.col(i), Vector::Ones(1), one);
    sum += one.cast<double>();
    squares += one.cast<double>().cwiseAbs2();
  }
  const double m = double(negatives.cols());
  const Eigen::VectorXd standardError = ((squares / m - (sum / m).cwiseAbs2()) / m).cwiseSqrt();
  for (Index k = 0; k < exact.size(); ++k) {
    EXPECT_NEAR(estimate[k], exact[k], 4.5 * standardError[k] + 1e-3)
        << "parameter " << k << " (standard error " << standardError[k] << ")";
  }
  // And the exact gradient is far from zero: the test would notice a wrong sign.
  EXPECT_GT(exact.norm(), 0.5);
}

TEST(RbmTrainer, CdOnTwoClustersPutsTheTwoValleysAtTheClusters) {
  RbmOptions o;
  o.hiddenUnits = 16;
  o.seed = 3;
  o.schedule = {ScheduleKind::kCosine, 2e-2, 0.05};
  o.scheduleIterations = 1500;
  o.averagingDecay = 0.99;
  RbmTrainer trainer(o, twoClusters(4000, 1));
  const TrainingSummary summary = trainer.run({1500});
  ASSERT_EQ(summary.termination, TerminationType::kIterationLimit) << summary.message;
  const EnergyGrid grid = evaluateOnLattice(*trainer.snapshot(), Lattice::over(Box::centered(2, 4.0), 161));
  const Basins basins(grid, BasinSettings{0.0, 0.05, 0.5});
  ASSERT_GE(basins.count(), 2);
  // The two deepest valleys' bottoms within 0.35 of (±2, 0), one on each side.
  const auto& a = basins.basin(0).minimumPosition;
  const auto& b = basins.basin(1).minimumPosition;
  EXPECT_LT(a[0] * b[0], 0) << "both valleys on one side";
  for (const auto* m : {&a, &b}) {
    EXPECT_NEAR(std::abs((*m)[0]), 2.0, 0.35);
    EXPECT_NEAR((*m)[1], 0.0, 0.35);
  }
  // Most of the density lies within 1 of the clusters.
  Vector density(grid.values.size());
  normalizedDensity(grid, 1.0, density);
  const Points nodes = grid.lattice.allNodes();
  double near = 0;
  for (Index i = 0; i < nodes.cols(); ++i) {
    const double dx = std::abs(nodes(0, i)) - 2, dy = nodes(1, i);
    if (dx * dx + dy * dy < 1) near += density[i];
  }
  EXPECT_GT(near * grid.lattice.cellVolume(), 0.9);
  std::printf("RBM valleys at (%.2f, %.2f) and (%.2f, %.2f); mass near the clusters %.3f\n", a[0], a[1], b[0],
              b[1], near * grid.lattice.cellVolume());
}

// The initial weights shrink as 1/√H: the spread of the initial mixture's means b + W·h is the same for 64
// and 1,024 hidden units, and a 1,024-unit RBM trains with the recommended settings (it once diverged at
// once).
TEST(RbmTrainer, AWideRbmStartsAsCalmAsANarrowOne) {
  const Points data = twoClusters(4000, 4);
  auto meanSpread = [&](int hiddenUnits) {
    RbmOptions o;
    o.hiddenUnits = hiddenUnits;
    const RbmParameters p = initialRbm(data, o);
    return std::sqrt(p.weights.squaredNorm() / 4.0);  // √E‖W·(h − ½)‖² for h ~ Bernoulli(½)
  };
  // Expected w·‖s‖ with w = 0.4 and s the data's deviations; the sample of 64·2 weights varies by ~9 % (so
  // 30 % is 3.4 standard deviations), that of 1,024·2 by ~2.2 % (10 % is 4.5).
  const Eigen::VectorXd s = ((data.cast<double>().colwise() - data.cast<double>().rowwise().mean())
                                 .array()
                                 .square()
                                 .rowwise()
                                 .mean())
                                .sqrt();
  const double expected = RbmOptions{}.initialWeights * s.norm();
  EXPECT_NEAR(meanSpread(64) / expected, 1.0, 0.3);
  EXPECT_NEAR(meanSpread(1024) / expected, 1.0, 0.1);
  RbmOptions wide = recommendedRbmOptions(5, {200, 0});
  wide.hiddenUnits = 1024;
  RbmTrainer trainer(wide, data);
  const TrainingSummary summary = trainer.run({200});
  EXPECT_EQ(summary.termination, TerminationType::kIterationLimit) << summary.message;
}

TEST(RbmTrainer, HugeLearningRateIsCaughtAndRolledBack) {
  RbmOptions o;
  o.hiddenUnits = 8;
  o.schedule.learningRate = 1e4;
  o.minimumDeviation = 1e-6;
  o.checkpointEvery = 1;
  RbmTrainer trainer(o, twoClusters(500, 2));
  const TrainingSummary summary = trainer.run({300});
  ASSERT_EQ(summary.termination, TerminationType::kDiverged);
  EXPECT_NE(summary.message.find("rolled back"), std::string::npos) << summary.message;
  const EnergyGrid grid = evaluateOnLattice(*trainer.snapshot(), Lattice::over(Box::centered(2, 4.0), 32));
  EXPECT_TRUE(grid.values.allFinite());
}

TEST(RbmTrainer, OptionsAreValidatedAndRunsAreReproducible) {
  RbmOptions o;
  EXPECT_EQ(o.validate(), "");
  o.gibbsSteps = 0;
  EXPECT_NE(o.validate().find("Gibbs"), std::string::npos);
  EXPECT_THROW(RbmTrainer(o, twoClusters(10, 1)), ArgumentError);
  EXPECT_THROW(RbmTrainer(RbmOptions{}, Points(4, 10)), DataError);
  EXPECT_THROW(RbmTrainer(RbmOptions{}, Points(2, 0)), DataError);

  RbmOptions p;
  p.hiddenUnits = 6;
  p.persistent = true;
  p.gibbsSteps = 3;
  p.learnVariance = false;
  RbmTrainer first(p, twoClusters(300, 3)), second(p, twoClusters(300, 3));
  (void)first.run({20});
  (void)second.run({20});
  EXPECT_EQ(first.rbmSnapshot()->parameters().flatten(), second.rbmSnapshot()->parameters().flatten());
  EXPECT_EQ(first.rbmSnapshot()->parameters().logVariance, Eigen::VectorXf::Zero(2));  // σ = 1 kept
  EXPECT_EQ(first.negatives().cols(), p.batchSize);
  EXPECT_EQ(first.settings().at("method"), "rbm");
  EXPECT_EQ(first.settings().at("persistent"), true);
}

}  // namespace
}  // namespace ebm
