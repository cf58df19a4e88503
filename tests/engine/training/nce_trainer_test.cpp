// NCE: on Gaussian data the learned energy comes out normalized (log Z ≈ 0 by quadrature) and its held-out
// NLL near the true entropy; the noise is the fitted Gaussian; degenerate data and bad options are refused.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <numbers>

#include "analysis/quadrature.h"
#include "core/errors.h"
#include "core/parallel.h"
#include "core/random.h"
#include "training/nce_trainer.h"

namespace ebm {
namespace {

// N(μ, Σ) with μ = (0.5, −0.3), Σ = [[1, 0.5], [0.5, 0.8]] = L Lᵀ.
const Eigen::Matrix2d kCovariance{{1.0, 0.5}, {0.5, 0.8}};

Points gaussianData(Index n, std::uint64_t seed) {
  const Eigen::Matrix2d L = kCovariance.llt().matrixL();
  Random random(seed);
  Points x(2, n);
  for (Index i = 0; i < n; ++i) {
    const Eigen::Vector2d xi =
        Eigen::Vector2d(0.5, -0.3) + L * Eigen::Vector2d(random.normal(), random.normal());
    x.col(i) = xi.cast<float>();
  }
  return x;
}

NceOptions quickNce() {
  NceOptions o;
  o.architecture.hiddenWidths = {32, 32};
  o.box = Box::centered(2, 6.0);
  o.seed = 4;
  o.batchSize = 256;
  o.schedule = {ScheduleKind::kCosine, 1e-2, 0.05};
  o.scheduleIterations = 600;
  o.averagingDecay = 0.98;
  return o;
}

// True entropy of the Gaussian: ½ log det(2πeΣ) = 2.660 nats.
TEST(NceTrainer, GaussianDataGiveANormalizedEnergyWhoseLikelihoodIsNearTheEntropy) {
  NceTrainer trainer(quickNce(), gaussianData(20000, 1));
  EXPECT_LT((trainer.noiseCovariance() - kCovariance).cwiseAbs().maxCoeff(), 0.05);
  const TrainingSummary summary = trainer.run({600});
  ASSERT_EQ(summary.termination, TerminationType::kIterationLimit) << summary.message;

  const Lattice lattice = Lattice::over(Box::centered(2, 6.0), 240);
  const auto partition = summarizePartition(evaluateOnLattice(*trainer.snapshot(), lattice));
  EXPECT_NEAR(partition.logPartition, 0.0, 0.05) << "NCE should learn a normalized density";
  const double entropy =
      0.5 * std::log(std::pow(2 * std::numbers::pi * std::numbers::e, 2) * kCovariance.determinant());
  const double nll =
      negativeLogLikelihood(*trainer.snapshot(), gaussianData(5000, 2), lattice).meanNegativeLogLikelihood;
  EXPECT_NEAR(nll, entropy, 0.05);
  std::printf("NCE after 600 iterations: log Z = %.4f, NLL − entropy = %.4f nats\n", partition.logPartition,
              nll - entropy);
  // The learned log-normalizer is the network's output bias, the c of log p = −E_θ − c.
  const MlpEnergyPtr network = trainer.modelSnapshot();
  EXPECT_EQ(trainer.logNormalizer(), network->bias(network->architecture().hiddenLayers())[0]);
  EXPECT_EQ(trainer.noiseSamples().cols(), 4 * 256);
  EXPECT_EQ(trainer.settings().at("method"), "nce");
}

TEST(NceTrainer, PointsOnALineAndBadOptionsAreRefused) {
  Points line(2, 100);
  for (Index i = 0; i < 100; ++i) {
    line(0, i) = float(i) * 0.01f;
    line(1, i) = float(i) * 0.02f;
  }
  EXPECT_THROW(NceTrainer(quickNce(), line), DataError);
  NceOptions o = quickNce();
  o.noiseRatio = 0;
  EXPECT_NE(o.validate().find("noise samples"), std::string::npos);
  EXPECT_THROW(NceTrainer(o, gaussianData(100, 1)), ArgumentError);
  o = quickNce();
  o.noiseWidening = -1;
  EXPECT_NE(o.validate().find("widening"), std::string::npos);
}

TEST(NceTrainer, SameSeedSameModelWhateverTheThreadCount) {
  const Points data = gaussianData(2000, 3);
  auto train = [&](int threads) {
    setParallelThreadCount(threads);
    NceTrainer trainer(quickNce(), data);
    (void)trainer.run({6});
    return trainer.model().parameters();
  };
  const int original = parallelThreadCount();
  const auto one = train(1), two = train(2);
  setParallelThreadCount(original);
  EXPECT_EQ(one, two);
}

}  // namespace
}  // namespace ebm
