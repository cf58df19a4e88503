// The classifier trainer on three-blobs: it learns the classes, its energy fine-tuning makes the energy a
// better out-of-distribution detector than the max-softmax score, it is reproducible, it starts from given
// weights, and its decision map draws boundaries where the predicted class changes.
#include <gtest/gtest.h>

#include "classifier/decision_map.h"
#include "classifier/ood_evaluation.h"
#include "core/errors.h"
#include "data/data_set_registry.h"
#include "training/recommended_classifier.h"

namespace ebm {
namespace {

struct Blobs {
  DataSet train = generateDataSet("three-blobs", {4000, std::nullopt, 101});
  DataSet heldOut = generateDataSet("three-blobs", {1000, std::nullopt, 202});
  Points outliers = makeOodPoints(train.points, OodRecipe{}).all();
};

const Blobs& blobs() {
  static const Blobs b;
  return b;
}

ClassifierEnergyPtr trained(std::uint64_t seed, Index iterations) {
  ClassifierTrainer trainer(recommendedClassifierOptions(blobs().train.points, 3, seed, iterations, false),
                            blobs().train.points, blobs().train.labels);
  EXPECT_EQ(trainer.run({iterations, 0, 1}).termination, TerminationType::kIterationLimit);
  return trainer.classifierSnapshot();
}

TEST(ClassifierTrainer, LearnsThreeBlobsAndFineTuningMakesTheEnergyTheBetterDetector) {
  const auto plain = trained(7, 600);
  const OodReport before =
      evaluateOod(*plain, blobs().heldOut.points, blobs().heldOut.labels, blobs().outliers);
  EXPECT_GT(before.accuracy, 0.98);
  // Fine-tuning from the trained weights with outliers around the data: m_in = −7, m_out = −2, λ = 0.1.
  ClassifierOptions options = recommendedClassifierOptions(blobs().train.points, 3, 7, 500, true);
  ClassifierTrainer finetune(options, blobs().train.points, blobs().train.labels,
                             &plain->network().parameters());
  ASSERT_EQ(finetune.run({500, 0, 1}).termination, TerminationType::kIterationLimit);
  const OodReport after = evaluateOod(*finetune.classifierSnapshot(), blobs().heldOut.points,
                                      blobs().heldOut.labels, blobs().outliers);
  EXPECT_GT(after.accuracy, 0.98);
  EXPECT_GT(after.energy.auroc, 0.95);
  EXPECT_LT(after.energy.fpr95, 0.1);
  EXPECT_LE(after.energy.fpr95, after.softmax.fpr95);
  EXPECT_GT(after.energy.auroc, before.energy.auroc);
  // The margins did their work: data below m_in's neighbourhood, outliers above m_out's.
  EXPECT_LT(finetune.metrics().dataEnergy, finetune.metrics().negativeEnergy);
}

TEST(ClassifierTrainer, IsReproducibleAndStartsFromGivenWeights) {
  EXPECT_EQ(trained(3, 40)->network().parameters(), trained(3, 40)->network().parameters());
  EXPECT_NE(trained(3, 40)->network().parameters(), trained(4, 40)->network().parameters());
  const auto start = trained(3, 40);
  ClassifierOptions options = recommendedClassifierOptions(blobs().train.points, 3, 3, 10, false);
  options.averagingDecay = 0;
  ClassifierTrainer resumed(options, blobs().train.points, blobs().train.labels,
                            &start->network().parameters());
  EXPECT_EQ(resumed.classifierSnapshot()->network().parameters(), start->network().parameters());
}

TEST(ClassifierTrainer, RefusesUnlabelledDataAndBadLabels) {
  const auto options = recommendedClassifierOptions(blobs().train.points, 3, 1, 10, false);
  EXPECT_THROW(ClassifierTrainer(options, blobs().train.points, {}), DataError);
  std::vector<int> labels = blobs().train.labels;
  labels[5] = 3;
  EXPECT_THROW(ClassifierTrainer(options, blobs().train.points, labels), DataError);
  Eigen::VectorXf wrong = Eigen::VectorXf::Zero(7);
  EXPECT_THROW(ClassifierTrainer(options, blobs().train.points, blobs().train.labels, &wrong), ArgumentError);
}

TEST(DecisionMap, BoundariesLieWhereTheTopTwoLogitsTieAndConfidenceIsTheMaxSoftmax) {
  const auto classifier = trained(5, 300);
  const Lattice lattice = Lattice::over(Box::centered(2, 6), 97);
  const DecisionMap map = decisionMap(*classifier, lattice);
  ASSERT_GT(map.boundaries.cols(), 20);
  // Three regions meet: every boundary point has its two largest logits (nearly) equal, relative to the
  // logits' spread across the grid cell (linear interpolation in a cell of spacing 0.125).
  Eigen::MatrixXf logits(3, map.boundaries.cols());
  classifier->network().logits(map.boundaries, logits);
  for (Index i = 0; i < logits.cols(); ++i) {
    Eigen::Vector3f f = logits.col(i);
    std::sort(f.data(), f.data() + 3);
    EXPECT_LT(f[2] - f[1], 0.05 * std::max(1.0f, std::abs(f[2]))) << "boundary point " << i;
  }
  const auto predictions = classifier->predict(lattice.allNodes());
  for (Index i = 0; i < lattice.size(); i += 37)
    EXPECT_NEAR(map.confidence->values[i], predictions.confidence[i], 1e-6);
  EXPECT_GE(map.confidence->values.minCoeff(), 1.0f / 3 - 1e-6f);
}

}  // namespace
}  // namespace ebm
