// The encoder against a double-precision reference written out layer by layer: unit embeddings, the
// forward pass, and the parameter gradient of a loss on the embedding (through g = h/‖h‖) by central finite
// differences — alone and chained with InfoNCE.
#include <gtest/gtest.h>

#include <cmath>

#include "contrastive/encoder.h"
#include "contrastive/info_nce.h"
#include "core/errors.h"
#include "core/random.h"

namespace ebm {
namespace {

Points randomPoints(int rows, Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(rows, n);
  for (Index i = 0; i < x.size(); ++i)
    x.data()[i] = float(random.uniform(-2.5, 2.5));
  return x;
}

// g(x) in double with tanh layers, from the flat parameter layout (Wₗ column-major, bₗ; output last).
Eigen::MatrixXd referenceEncode(const EncoderArchitecture& a, const Eigen::VectorXd& theta,
                                const Eigen::MatrixXd& x) {
  Eigen::MatrixXd value = x;
  Index offset = 0;
  for (int l = 0; l <= a.hiddenLayers(); ++l) {
    const Index rows = a.fanOut(l), cols = a.fanIn(l);
    const Eigen::Map<const Eigen::MatrixXd> w(theta.data() + offset, rows, cols);
    offset += rows * cols;
    const Eigen::Map<const Eigen::VectorXd> b(theta.data() + offset, rows);
    offset += rows;
    Eigen::MatrixXd z = w * value;
    z.colwise() += b;
    value = l == a.hiddenLayers() ? z : Eigen::MatrixXd(z.array().tanh());
  }
  return value * value.colwise().norm().cwiseInverse().asDiagonal();
}

EncoderArchitecture smallArchitecture(int embedding) {
  EncoderArchitecture a;
  a.inputs = 2;
  a.embedding = embedding;
  a.hiddenWidths = {9, 7};
  a.activation = {Activation::kTanh, 1.0f};
  return a;
}

TEST(Encoder, MapsPointsToUnitVectorsAsTheReferenceDoes) {
  for (int k : {2, 3}) {
    const Encoder encoder(smallArchitecture(k), 3);
    EXPECT_EQ(encoder.parameters().size(), smallArchitecture(k).parameterCount());
    const Points x = randomPoints(2, 40, 4);
    const Points g = encoder.encode(x);
    ASSERT_EQ(g.rows(), k);
    const Eigen::MatrixXd expected =
        referenceEncode(encoder.architecture(), encoder.parameters().cast<double>(), x.cast<double>());
    for (Index i = 0; i < g.cols(); ++i) {
      EXPECT_NEAR(g.col(i).norm(), 1.0, 1e-6);
      for (int r = 0; r < k; ++r)
        EXPECT_NEAR(g(r, i), expected(r, i), 2e-5);
    }
  }
}

TEST(Encoder, ParameterGradientMatchesFiniteDifferencesThroughTheNormalization) {
  const Encoder encoder(smallArchitecture(3), 8);
  const Points x = randomPoints(2, 12, 9);
  Points weights(3, 12);  // L = Σ ⟨Cᵢ, g(xᵢ)⟩
  Random random(10);
  random.fillNormal(weights);
  EncoderWorkspace workspace;
  encoder.forward(x, workspace);
  Eigen::VectorXf gradient = Eigen::VectorXf::Zero(encoder.parameters().size());
  encoder.backward(weights, gradient, workspace);
  const Eigen::VectorXd theta = encoder.parameters().cast<double>();
  const Eigen::MatrixXd xd = x.cast<double>(), c = weights.cast<double>();
  auto loss = [&](const Eigen::VectorXd& t) {
    return (referenceEncode(encoder.architecture(), t, xd).array() * c.array()).sum();
  };
  const double h = 1e-6;
  for (Index i = 0; i < theta.size(); ++i) {
    Eigen::VectorXd plus = theta, minus = theta;
    plus[i] += h;
    minus[i] -= h;
    const double fd = (loss(plus) - loss(minus)) / (2 * h);
    EXPECT_NEAR(gradient[i], fd, 2e-4 * std::max(1.0, std::abs(fd))) << "parameter " << i;
  }
}

TEST(Encoder, InfoNceThroughTheEncoderMatchesFiniteDifferences) {
  const Encoder encoder(smallArchitecture(2), 12);
  const Points first = randomPoints(2, 6, 13), second = first + 0.2f * randomPoints(2, 6, 14);
  Points both(2, 12);
  both << first, second;
  const double tau = 0.5;
  EncoderWorkspace workspace;
  encoder.forward(both, workspace);
  const Points z = workspace.embedding;
  const InfoNceResult r = infoNce(z.leftCols(6), z.rightCols(6), tau);
  Points g(2, 12);
  g << r.firstGradient, r.secondGradient;
  Eigen::VectorXf gradient = Eigen::VectorXf::Zero(encoder.parameters().size());
  encoder.backward(g, gradient, workspace);
  const Eigen::MatrixXd xd = both.cast<double>();
  auto loss = [&](const Eigen::VectorXd& t) {
    const Eigen::MatrixXd e = referenceEncode(encoder.architecture(), t, xd);
    double total = 0;
    for (int i = 0; i < 6; ++i) {
      double row = 0, column = 0;
      for (int j = 0; j < 6; ++j) {
        row += std::exp(e.col(i).dot(e.col(6 + j)) / tau);
        column += std::exp(e.col(j).dot(e.col(6 + i)) / tau);
      }
      total += std::log(row) + std::log(column) - 2 * e.col(i).dot(e.col(6 + i)) / tau;
    }
    return total / 12;
  };
  const Eigen::VectorXd theta = encoder.parameters().cast<double>();
  EXPECT_NEAR(r.loss, loss(theta), 1e-5);
  const double h = 1e-6;
  for (Index i = 0; i < theta.size(); ++i) {
    Eigen::VectorXd plus = theta, minus = theta;
    plus[i] += h;
    minus[i] -= h;
    const double fd = (loss(plus) - loss(minus)) / (2 * h);
    EXPECT_NEAR(gradient[i], fd, 1e-4 + 2e-3 * std::abs(fd)) << "parameter " << i;
  }
}

TEST(Encoder, RefusesShapesItCannotBuild) {
  EncoderArchitecture a = smallArchitecture(4);
  EXPECT_THROW(Encoder(a, 1), ArgumentError);
  a = smallArchitecture(2);
  a.hiddenWidths.clear();
  EXPECT_THROW(Encoder(a, 1), ArgumentError);
  const Encoder encoder(smallArchitecture(2), 1);
  EXPECT_THROW((void)encoder.encode(randomPoints(3, 2, 1)), ArgumentError);
}

}  // namespace
}  // namespace ebm
