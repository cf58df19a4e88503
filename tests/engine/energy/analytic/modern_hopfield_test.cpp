// The modern Hopfield energy: exact gradient, the attention step never raises E, the three β regimes, and the
// Euclidean variant as a Gaussian mixture's log-density.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "energy/analytic/modern_hopfield.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

// Three clusters of three patterns of length 3 (at 90°, 210° and 330°, ±0.15 rad), as in the lesson.
Eigen::MatrixXd threeClusters() {
  Eigen::MatrixXd x(2, 9);
  int i = 0;
  for (double centre : {90.0, 210.0, 330.0}) {
    for (double offset : {-0.15, 0.0, 0.15}) {
      const double angle = centre * std::numbers::pi / 180 + offset;
      x.col(i++) << 3 * std::cos(angle), 3 * std::sin(angle);
    }
  }
  return x;
}

ModernHopfieldEnergy energyOf(double beta, bool euclidean, bool normalize = false) {
  return ModernHopfieldEnergy({threeClusters(), beta, euclidean, normalize});
}

Eigen::VectorXd settle(const ModernHopfieldEnergy& energy, Eigen::VectorXd query, int steps = 200) {
  for (int s = 0; s < steps; ++s)
    query = energy.update(query);
  return query;
}

TEST(ModernHopfieldEnergy, GradientMatchesCentralDifferencesInBothVariants) {
  for (bool euclidean : {false, true}) {
    for (double beta : {0.1, 1.0, 8.0}) {
      const ModernHopfieldEnergy energy = energyOf(beta, euclidean);
      const Points x = uniformPoints(2, 100, -4, 4, 5);
      expectExactGradient(energy, x);
      expectConsistentBatches(energy, x);
    }
  }
}

TEST(ModernHopfieldEnergy, TheAttentionStepIsXiMinusTheGradientAndItsWeightsSumToOne) {
  for (bool euclidean : {false, true}) {
    const ModernHopfieldEnergy energy = energyOf(2.0, euclidean);
    const Eigen::Vector2d xi(0.7, -1.3);
    double gradient[2];
    (void)energy.energyAt<true>(xi.data(), gradient);
    const Eigen::VectorXd step = energy.update(xi);
    EXPECT_NEAR(step[0], xi[0] - gradient[0], 1e-12);
    EXPECT_NEAR(step[1], xi[1] - gradient[1], 1e-12);
    EXPECT_NEAR(energy.weights(xi).sum(), 1.0, 1e-12);
    EXPECT_GE(energy.weights(xi).minCoeff(), 0.0);
  }
}

TEST(ModernHopfieldEnergy, EnergyFallsAtEveryAttentionStep) {
  const Points starts = uniformPoints(2, 20, -5, 5, 17);
  for (bool euclidean : {false, true}) {
    for (double beta : {0.05, 0.5, 2.0, 20.0}) {
      const ModernHopfieldEnergy energy = energyOf(beta, euclidean);
      for (Index s = 0; s < starts.cols(); ++s) {
        Eigen::VectorXd xi = starts.col(s).cast<double>();
        double previous = energy.energy(xi);
        for (int step = 0; step < 30; ++step) {
          xi = energy.update(xi);
          const double now = energy.energy(xi);
          EXPECT_LE(now, previous + 1e-12) << energy.describe() << ", start " << s << ", step " << step;
          previous = now;
        }
      }
    }
  }
}

TEST(ModernHopfieldEnergy, SmallBetaHasOneMinimumNearTheMeanOfAllPatterns) {
  const Eigen::Vector2d mean = threeClusters().rowwise().mean();
  for (bool euclidean : {false, true}) {
    const ModernHopfieldEnergy energy = energyOf(0.02, euclidean);
    const Points starts = uniformPoints(2, 10, -5, 5, 3);
    for (Index s = 0; s < starts.cols(); ++s) {
      const Eigen::VectorXd end = settle(energy, starts.col(s).cast<double>());
      EXPECT_LT((end - mean).norm(), 0.3) << energy.describe() << ", start " << s;
    }
  }
}

