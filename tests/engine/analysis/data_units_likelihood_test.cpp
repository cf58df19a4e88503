// The held-out NLL of imported data in the data's own units: a Gaussian data set scaled by known factors has
// a closed-form NLL, and the engine, which sees it standardized, must report exactly that.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/data_units_likelihood.h"
#include "core/random.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

constexpr double kTwoPi = 6.283185307179586;

// E(z) = −log N(z; 0, I): normalized in engine units.
GaussianMixtureEnergy standardNormal() {
  GaussianComponent c;
  c.mean = Eigen::Vector2d::Zero();
  c.covariance = Eigen::Matrix2d::Identity();
  return GaussianMixtureEnergy({c});
}

TEST(DataUnitsLikelihood, AGaussianScaledByKnownFactorsHasItsClosedFormNll) {
  // x = (200, 40) + (14, 5)·z with z ~ N(0, I): flipper and bill lengths in millimetres, as it were.
  const Index n = 4000;
  Points z(2, n);
  Random random(17);
  random.fillNormal(z);
  Standardization s;
  s.shift = {200, 40};
  s.scale = {14, 5};
  const Lattice lattice = Lattice::over(Box::centered(2, 7.0), 512);
  const LikelihoodReport report = negativeLogLikelihoodInDataUnits(standardNormal(), z, lattice, s);

  // Per point, in millimetres: −log N(x; shift, diag(scale²)) = ½|z|² + log 2π + log(14·5).
  double exact = 0;
  for (Index i = 0; i < n; ++i)
    exact += 0.5 * double(z.col(i).squaredNorm()) + std::log(kTwoPi) + std::log(14.0 * 5.0);
  exact /= double(n);
  EXPECT_NEAR(report.meanNegativeLogLikelihood, exact, 1e-4);
  EXPECT_NEAR(report.logPartition, std::log(70.0), 1e-4)
      << "log Z in mm², the engine's log Z = 0 plus log 70";

  // The population's entropy, 1 + log 2π + log(14·5), within the sample's error (sd of ½|z|² is 1/√n·1).
  EXPECT_NEAR(report.meanNegativeLogLikelihood, 1 + std::log(kTwoPi) + std::log(70.0),
              4.0 / std::sqrt(double(n)));

  // Scaling the data by 10 more adds 2·log 10 nats: the same points, other units.
  Standardization s10 = s;
  s10.scale = {140, 50};
  const double nll10 =
      negativeLogLikelihoodInDataUnits(standardNormal(), z, lattice, s10).meanNegativeLogLikelihood;
  EXPECT_NEAR(nll10 - report.meanNegativeLogLikelihood, 2 * std::log(10.0), 1e-9);
  // The identity leaves the engine's NLL as it is.
  EXPECT_NEAR(negativeLogLikelihoodInDataUnits(standardNormal(), z, lattice, {}).meanNegativeLogLikelihood,
              negativeLogLikelihood(standardNormal(), z, lattice).meanNegativeLogLikelihood, 1e-12);
}

TEST(DataUnitsLikelihood, AFittedStandardizationGivesTheDataEntropyInItsUnits) {
  // Raw points, standardized by their own mean and deviation, as an import does.
  const Index n = 20000;
  Points z(2, n);
  Random random(5);
  random.fillNormal(z);
  Points x(2, n);
  x.row(0) = (z.row(0).array() * 14.0f + 200.0f).matrix();
  x.row(1) = (z.row(1).array() * 5.0f + 40.0f).matrix();
  const Standardization fitted = Standardization::fit(x);
  const Lattice lattice = Lattice::over(Box::centered(2, 7.0), 512);
  const double nll = negativeLogLikelihoodInDataUnits(standardNormal(), fitted.toEngine(x), lattice, fitted)
                         .meanNegativeLogLikelihood;
  EXPECT_NEAR(nll, 1 + std::log(kTwoPi) + std::log(70.0), 0.02);
}

}  // namespace
}  // namespace ebm
