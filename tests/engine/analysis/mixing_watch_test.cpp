// The mixing verdict: exact draws from p_T pass it, draws from the wrong distribution fail it, and nothing
// is judged before the burn-in and the pool are over.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/histogram.h"
#include "analysis/mixing_watch.h"
#include "core/lattice.h"
#include "core/random.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

// E = ½|x|² + log 2π (a standard normal in 2D): at T = 1, E − log 2π is exponential with mean 1 (½χ²₂).
struct StandardNormal {
  GaussianMixtureEnergy energy{
      {GaussianComponent{1.0, Eigen::Vector2d::Zero(), Eigen::Matrix2d::Identity()}}};
  EnergyGrid grid = evaluateOnLattice(energy, Lattice::over(Box::centered(2, 6), 256));
  HistogramBins bins = boltzmannEnergyRange(grid, 1.0, 40);
  Histogram prediction = boltzmannEnergyHistogram(grid, 1.0, bins);

  // The energies of n points drawn from N(0, scale² I).
  Vector energiesOf(Random& random, Index n, double scale) const {
    Points x(2, n);
    for (Index i = 0; i < n; ++i)
      x.col(i) << float(scale * random.normal()), float(scale * random.normal());
    Vector e(n);
    energy.evaluate(x, e);
    return e;
  }
};

TEST(MixingWatch, ExactDrawsFromPTAreJudgedMixed) {
  StandardNormal normal;
  Random random(11);
  MixingWatch watch;
  watch.restart(0);
  for (Index step = 0; step <= MixingWatch::stepsToJudge(); step += 5) {
    EXPECT_FALSE(watch.distance(normal.prediction)) << "judged before the pool was full, at step " << step;
    watch.observe(step, normal.energiesOf(random, 300, 1.0), normal.bins);
  }
  const auto distance = watch.distance(normal.prediction);
  ASSERT_TRUE(distance);
  // 16 × 300 exact draws: the sampling noise of the distance is a few hundredths.
  EXPECT_LT(*distance, 0.06);
  const double mean = 1.0 + std::log(2 * M_PI);
  EXPECT_NEAR(binnedMean(watch.pooled()), mean, 0.1);
  EXPECT_NEAR(binnedMean(normal.prediction), mean, 0.05);
}

TEST(MixingWatch, DrawsSpreadTooWideAreNotMixedAndTheAdviceSaysTheyAreTooHigh) {
  StandardNormal normal;
  Random random(12);
  MixingWatch watch;
  watch.restart(0);
  for (Index step = 0; step <= MixingWatch::stepsToJudge(); step += MixingWatch::kSnapshotSpacing)
    watch.observe(step, normal.energiesOf(random, 300, 2.0), normal.bins);  // as if at T = 4
  const auto distance = watch.distance(normal.prediction);
  ASSERT_TRUE(distance);
  EXPECT_GT(*distance, MixingWatch::kMixedDistance);
  const std::string advice = notMixedAdvice(*distance, binnedMean(watch.pooled()),
                                            binnedMean(normal.prediction), false, true, false);
  EXPECT_NE(advice.find("have not mixed yet"), std::string::npos) << advice;
  EXPECT_NE(advice.find("higher than p_T predicts"), std::string::npos) << advice;
  EXPECT_NE(advice.find("Start them at the data"), std::string::npos) << advice;
}

TEST(MixingWatch, ARestartForgetsThePool) {
  StandardNormal normal;
  Random random(13);
  MixingWatch watch;
  watch.restart(0);
  for (Index step = 0; step <= MixingWatch::stepsToJudge(); step += MixingWatch::kSnapshotSpacing)
    watch.observe(step, normal.energiesOf(random, 100, 1.0), normal.bins);
  ASSERT_TRUE(watch.judged());
  watch.restart(MixingWatch::stepsToJudge());
  EXPECT_FALSE(watch.judged());
  watch.observe(5, normal.energiesOf(random, 100, 1.0), normal.bins);  // a reset set the counter back
  EXPECT_FALSE(watch.judged());
}

}  // namespace
}  // namespace ebm
