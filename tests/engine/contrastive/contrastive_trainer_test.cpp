// Contrastive training on eight Gaussians (fixed seeds): InfoNCE falls, the embedding spreads over the circle
// towards the uniform distribution's uniformity, and each cluster lands on an arc of its own.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "contrastive/contrastive_trainer.h"
#include "contrastive/info_nce.h"
#include "core/errors.h"
#include "data/data_set_registry.h"

namespace ebm {
namespace {

struct ClusterSpread {
  double leastGap = 0;        ///< smallest angle between two clusters' mean directions (radians)
  double leastResultant = 0;  ///< smallest mean resultant length |mean g| of a cluster (1 = one point)
};

ClusterSpread clusterSpread(const Points& embedding, const std::vector<int>& labels, int clusters) {
  std::vector<Eigen::Vector2d> sums(std::size_t(clusters), Eigen::Vector2d::Zero());
  std::vector<int> counts(std::size_t(clusters), 0);
  for (Index i = 0; i < embedding.cols(); ++i) {
    sums[std::size_t(labels[std::size_t(i)])] += embedding.col(i).cast<double>();
    ++counts[std::size_t(labels[std::size_t(i)])];
  }
  ClusterSpread s{10, 1};
  for (int a = 0; a < clusters; ++a) {
    const Eigen::Vector2d mean = sums[std::size_t(a)] / counts[std::size_t(a)];
    s.leastResultant = std::min(s.leastResultant, mean.norm());
    for (int b = a + 1; b < clusters; ++b) {
      const Eigen::Vector2d other = sums[std::size_t(b)].normalized();
      s.leastGap = std::min(s.leastGap, std::acos(std::clamp(mean.normalized().dot(other), -1.0, 1.0)));
    }
  }
  return s;
}

TEST(ContrastiveTrainer, TrainingLowersInfoNceAndSeparatesTheClustersOnTheCircle) {
  DataSetRecipe recipe;
  recipe.n = 2000;
  recipe.seed = 1;
  const DataSet data = generateDataSet("8gaussians", recipe);
  ContrastiveSettings settings;  // the lesson's: 2 → 64 → 64 → circle, N = 256, τ = 0.2, σ = 0.3
  settings.iterations = 300;
  ContrastiveTrainer trainer(data.points, settings);
  const ContrastiveEvaluation before = trainer.evaluate();
  const ClusterSpread spreadBefore = clusterSpread(trainer.encoder().encode(data.points), data.labels, 8);
  while (!trainer.finished())
    trainer.step();
  const ContrastiveEvaluation after = trainer.evaluate();
  const ClusterSpread spreadAfter = clusterSpread(trainer.encoder().encode(data.points), data.labels, 8);
  const auto& h = trainer.history();
  const double firstLoss = h.loss.front();
  const double lastLosses = std::accumulate(h.loss.end() - 20, h.loss.end(), 0.0) / 20;
  std::printf(
      "InfoNCE (512 evaluation pairs) %.3f -> %.3f (log N = %.3f); batch loss %.3f -> %.3f (last 20; log 256 "
      "= %.3f)\n"
      "alignment %.4f -> %.4f, uniformity %.3f -> %.3f (uniform circle %.3f), picks %.2f -> %.2f\n"
      "clusters: least gap %.1f° -> %.1f°, least resultant %.3f -> %.3f\n",
      before.loss, after.loss, std::log(512.0), firstLoss, lastLosses, std::log(256.0), before.alignment,
      after.alignment, before.uniformity, after.uniformity, uniformSphereUniformity(2), before.pickRate,
      after.pickRate, spreadBefore.leastGap * 180 / M_PI, spreadAfter.leastGap * 180 / M_PI,
      spreadBefore.leastResultant, spreadAfter.leastResultant);
  // Within a cluster the views of different points overlap (σ = 0.3 against the clusters' 0.35), so no
  // encoder can pick the partner among its cluster's points: the loss falls by about a nat, not to 0 (log N −
  // L ≈ 1.6 nats of the two views' mutual information found, against log 8 ≈ 2.1 for knowing the cluster).
  EXPECT_LT(lastLosses, firstLoss - 0.5);
  EXPECT_LT(after.loss, before.loss - 0.7);
  EXPECT_LT(after.uniformity, -1.3);                 // close to the uniform circle's −1.575
  EXPECT_GT(spreadAfter.leastGap, 20 * M_PI / 180);  // evenly spread: 45°
  EXPECT_GT(spreadAfter.leastResultant, 0.9);        // each cluster on a short arc
  EXPECT_EQ(h.steps.size(), 300u);
  EXPECT_EQ(h.evaluatedAt.size(), 31u);  // at 0, 10, …, 300
}

TEST(ContrastiveTrainer, TheSameSeedGivesTheSameRun) {
  const DataSet data = generateDataSet("8gaussians", DataSetRecipe{500, std::nullopt, 2});
  ContrastiveSettings settings;
  settings.batchSize = 64;
  settings.evaluationPairs = 64;
  ContrastiveTrainer a(data.points, settings), b(data.points, settings);
  for (int i = 0; i < 20; ++i) {
    a.step();
    b.step();
  }
  EXPECT_EQ(a.history().loss, b.history().loss);
  EXPECT_EQ(a.encoder().parameters(), b.encoder().parameters());
}

TEST(ContrastiveTrainer, RefusesSettingsItCannotUse) {
  const Points data = Points::Random(2, 100);
  ContrastiveSettings settings;
  settings.batchSize = 1;
  EXPECT_THROW(ContrastiveTrainer(data, settings), ArgumentError);
  settings = {};
  settings.temperature = 0;
  EXPECT_THROW(ContrastiveTrainer(data, settings), ArgumentError);
  settings = {};
  EXPECT_THROW(ContrastiveTrainer(Points::Random(2, 1), settings), ArgumentError);
  ContrastiveTrainer trainer(data, {});
  EXPECT_THROW(trainer.setViewNoise(-1), ArgumentError);
}

}  // namespace
}  // namespace ebm