TEST(ModernHopfieldEnergy, MediumBetaStopsAtTheMeanOfACluster) {
  const Eigen::MatrixXd x = threeClusters();
  for (bool euclidean : {false, true}) {
    const ModernHopfieldEnergy energy = energyOf(euclidean ? 1.0 : 0.7, euclidean);
    for (int c = 0; c < 3; ++c) {
      const Eigen::Vector2d clusterMean = x.middleCols(3 * c, 3).rowwise().mean();
      const Eigen::VectorXd end = settle(energy, x.col(3 * c) * 0.9);
      EXPECT_LT((end - clusterMean).norm(), 0.1) << energy.describe() << ", cluster " << c;
      EXPECT_GT((end - x.col(3 * c)).norm(), 0.2) << "it should not reach the single pattern";
    }
  }
}

TEST(ModernHopfieldEnergy, LargeBetaRetrievesEachPatternInOneStep) {
  const Eigen::MatrixXd x = threeClusters();
  const Eigen::Vector2d nudge(0.05, -0.04);
  for (bool euclidean : {false, true}) {
    const ModernHopfieldEnergy energy = energyOf(200.0, euclidean);
    for (Index i = 0; i < x.cols(); ++i) {
      const Eigen::VectorXd once = energy.update(x.col(i) + nudge);
      EXPECT_LT((once - x.col(i)).norm(), 1e-3) << energy.describe() << ", pattern " << i;
    }
  }
}

TEST(ModernHopfieldEnergy, AShortPatternBesideLongOnesNeedsNormalizing) {
  Eigen::MatrixXd x(2, 2);
  x << 0.5, 3.0, 0.0, 2.0;  // a short pattern (0.5, 0) and a long one (3, 2)
  const ModernHopfieldEnergy dot({x, 200.0, false, false}), normalized({x, 200.0, false, true});
  const Eigen::Vector2d nearShort(0.5, -0.05);
  EXPECT_LT((dot.update(nearShort) - x.col(1)).norm(), 1e-6) << "the long pattern wins the dot product";
  EXPECT_LT((normalized.update(nearShort) - Eigen::Vector2d(1, 0)).norm(), 1e-3);
}

TEST(ModernHopfieldEnergy, EuclideanVariantIsAGaussianMixtureLogDensityUpToAConstant) {
  const double beta = 1.5;
  const ModernHopfieldEnergy energy = energyOf(beta, true);
  const Eigen::MatrixXd x = threeClusters();
  const Points points = uniformPoints(2, 50, -4, 4, 9);
  double offset = 0;
  for (Index s = 0; s < points.cols(); ++s) {
    const Eigen::Vector2d xi = points.col(s).cast<double>();
    double density = 0;  // equal weights, covariance I/β
    for (Index i = 0; i < x.cols(); ++i)
      density += beta / (2 * std::numbers::pi) * std::exp(-beta * (xi - x.col(i)).squaredNorm() / 2) / 9;
    const double sum = beta * energy.energy(xi) + std::log(density);
    if (s == 0) offset = sum;
    EXPECT_NEAR(sum, offset, 1e-9) << "at point " << s;
  }
  EXPECT_NEAR(offset, std::log(beta / (2 * std::numbers::pi)), 1e-9);
}

TEST(ModernHopfieldEnergy, RejectsWhatCannotBeStored) {
  Eigen::MatrixXd origin = Eigen::MatrixXd::Zero(2, 1);
  EXPECT_THROW(ModernHopfieldEnergy({origin, 1.0, false, true}), ArgumentError);
  EXPECT_THROW(ModernHopfieldEnergy({threeClusters(), 0.0, false, false}), ArgumentError);
  EXPECT_THROW(ModernHopfieldEnergy({Eigen::MatrixXd::Zero(4, 2), 1.0, false, false}), ArgumentError);
}

}  // namespace
}  // namespace ebm
