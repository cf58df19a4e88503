// The neural energy against a double-precision reference: E, ∇ₓE and both parameter gradients (of Σ gᵢEᵢ
// and of Σ ⟨Gᵢ, ∇ₓEᵢ⟩) by central finite differences, for every activation; init, views and the noise view.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "core/random.h"
#include "energy/mlp_energy.h"
#include "energy/noise_conditional.h"
#include "engine/energy/mlp_reference.h"

namespace ebm {
namespace {

using testing::ReferenceMlp;

std::vector<ActivationSpec> allActivations() {
  return {{Activation::kSiLU, 1.0f},
          {Activation::kSoftplus, 1.0f},
          {Activation::kTanh, 1.0f},
          {Activation::kSwish, 1.7f},
          {Activation::kELU, 1.0f}};
}

Points randomPoints(int rows, Index n, std::uint64_t seed) {
  Random random(seed);
  Points x(rows, n);
  for (Index i = 0; i < x.size(); ++i)
    x.data()[i] = float(random.uniform(-2.5, 2.5));
  return x;
}

// Tolerance for a float computation against a double reference: 3e-4 of the vector's largest entry.
void expectClose(const Eigen::VectorXd& actual, const Eigen::VectorXd& expected, const std::string& what) {
  const double scale = std::max(1.0, expected.cwiseAbs().maxCoeff());
  for (Index i = 0; i < expected.size(); ++i)
    ASSERT_NEAR(actual[i], expected[i], 3e-4 * scale) << what << " entry " << i;
}

MlpArchitecture smallNet(ActivationSpec activation, int dimension = 2, int conditioning = 0) {
  MlpArchitecture a;
  a.dimension = dimension;
  a.conditioningInputs = conditioning;
  a.hiddenWidths = {12, 20, 9};
  a.activation = activation;
  return a;
}

TEST(MlpEnergy, DefaultShapeHasPyTorchParameterCountAndInitBounds) {
  const MlpEnergy energy(MlpArchitecture{}, 7);
  EXPECT_EQ(energy.parameterCount(), 2 * 128 + 128 + 2 * (128 * 128 + 128) + 128 + 1);
  EXPECT_DOUBLE_EQ(energy.architecture().forwardFlopsPerPoint(), 66304.0);
  EXPECT_LE(energy.weights(0).cwiseAbs().maxCoeff(), 1 / std::sqrt(2.0f));
  EXPECT_GT(energy.weights(0).cwiseAbs().maxCoeff(), 0.6f);
  EXPECT_LE(energy.weights(1).cwiseAbs().maxCoeff(), 1 / std::sqrt(128.0f));
  EXPECT_NEAR(energy.weights(1).mean(), 0.0f, 2e-3f);
  EXPECT_EQ(MlpEnergy(MlpArchitecture{}, 7).parameters(), energy.parameters());
}

TEST(MlpEnergy, RejectsImpossibleShapesAndParameterCounts) {
  MlpArchitecture bad;
  bad.dimension = 4;
  EXPECT_THROW(MlpEnergy(bad, 1), ArgumentError);
  EXPECT_THROW(MlpEnergy(MlpArchitecture{}, Eigen::VectorXf::Zero(10)), ArgumentError);
  const MlpEnergy energy(MlpArchitecture{}, 1);
  Vector e(4);
  EXPECT_THROW(energy.evaluate(Points::Zero(3, 4), e), ArgumentError);
}

TEST(MlpEnergy, EnergyAndInputGradientMatchDoubleReferenceForEveryActivation) {
  for (const auto& activation : allActivations()) {
    for (int dimension : {2, 3}) {
      const MlpEnergy energy(smallNet(activation, dimension), 11);
      const ReferenceMlp reference(energy, energy.parameters().cast<double>());
      // 600 points: more than one internal block of columns.
      const Points x = randomPoints(dimension, 600, 3);
      Vector e(x.cols()), eOnly(x.cols());
      Points g(dimension, x.cols());
      energy.evaluateWithGradient(x, e, g);
      energy.evaluate(x, eOnly);
      for (Index i = 0; i < x.cols(); i += 37) {
        const Eigen::VectorXd xi = x.col(i).cast<double>();
        const std::string what = activationName(activation.kind) + " point " + std::to_string(i);
        EXPECT_NEAR(e[i], reference.energy(xi), 1e-5 * (1 + std::abs(reference.energy(xi)))) << what;
        EXPECT_NEAR(eOnly[i], e[i], 1e-6 * (1 + std::abs(e[i]))) << what;  // summation order differs
        // Central differences of the double reference, h = 1e-5: truncation error ~1e-10.
        Eigen::VectorXd fd(dimension);
        for (int k = 0; k < dimension; ++k) {
          Eigen::VectorXd p = xi, m = xi;
          p[k] += 1e-5;
          m[k] -= 1e-5;
          fd[k] = (reference.energy(p) - reference.energy(m)) / 2e-5;
        }
        expectClose(g.col(i).cast<double>(), fd, what);
      }
    }
  }
}

TEST(MlpEnergy, EnergyParameterGradientMatchesFiniteDifferencesForEveryActivation) {
  for (const auto& activation : allActivations()) {
    const MlpEnergy energy(smallNet(activation), 5);
    const Points x = randomPoints(2, 40, 8);
    Random random(9);
    Vector weights(x.cols());
    for (Index i = 0; i < weights.size(); ++i)
      weights[i] = float(random.normal());
    MlpWorkspace ws;
    Vector e(x.cols());
    Eigen::VectorXf gradient = Eigen::VectorXf::Zero(energy.parameterCount());
    energy.forward(x, e, ws, MlpPass::kParameterGradient);
    energy.accumulateEnergyGradient(weights, gradient, ws);
    // L(θ) = Σᵢ gᵢ E(xᵢ; θ) in double, differenced in every parameter.
    const Eigen::VectorXd theta = energy.parameters().cast<double>();
    auto loss = [&](const Eigen::VectorXd& t) {
      const ReferenceMlp reference(energy, t);
      double sum = 0;
      for (Index i = 0; i < x.cols(); ++i)
        sum += weights[i] * reference.energy(x.col(i).cast<double>());
      return sum;
    };
    Eigen::VectorXd fd(theta.size());
    for (Index j = 0; j < theta.size(); ++j) {
      Eigen::VectorXd p = theta, m = theta;
      p[j] += 1e-6;
      m[j] -= 1e-6;
      fd[j] = (loss(p) - loss(m)) / 2e-6;
    }
    expectClose(gradient.cast<double>(), fd, activationName(activation.kind));
  }
}

TEST(MlpEnergy, ScoreParameterGradientMatchesFiniteDifferencesForEveryActivation) {
  for (const auto& activation : allActivations()) {
    for (int conditioning : {0, 1}) {
      const MlpEnergy energy(smallNet(activation, 2, conditioning), 6);
      const int inputs = energy.architecture().inputs();
      const Points x = randomPoints(inputs, 30, 12);
      const Points weights = randomPoints(inputs, x.cols(), 13);
      MlpWorkspace ws;
      Vector e(x.cols());
      Points g(inputs, x.cols());
      Eigen::VectorXf gradient = Eigen::VectorXf::Zero(energy.parameterCount());
      energy.forward(x, e, ws, MlpPass::kScoreParameterGradient);
      energy.inputGradient(g, ws);
      energy.accumulateScoreGradient(weights, gradient, ws);
      // L(θ) = Σᵢ ⟨Gᵢ, ∇ₓE(xᵢ; θ)⟩ with ∇ₓE from the double reference's own backward pass.
      const Eigen::VectorXd theta = energy.parameters().cast<double>();
      auto loss = [&](const Eigen::VectorXd& t) {
        const ReferenceMlp reference(energy, t);
        double sum = 0;
        for (Index i = 0; i < x.cols(); ++i)
          sum += weights.col(i).cast<double>().dot(reference.inputGradient(x.col(i).cast<double>()));
        return sum;
      };
      Eigen::VectorXd fd(theta.size());
      for (Index j = 0; j < theta.size(); ++j) {
        Eigen::VectorXd p = theta, m = theta;
        p[j] += 1e-6;
        m[j] -= 1e-6;
        fd[j] = (loss(p) - loss(m)) / 2e-6;
      }
      expectClose(gradient.cast<double>(), fd,
                  activationName(activation.kind) + " conditioning " + std::to_string(conditioning));
    }
  }
}

TEST(MlpEnergy, GradientsOfTheDefaultNetworkMatchOnSampledParameters) {
  const MlpEnergy energy(MlpArchitecture{}, 21);
  const Points x = randomPoints(2, 300, 22);
  const Points weights = randomPoints(2, x.cols(), 23);
  MlpWorkspace ws;
  Vector e(x.cols());
  Points g(2, x.cols());
  Eigen::VectorXf gradient = Eigen::VectorXf::Zero(energy.parameterCount());
  energy.forward(x, e, ws, MlpPass::kScoreParameterGradient);
  energy.inputGradient(g, ws);
  energy.accumulateScoreGradient(weights, gradient, ws);
  const Eigen::VectorXd theta = energy.parameters().cast<double>();
  auto loss = [&](const Eigen::VectorXd& t) {
    const ReferenceMlp reference(energy, t);
    double sum = 0;
    for (Index i = 0; i < x.cols(); ++i)
      sum += weights.col(i).cast<double>().dot(reference.inputGradient(x.col(i).cast<double>()));
    return sum;
  };
  const double scale = std::max(1.0, double(gradient.cwiseAbs().maxCoeff()));
  Random random(24);
  for (int sample = 0; sample < 40; ++sample) {
    const Index j = Index(random.below(std::uint64_t(theta.size())));
    Eigen::VectorXd p = theta, m = theta;
    p[j] += 1e-6;
    m[j] -= 1e-6;
    EXPECT_NEAR(gradient[j], (loss(p) - loss(m)) / 2e-6, 1e-3 * scale) << "parameter " << j;
  }
}

TEST(MlpEnergy, NoiseLevelViewEqualsConditionalNetworkDividedBySigma) {
  const MlpEnergy conditional(smallNet({Activation::kSiLU, 1.0f}, 2, 1), 31);
  const Points x = randomPoints(2, 50, 32);
  for (double sigma : {0.05, 0.3, 1.7}) {
    const auto view = energyAtNoiseLevel(conditional, sigma);
    Points full(3, x.cols());
    full.topRows(2) = x;
    full.row(2).setConstant(noiseConditioningInput(sigma));
    Vector eView(x.cols()), eFull(x.cols());
    view->evaluate(x, eView);
    conditional.evaluate(full, eFull);
    for (Index i = 0; i < x.cols(); ++i)
      EXPECT_NEAR(eView[i], eFull[i] / sigma, 2e-5 * (1 + std::abs(eFull[i] / sigma)));
  }
  Vector e(x.cols());
  EXPECT_THROW(conditional.evaluate(x, e), ArgumentError);
  EXPECT_THROW((void)energyAtNoiseLevel(conditional, -1.0), ArgumentError);
}

}  // namespace
}  // namespace ebm
