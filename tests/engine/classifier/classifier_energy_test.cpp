// The classifier's energy against its definition: logits against a double reference, the identity
// log p(y|x) = f_y − logsumexp f = f_y + E(x), the energy's input gradient and the fine-tuning loss's
// parameter gradient against central finite differences of the double reference.
#include <gtest/gtest.h>

#include <cmath>

#include "classifier/classifier_energy.h"
#include "classifier/classifier_loss.h"
#include "core/errors.h"
#include "core/random.h"
#include "engine/classifier/classifier_reference.h"

namespace ebm {
namespace {

using testing::ReferenceClassifier;

ClassifierArchitecture smallClassifier(Activation activation = Activation::kSiLU, int classes = 3) {
  ClassifierArchitecture a;
  a.trunk.dimension = 2;
  a.trunk.hiddenWidths = {12, 9};
  a.trunk.activation.kind = activation;
  a.classes = classes;
  return a;
}

Points randomPoints(Index n, double spread, std::uint64_t seed) {
  Random random(seed);
  Points x(2, n);
  for (Index i = 0; i < x.size(); ++i)
    x.data()[i] = float(random.uniform(-spread, spread));
  return x;
}

TEST(ClassifierNetwork, LogitsMatchTheDoubleReference) {
  for (Activation activation : {Activation::kSiLU, Activation::kTanh, Activation::kSoftplus}) {
    const ClassifierNetwork network(smallClassifier(activation, 4), 5);
    const ReferenceClassifier reference(network, network.parameters().cast<double>());
    const Points x = randomPoints(700, 3, 2);  // more than one block of 256 columns
    Eigen::MatrixXf logits(4, x.cols());
    network.logits(x, logits);
    for (Index i = 0; i < x.cols(); ++i) {
      const Eigen::VectorXd expected = reference.logits(x.col(i).cast<double>());
      for (int k = 0; k < 4; ++k)
        ASSERT_NEAR(logits(k, i), expected[k], 1e-4 * std::max(1.0, std::abs(expected[k]))) << i;
    }
  }
  EXPECT_EQ(ClassifierNetwork(smallClassifier(), 5).parameters(),
            ClassifierNetwork(smallClassifier(), 5).parameters());
  EXPECT_EQ(smallClassifier().parameterCount(), (2 * 12 + 12) + (12 * 9 + 9) + (9 * 3 + 3));
}

TEST(ClassifierNetwork, RefusesImpossibleShapes) {
  ClassifierArchitecture a = smallClassifier();
  a.classes = 1;
  EXPECT_THROW(ClassifierNetwork(a, 1), ArgumentError);
  a = smallClassifier();
  a.trunk.conditioningInputs = 1;
  EXPECT_THROW(ClassifierNetwork(a, 1), ArgumentError);
  EXPECT_THROW(ClassifierNetwork(smallClassifier(), Eigen::VectorXf::Zero(3)), ArgumentError);
  EXPECT_THROW(ClassifierEnergy(std::make_shared<ClassifierNetwork>(smallClassifier(), 1), 0.0),
               ArgumentError);
}

// p(x, y) ∝ exp(f_y(x)) makes p(x) ∝ Σ_y exp(f_y) = exp(−E) at T = 1, so log p(y|x) = f_y − logsumexp f =
// f_y + E(x): the classifier's probabilities and its energy are one model.
TEST(ClassifierEnergy, LogProbabilityIsLogitMinusLogSumExp) {
  auto network = std::make_shared<const ClassifierNetwork>(smallClassifier(), 3);
  const ClassifierEnergy energy(network);
  const Points x = randomPoints(300, 4, 9);
  const Vector e = energy.energies(x);
  const auto predictions = energy.predict(x);
  Eigen::MatrixXf logits(3, x.cols());
  network->logits(x, logits);
  for (Index i = 0; i < x.cols(); ++i) {
    double total = 0;
    for (int y = 0; y < 3; ++y)
      total += std::exp(double(logits(y, i)) + double(e[i]));
    EXPECT_NEAR(total, 1.0, 1e-5) << "p(y|x) sums to one";
    const int best = predictions.labels[std::size_t(i)];
    EXPECT_NEAR(std::log(predictions.confidence[i]), double(logits(best, i)) + double(e[i]), 1e-5);
    EXPECT_EQ(predictions.energies[i], e[i]);
    // The cross-entropy of label y is −log p(y|x) = −(f_y + E).
    for (int y = 0; y < 3; ++y) {
      const Points one = x.col(i);
      const double ce = classifierLoss(*network, one, {y}, Points(2, 0), {}, nullptr);
      EXPECT_NEAR(ce, -(double(logits(y, i)) + double(e[i])), 2e-5 * std::max(1.0, ce));
    }
  }
}

TEST(ClassifierEnergy, EnergyMatchesTheReferenceAtSeveralTemperatures) {
  auto network = std::make_shared<const ClassifierNetwork>(smallClassifier(Activation::kSiLU, 5), 4);
  const ReferenceClassifier reference(*network, network->parameters().cast<double>());
  const Points x = randomPoints(200, 5, 1);
  for (double temperature : {0.25, 1.0, 3.0}) {
    const Vector e = ClassifierEnergy(network, temperature).energies(x);
    for (Index i = 0; i < x.cols(); ++i) {
      const double expected = reference.energy(x.col(i).cast<double>(), temperature);
      ASSERT_NEAR(e[i], expected, 1e-4 * std::max(1.0, std::abs(expected))) << "T = " << temperature;
    }
  }
}

// ∇ₓE against central differences of the double reference (h = 1e-5: truncation and rounding far below the
// float gradient's own rounding).
TEST(ClassifierEnergy, InputGradientMatchesFiniteDifferences) {
  for (double temperature : {0.5, 1.0}) {
    auto network = std::make_shared<const ClassifierNetwork>(smallClassifier(Activation::kTanh, 3), 8);
    const ClassifierEnergy energy(network, temperature);
    const ReferenceClassifier reference(*network, network->parameters().cast<double>());
    const Points x = randomPoints(400, 4, 13);
    Vector e(x.cols());
    Points g(2, x.cols());
    energy.evaluateWithGradient(x, e, g);
    EXPECT_TRUE(e.isApprox(energy.energies(x)));
    for (Index i = 0; i < x.cols(); ++i) {
      for (int axis = 0; axis < 2; ++axis) {
        Eigen::VectorXd plus = x.col(i).cast<double>(), minus = plus;
        plus[axis] += 1e-5;
        minus[axis] -= 1e-5;
        const double fd = (reference.energy(plus, temperature) - reference.energy(minus, temperature)) / 2e-5;
        ASSERT_NEAR(g(axis, i), fd, 2e-4 * std::max(1.0, std::abs(fd))) << "point " << i << " axis " << axis;
      }
    }
  }
}

// The loss with both margin terms active for some points (m_in below most data energies, m_out above most
// outlier energies): its parameter gradient against central differences of the reference loss, entry by
// entry on a sample of θ and along random directions.
TEST(ClassifierLoss, FineTuningGradientMatchesFiniteDifferences) {
  const ClassifierNetwork network(smallClassifier(Activation::kSiLU, 3), 21);
  const Points in = randomPoints(40, 2, 5), out = randomPoints(30, 6, 6);
  std::vector<int> labels;
  Random random(7);
  for (Index i = 0; i < in.cols(); ++i)
    labels.push_back(int(random.below(3)));
  const ReferenceClassifier atTheta(network, network.parameters().cast<double>());
  // Margins around the energies seen, so that the ReLUs are active for about half of the points.
  double meanIn = 0, meanOut = 0;
  for (Index i = 0; i < in.cols(); ++i)
    meanIn += atTheta.energy(in.col(i).cast<double>(), 1.0) / double(in.cols());
  for (Index j = 0; j < out.cols(); ++j)
    meanOut += atTheta.energy(out.col(j).cast<double>(), 1.0) / double(out.cols());
  EnergyMargins margins;
  margins.weight = 0.7;
  margins.marginIn = meanIn;
  margins.marginOut = meanOut;
  Eigen::VectorXf gradient;
  ClassifierLossSums sums;
  const double loss = classifierLoss(network, in, labels, out, margins, &gradient, &sums);
  EXPECT_GT(sums.penaltyIn, 0);
  EXPECT_GT(sums.penaltyOut, 0);
  const Eigen::VectorXd theta = network.parameters().cast<double>();
  const auto referenceLoss = [&](const Eigen::VectorXd& t) {
    return ReferenceClassifier(network, t).loss(in, labels, out, margins);
  };
  EXPECT_NEAR(loss, referenceLoss(theta), 1e-5 * std::max(1.0, std::abs(loss)));
  const double h = 1e-5;
  for (Index k = 0; k < theta.size(); k += 3) {
    Eigen::VectorXd plus = theta, minus = theta;
    plus[k] += h;
    minus[k] -= h;
    const double fd = (referenceLoss(plus) - referenceLoss(minus)) / (2 * h);
    ASSERT_NEAR(gradient[k], fd, 2e-4 * std::max(1.0, std::abs(fd))) << "parameter " << k;
  }
  for (int trial = 0; trial < 5; ++trial) {
    Eigen::VectorXd v(theta.size());
    for (Index k = 0; k < v.size(); ++k)
      v[k] = random.normal();
    v.normalize();
    const double fd = (referenceLoss(theta + h * v) - referenceLoss(theta - h * v)) / (2 * h);
    EXPECT_NEAR(gradient.cast<double>().dot(v), fd, 2e-4 * std::max(1.0, std::abs(fd)));
  }
}

TEST(ClassifierLoss, PlainCrossEntropyIgnoresTheOutliers) {
  const ClassifierNetwork network(smallClassifier(), 2);
  const Points in = randomPoints(20, 2, 1), out = randomPoints(20, 6, 2);
  const std::vector<int> labels(20, 1);
  Eigen::VectorXf withOutliers, without;
  const double a = classifierLoss(network, in, labels, out, {}, &withOutliers);
  const double b = classifierLoss(network, in, labels, Points(2, 0), {}, &without);
  EXPECT_DOUBLE_EQ(a, b);
  EXPECT_TRUE(withOutliers.isApprox(without));
  EXPECT_THROW((void)classifierLoss(network, in, std::vector<int>(20, 3), out, {}, nullptr), ArgumentError);
}

}  // namespace
}  // namespace ebm
