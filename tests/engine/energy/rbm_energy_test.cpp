// The RBM's free energy against an independent double-precision formula: values, ∇ₓF and ∂F/∂θ by finite
// differences, and the closed-form log Z against quadrature of exp(−F).
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/quadrature.h"
#include "core/errors.h"
#include "core/random.h"
#include "energy/rbm_energy.h"

namespace ebm {
namespace {

RbmParameters randomRbm(int dimension, int hidden, std::uint64_t seed, double weightScale = 1.0) {
  Random random(seed);
  RbmParameters p;
  p.weights.resize(dimension, hidden);
  for (Index i = 0; i < p.weights.size(); ++i)
    p.weights.data()[i] = float(weightScale * random.normal());
  p.visibleBias.resize(dimension);
  p.logVariance.resize(dimension);
  for (int d = 0; d < dimension; ++d) {
    p.visibleBias[d] = float(random.uniform(-0.5, 0.5));
    p.logVariance[d] = float(random.uniform(-1.0, 0.5));
  }
  p.hiddenBias.resize(hidden);
  for (int j = 0; j < hidden; ++j)
    p.hiddenBias[j] = float(random.uniform(-1, 1));
  return p;
}

// F(x) in double, straight from the definition −log Σ_h exp(−E(x, h)) with the sum over h done per unit.
double referenceFreeEnergy(const Eigen::VectorXd& theta, int d, int h, const Eigen::VectorXd& x) {
  const Eigen::Map<const Eigen::MatrixXd> W(theta.data(), d, h);
  const Eigen::VectorXd b = theta.segment(d * h, d), c = theta.segment(d * h + d, h);
  const Eigen::VectorXd z = theta.segment(d * h + d + h, d);
  double f = 0;
  for (int a = 0; a < d; ++a)
    f += (x[a] - b[a]) * (x[a] - b[a]) / (2 * std::exp(z[a]));
  for (int j = 0; j < h; ++j) {
    double field = c[j];
    for (int a = 0; a < d; ++a)
      field += W(a, j) * x[a] / std::exp(z[a]);
    f -= std::log1p(std::exp(field));  // −log(e⁰ + e^field): h_j ∈ {0, 1}
  }
  return f;
}

TEST(RbmEnergy, FreeEnergyAndItsGradientMatchTheDefinition) {
  for (int dimension : {2, 3}) {
    const RbmParameters p = randomRbm(dimension, 7, 11 + dimension);
    const RbmEnergy rbm(p);
    const Eigen::VectorXd theta = p.flatten().cast<double>();
    Points x(dimension, 300);  // more than one evaluation block
    Random random(5);
    random.fillNormal(x);
    x *= 2.0f;
    Vector energies(x.cols());
    Points gradients(dimension, x.cols());
    rbm.evaluateWithGradient(x, energies, gradients);
    const Vector plain = rbm.energies(x);
    for (Index i = 0; i < x.cols(); ++i) {
      const Eigen::VectorXd xi = x.col(i).cast<double>();
      const double f = referenceFreeEnergy(theta, dimension, 7, xi);
      EXPECT_NEAR(energies[i], f, 1e-4 * (1 + std::abs(f)));
      EXPECT_EQ(energies[i], plain[i]);
      for (int a = 0; a < dimension; ++a) {
        const double h = 1e-5;
        Eigen::VectorXd up = xi, down = xi;
        up[a] += h;
        down[a] -= h;
        const double numeric =
            (referenceFreeEnergy(theta, dimension, 7, up) - referenceFreeEnergy(theta, dimension, 7, down)) /
            (2 * h);
        EXPECT_NEAR(gradients(a, i), numeric, 2e-4 * (1 + std::abs(numeric)))
            << "point " << i << " axis " << a;
      }
    }
  }
}

TEST(RbmEnergy, ParameterGradientMatchesFiniteDifferencesOfTheDefinition) {
  const int d = 2, h = 5;
  const RbmParameters p = randomRbm(d, h, 3);
  const RbmEnergy rbm(p);
  Points x(d, 40);
  Random random(8);
  random.fillNormal(x);
  Vector weights(x.cols());
  for (Index i = 0; i < weights.size(); ++i)
    weights[i] = float(random.uniform(-1, 1));
  Eigen::VectorXf gradient = Eigen::VectorXf::Zero(p.parameterCount());
  rbm.accumulateParameterGradient(x, weights, gradient);
  const Eigen::VectorXd theta = p.flatten().cast<double>();
  auto weightedSum = [&](const Eigen::VectorXd& t) {
    double sum = 0;
    for (Index i = 0; i < x.cols(); ++i)
      sum += weights[i] * referenceFreeEnergy(t, d, h, x.col(i).cast<double>());
    return sum;
  };
  for (Index k = 0; k < theta.size(); ++k) {
    const double step = 1e-6;
    Eigen::VectorXd up = theta, down = theta;
    up[k] += step;
    down[k] -= step;
    const double numeric = (weightedSum(up) - weightedSum(down)) / (2 * step);
    EXPECT_NEAR(gradient[k], numeric, 1e-3 * (1 + std::abs(numeric))) << "parameter " << k;
  }
}

// exp(−F) is a mixture of 2^H Gaussians: its integral in closed form must agree with a fine Riemann sum.
TEST(RbmEnergy, ClosedFormLogPartitionAgreesWithQuadrature) {
  const RbmEnergy rbm(randomRbm(2, 4, 21, 0.8));
  const auto exact = rbm.exactLogPartition();
  ASSERT_TRUE(exact.has_value());
  const auto summary = summarizePartition(evaluateOnLattice(rbm, Lattice::over(Box::centered(2, 12.0), 600)));
  EXPECT_LT(summary.missingMass, 1e-6);
  EXPECT_NEAR(*exact, summary.logPartition, 1e-4);

  const RbmEnergy wide(randomRbm(2, RbmEnergy::kMaxExactHiddenUnits + 1, 1));
  EXPECT_FALSE(wide.exactLogPartition().has_value());
}

TEST(RbmEnergy, FlatLayoutRoundTripsAndBadShapesAreRefused) {
  RbmParameters p = randomRbm(3, 6, 2);
  const Eigen::VectorXf theta = p.flatten();
  EXPECT_EQ(theta.size(), 3 * 6 + 2 * 3 + 6);
  RbmParameters q = randomRbm(3, 6, 99);
  q.assign(theta);
  EXPECT_EQ(q.flatten(), theta);
  EXPECT_EQ(q.weights, p.weights);
  EXPECT_THROW(q.assign(Eigen::VectorXf::Zero(5)), ArgumentError);

  RbmParameters bad = randomRbm(2, 3, 1);
  bad.logVariance.resize(3);
  EXPECT_THROW(RbmEnergy{bad}, ArgumentError);
  bad = randomRbm(2, 3, 1);
  bad.hiddenBias[1] = NAN;
  EXPECT_THROW(RbmEnergy{bad}, ArgumentError);
  const RbmEnergy rbm(randomRbm(2, 3, 1));
  EXPECT_THROW((void)rbm.energies(Points::Zero(3, 4)), ArgumentError);
  EXPECT_NE(rbm.describe().find("3 hidden"), std::string::npos);
}

TEST(RbmEnergy, HiddenProbabilitiesAreTheSigmoidOfTheField) {
  const RbmParameters p = randomRbm(2, 4, 7);
  const RbmEnergy rbm(p);
  Points x(2, 3);
  x << 0.1f, -1.0f, 2.0f, 0.5f, 0.0f, -3.0f;
  Points s(4, 3);
  rbm.hiddenProbabilities(x, s);
  for (Index i = 0; i < 3; ++i) {
    for (int j = 0; j < 4; ++j) {
      double field = p.hiddenBias[j];
      for (int a = 0; a < 2; ++a)
        field += p.weights(a, j) * x(a, i) * std::exp(-p.logVariance[a]);
      EXPECT_NEAR(s(j, i), 1 / (1 + std::exp(-field)), 1e-6);
    }
  }
}

}  // namespace
}  // namespace ebm
