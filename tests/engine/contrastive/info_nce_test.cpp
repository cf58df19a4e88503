// InfoNCE against an independent double-precision computation and finite differences, on cases whose
// optimum is known (the regular simplex), against the bound I(X; Y) ≥ log N − L on a toy with known mutual
// information; alignment and uniformity against hand computations and their closed forms on the sphere.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "contrastive/info_nce.h"
#include "core/errors.h"
#include "core/random.h"
#include "training/adam.h"

namespace ebm {
namespace {

Points randomPoints(int rows, Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(rows, n);
  random.fillNormal(x);
  return x;
}

// Symmetric InfoNCE written out plainly in double: each row's and each column's cross-entropy with the
// diagonal.
double referenceLoss(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b, double tau) {
  const Index n = a.cols();
  double loss = 0;
  for (Index i = 0; i < n; ++i) {
    double rowSum = 0, columnSum = 0;
    for (Index j = 0; j < n; ++j) {
      rowSum += std::exp(a.col(i).dot(b.col(j)) / tau);
      columnSum += std::exp(a.col(j).dot(b.col(i)) / tau);
    }
    const double positive = a.col(i).dot(b.col(i)) / tau;
    loss += (std::log(rowSum) - positive) + (std::log(columnSum) - positive);
  }
  return loss / (2.0 * double(n));
}

TEST(InfoNce, LossAndGradientMatchADoublePrecisionReferenceAndFiniteDifferences) {
  const Points first = randomPoints(3, 7, 1), second = randomPoints(3, 7, 2);
  const double tau = 0.7;
  const InfoNceResult result = infoNce(first, second, tau);
  const Eigen::MatrixXd a = first.cast<double>(), b = second.cast<double>();
  EXPECT_NEAR(result.loss, referenceLoss(a, b, tau), 1e-5);
  const double h = 1e-5;
  for (int side = 0; side < 2; ++side) {
    const Points& analytic = side == 0 ? result.firstGradient : result.secondGradient;
    for (Index i = 0; i < a.size(); ++i) {
      Eigen::MatrixXd plus = side == 0 ? a : b, minus = plus;
      plus.data()[i] += h;
      minus.data()[i] -= h;
      const double fd = side == 0 ? (referenceLoss(plus, b, tau) - referenceLoss(minus, b, tau)) / (2 * h)
                                  : (referenceLoss(a, plus, tau) - referenceLoss(a, minus, tau)) / (2 * h);
      EXPECT_NEAR(analytic.data()[i], fd, 2e-5 + 1e-4 * std::abs(fd)) << "side " << side << " entry " << i;
    }
  }
}

TEST(InfoNce, AnEncoderThatCannotTellViewsApartScoresLogN) {
  for (Index n : {2, 8, 256}) {
    Points same(2, n);
    same.row(0).setConstant(0.6f);
    same.row(1).setConstant(0.8f);
    const InfoNceResult result = infoNce(same, same, 0.1);
    EXPECT_NEAR(result.loss, std::log(double(n)), 1e-9) << n << " pairs";
    EXPECT_LT(result.firstGradient.cwiseAbs().maxCoeff(), 1e-6f);  // a flat loss: nothing to follow
  }
  // Very small τ stays finite (softmaxes from the largest score).
  const InfoNceResult cold = infoNce(randomPoints(2, 5, 3), randomPoints(2, 5, 4), 1e-4);
  EXPECT_TRUE(std::isfinite(cold.loss));
  EXPECT_TRUE(cold.firstGradient.allFinite());
}

TEST(InfoNce, RefusesWhatIsNotABatchOfPairs) {
  EXPECT_THROW((void)infoNce(randomPoints(2, 4, 1), randomPoints(2, 5, 1), 0.5), ArgumentError);
  EXPECT_THROW((void)infoNce(randomPoints(2, 1, 1), randomPoints(2, 1, 1), 0.5), ArgumentError);
  EXPECT_THROW((void)infoNce(randomPoints(2, 4, 1), randomPoints(2, 4, 1), 0.0), ArgumentError);
}

// K points whose two views coincide (z = z'), embedded on the sphere S^{k−1} with k ≥ K − 1: the minimum of
// InfoNCE is the regular simplex (inner products −1/(K−1)), where
//   L* = log(1 + (K−1)·exp(−(1 + 1/(K−1))/τ)).
// Free unit vectors zᵢ = uᵢ/‖uᵢ‖ trained by Adam from a random start must find it.
void expectSimplexOptimum(int k, int points, double tau) {
  const double expected = std::log(1 + (points - 1) * std::exp(-(1 + 1.0 / (points - 1)) / tau));
  Eigen::VectorXf u(k * points);
  Random random(11);
  random.fillNormal(u.data(), u.size());
  Adam adam(u.size(), AdamSettings{});
  double loss = 0;
  Points z;
  for (int step = 0; step < 3000; ++step) {
    const Eigen::Map<const Points> raw(u.data(), k, points);
    const Eigen::RowVectorXf norms = raw.colwise().norm();
    z = raw * norms.cwiseInverse().asDiagonal();
    const InfoNceResult r = infoNce(z, z, tau);
    loss = r.loss;
    const Points g = r.firstGradient + r.secondGradient;  // z is both views
    // Through the normalization: ∂L/∂u = (g − z(z·g))/‖u‖.
    const Eigen::RowVectorXf along = (z.array() * g.array()).colwise().sum();
    const Points du = (g - z * along.asDiagonal()) * norms.cwiseInverse().asDiagonal();
    adam.step(u, Eigen::Map<const Eigen::VectorXf>(du.data(), du.size()), step < 2000 ? 0.02 : 0.002);
  }
  EXPECT_NEAR(loss, expected, 1e-4) << k << "D, " << points << " points";
  for (int i = 0; i < points; ++i) {
    for (int j = i + 1; j < points; ++j)
      EXPECT_NEAR(z.col(i).dot(z.col(j)), -1.0 / (points - 1), 2e-3) << "pair " << i << ", " << j;
  }
  // And that value is the simplex's: plugging the triangle / tetrahedron in gives it by hand.
  EXPECT_NEAR(infoNce(z, z, tau, false).loss, expected, 1e-4);
}

TEST(InfoNce, TheRegularSimplexIsTheOptimumOfKPoints) {
  expectSimplexOptimum(2, 3, 0.5);  // an equilateral triangle on the circle
  expectSimplexOptimum(3, 4, 0.5);  // a regular tetrahedron on the sphere
  expectSimplexOptimum(3, 3, 0.3);  // on the sphere the triangle lies on a great circle
}

// Classes c ∈ {1…K}, equally likely; both views of a pair show the class's direction (the regular simplex on
// S², K = 4), so the pair's mutual information is exactly I = log K. With τ → 0 a row's loss is log m, m the
// number of batch members of its class, so E[L] = E[log(1 + Binomial(N − 1, 1/K))] exactly, and InfoNCE's
// estimate log N − L never exceeds I (Poole et al. 2019).
TEST(InfoNce, LogNMinusTheLossBoundsTheMutualInformationFromBelow) {
  const int k = 4;
  Points directions(3, k);
  directions << 1, 1, -1, -1, 1, -1, 1, -1, 1, -1, -1, 1;
  directions /= std::sqrt(3.0f);
  for (int n : {4, 16, 64}) {
    double exact = 0;  // E log(1 + B), B ~ Binomial(n − 1, 1/K)
    for (int b = 0; b < n; ++b) {
      const double logChoose = std::lgamma(n) - std::lgamma(b + 1) - std::lgamma(n - b);
      exact +=
          std::exp(logChoose + b * std::log(1.0 / k) + (n - 1 - b) * std::log(1 - 1.0 / k)) * std::log(1 + b);
    }
    Random random(5);
    const int batches = 4000;
    double sum = 0, sumSquares = 0;
    for (int t = 0; t < batches; ++t) {
      Points z(3, n);
      for (int i = 0; i < n; ++i)
        z.col(i) = directions.col(Index(random.below(k)));
      const double loss = infoNce(z, z, 0.01, false).loss;
      sum += loss;
      sumSquares += loss * loss;
    }
    const double mean = sum / batches;
    const double standardError = std::sqrt((sumSquares / batches - mean * mean) / batches);
    EXPECT_NEAR(mean, exact, 4 * standardError + 1e-9) << n << " pairs";
    EXPECT_LE(std::log(double(n)) - mean, std::log(double(k)) + 3 * standardError) << n << " pairs";
  }
}

TEST(Alignment, IsTheMeanSquaredDistanceOfThePairs) {
  Points first(2, 2), second(2, 2);
  first << 1, 0, 0, 1;   // (1, 0) and (0, 1)
  second << 0, 0, 1, 1;  // (0, 1) and (0, 1)
  EXPECT_DOUBLE_EQ(alignment(first, second), (2.0 + 0.0) / 2);
  EXPECT_DOUBLE_EQ(alignment(first, first), 0.0);
  EXPECT_DOUBLE_EQ(alignment(first, -first), 4.0);
}

TEST(Uniformity, MatchesHandComputations) {
  const double pi = std::acos(-1.0);
  auto polygon = [&](int n) {
    Points z(2, n);
    for (int i = 0; i < n; ++i) {
      z(0, i) = float(std::cos(2 * pi * i / n));
      z(1, i) = float(std::sin(2 * pi * i / n));
    }
    return z;
  };
  // An equilateral triangle: every squared distance is 3, so log mean e^{−6} = −6.
  EXPECT_NEAR(uniformity(polygon(3)), -6.0, 1e-5);
  // A square: four sides of squared length 2, two diagonals of 4.
  EXPECT_NEAR(uniformity(polygon(4)), std::log((4 * std::exp(-4.0) + 2 * std::exp(-8.0)) / 6), 1e-5);
  // All points at one place: 0, the worst.
  EXPECT_NEAR(uniformity(Points::Ones(2, 10)), 0.0, 1e-12);
}

TEST(Uniformity, ManyEvenlySpreadPointsReachTheUniformSphere) {
  const double pi = std::acos(-1.0);
  EXPECT_NEAR(uniformSphereUniformity(2), -1.57503, 1e-5);
  EXPECT_NEAR(uniformSphereUniformity(3), -2.07978, 1e-5);
  const int n = 1500;
  Points circle(2, n), sphere(3, n);
  for (int i = 0; i < n; ++i) {
    circle(0, i) = float(std::cos(2 * pi * i / n));
    circle(1, i) = float(std::sin(2 * pi * i / n));
    // A Fibonacci lattice: heights evenly spaced, longitudes by the golden angle.
    const double h = 1 - (2.0 * i + 1) / n, r = std::sqrt(1 - h * h), phi = i * pi * (3 - std::sqrt(5.0));
    sphere.col(i) << float(r * std::cos(phi)), float(r * std::sin(phi)), float(h);
  }
  // Pairs i < j leave out the n terms e⁰ = 1 of i = j: if the n² terms average to the expectation m, the
  // pairs average to (n·m − 1)/(n − 1). Evenly spaced points on the circle average to I₀(4)e^{−4} to
  // machine precision; the Fibonacci sphere is close.
  auto pairsOnly = [&](double logMean) { return std::log((n * std::exp(logMean) - 1) / (n - 1)); };
  EXPECT_NEAR(uniformity(circle), pairsOnly(uniformSphereUniformity(2)), 1e-5);
  EXPECT_NEAR(uniformity(sphere), pairsOnly(uniformSphereUniformity(3)), 1e-3);
  EXPECT_THROW((void)uniformSphereUniformity(4), ArgumentError);
}

}  // namespace
}  // namespace ebm
