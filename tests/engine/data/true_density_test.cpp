// The known densities: normalized on a lattice, gradients equal to finite differences, samples from the
// recipes scoring their entropy, and the 8gaussians entropy of the literature (≈ 2.83 nats).
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/lattice.h"
#include "core/random.h"
#include "data/data_set_registry.h"
#include "data/noisy_circle_energy.h"
#include "data/noisy_sphere_energy.h"
#include "data/true_density.h"
#include "data_test_support.h"
#include "energy/energy_grid.h"

namespace ebm {
namespace {

const char* const kKnown[] = {"8gaussians",  "three-blobs", "circles",          "rings",
                              "gaussians3d", "sphere",      "interlocked_rings"};

// Σ exp(−E)·ΔV over a lattice fine enough for the density's noise (spacing below σ/1.5; see true_density.h).
double massOnLattice(const Energy& energy, double halfWidth, int nodes) {
  const Lattice lattice = Lattice::over(Box::centered(energy.dimension(), halfWidth), nodes);
  const EnergyGrid grid = evaluateOnLattice(energy, lattice);
  return (-grid.values.cast<double>().array()).exp().sum() * lattice.cellVolume();
}

TEST(TrueDensity, EveryKnownDensityIntegratesToOne) {
  // 2D: [−6, 6]² at 768² nodes, spacing 0.016 ≤ σ/1.5 = 0.053 (rings). 3D: [−3.5, 3.5]³ at 96³ nodes, spacing
  // 0.074 ≈ σ/1.35 (sphere, rings): the Riemann sum of a Gaussian errs by ~exp(−2π²σ²/h²) < 1e-15.
  struct Case {
    const char* name;
    double halfWidth;
    int nodes;
  };
  for (const Case& c : {Case{"8gaussians", 6, 768}, Case{"three-blobs", 6, 768}, Case{"circles", 6, 768},
                        Case{"rings", 6, 768}, Case{"gaussians3d", 3.5, 96}, Case{"sphere", 3.5, 96},
                        Case{"interlocked_rings", 3.5, 96}}) {
    const EnergyPtr density = trueDensity(c.name);
    ASSERT_NE(density, nullptr) << c.name;
    EXPECT_NEAR(massOnLattice(*density, c.halfWidth, c.nodes), 1.0, 1e-4) << c.name;
  }
}

TEST(TrueDensity, NoisyCirclesAndSphereAreNormalizedAtOtherNoiseLevelsToo) {
  // σ large enough that the polar "N(|x|; R, σ)/(2π|x|)" approximation would be visibly off near the centre.
  const NoisyCircleEnergy wide(2, {{1.0, Eigen::Vector3d::Zero(), 1.0, Eigen::Vector3d::UnitZ()}}, 0.6);
  EXPECT_NEAR(massOnLattice(wide, 7, 512), 1.0, 1e-6);
  const NoisySphereEnergy sphere(1.0, 0.5);
  EXPECT_NEAR(massOnLattice(sphere, 4.5, 128), 1.0, 1e-5);
}

// Central differences of the double-precision energy: truncation h²·E'''/6 and rounding 1e-16·|E|/h stay
// below 1e-6 for h = 1e-5 at these scales.
template <class E>
void expectDoubleGradientMatchesDifferences(const E& energy, const Eigen::Vector3d& x, int dimension) {
  Eigen::Vector3d gradient;
  (void)energy.energyAt(x, &gradient);
  const double h = 1e-5;
  for (int axis = 0; axis < dimension; ++axis) {
    Eigen::Vector3d plus = x, minus = x;
    plus[axis] += h;
    minus[axis] -= h;
    const double difference = (energy.energyAt(plus) - energy.energyAt(minus)) / (2 * h);
    EXPECT_NEAR(gradient[axis], difference, 1e-5 * std::max(1.0, std::abs(difference)))
        << "at (" << x.transpose() << "), axis " << axis;
  }
}

TEST(TrueDensity, NoisyCircleGradientMatchesFiniteDifferences) {
  const auto rings = std::dynamic_pointer_cast<const NoisyCircleEnergy>(trueDensity("rings"));
  const auto linked = std::dynamic_pointer_cast<const NoisyCircleEnergy>(trueDensity("interlocked_rings"));
  ASSERT_TRUE(rings && linked);
  Random random(17);
  for (int i = 0; i < 200; ++i) {
    // Near the rings (where the gradient is steep), anywhere in the box, and very close to a centre (z → 0).
    const double scale = i % 3 == 0 ? 4.0 : i % 3 == 1 ? 3.2 : 1e-3;
    const Eigen::Vector3d x(scale * random.uniform(-1, 1), scale * random.uniform(-1, 1),
                            scale * random.uniform(-1, 1));
    expectDoubleGradientMatchesDifferences(*rings, x, 2);
    expectDoubleGradientMatchesDifferences(*linked, x + Eigen::Vector3d(0.75, 0, 0) * (i % 2), 3);
  }
  Eigen::Vector3d atCentre;
  (void)rings->energyAt(Eigen::Vector3d::Zero(), &atCentre);
  EXPECT_LT(atCentre.norm(), 1e-12) << "concentric rings are flat at their common centre";
}

TEST(TrueDensity, NoisySphereGradientMatchesFiniteDifferences) {
  const auto sphere = std::dynamic_pointer_cast<const NoisySphereEnergy>(trueDensity("sphere"));
  ASSERT_TRUE(sphere);
  Random random(23);
  for (int i = 0; i < 200; ++i) {
    const double scale = i % 3 == 0 ? 3.0 : i % 3 == 1 ? 2.1 : 1e-3;
    const Eigen::Vector3d x(scale * random.uniform(-1, 1), scale * random.uniform(-1, 1),
                            scale * random.uniform(-1, 1));
    expectDoubleGradientMatchesDifferences(*sphere, x, 3);
  }
}

TEST(TrueDensity, BatchEvaluationAgreesWithThePerPointForm) {
  for (const char* name : kKnown) {
    const EnergyPtr density = trueDensity(name);
    const DataSet data = generateDataSet(name, {64, std::nullopt, 4});
    Vector energies(data.size()), batchOnly(data.size());
    Points gradients(data.dimension, data.size());
    density->evaluateWithGradient(data.points, energies, gradients);
    density->evaluate(data.points, batchOnly);
    EXPECT_TRUE(energies.isApprox(batchOnly)) << name;
    // Central differences in float: h = 1e-3 keeps rounding (6e-8·|E|/h) and truncation near 1e-3 relative.
    for (Index i = 0; i < 8; ++i) {
      for (int axis = 0; axis < data.dimension; ++axis) {
        Points plus = data.points.col(i), minus = plus;
        plus(axis, 0) += 1e-3f;
        minus(axis, 0) -= 1e-3f;
        const double difference = (double(density->energies(plus)[0]) - double(density->energies(minus)[0])) /
                                  double(plus(axis, 0) - minus(axis, 0));
        EXPECT_NEAR(gradients(axis, i), difference, 2e-2 * std::max(1.0, std::abs(difference))) << name;
      }
    }
  }
}

TEST(TrueDensity, EightGaussiansEntropyIsTheLiteratures283Nats) {
  // Independent quadrature: H = ∫ p·E over [−6, 6]² at 1024² nodes (spacing 0.012 ≪ σ = 0.354).
  const EnergyPtr density = trueDensity("8gaussians");
  const Lattice lattice = Lattice::over(Box::centered(2, 6), 1024);
  const EnergyGrid grid = evaluateOnLattice(*density, lattice);
  double entropy = 0;
  for (Index i = 0; i < grid.values.size(); ++i)
    entropy += std::exp(-double(grid.values[i])) * grid.values[i];
  entropy *= lattice.cellVolume();
  EXPECT_NEAR(entropy, 2.83, 0.01);
  // Well separated components (neighbours 6.1σ apart): H ≈ log 8 + log(2πeσ²), lowered slightly by the
  // overlap.
  const double sigma = 0.5 / 1.414;
  const double separated = std::log(8.0) + std::log(2 * std::numbers::pi * std::numbers::e * sigma * sigma);
  EXPECT_LT(entropy, separated);
  EXPECT_GT(entropy, separated - 0.01);
  EXPECT_NEAR(*trueEntropy("8gaussians"), entropy, 1e-5);
}

TEST(TrueDensity, EntropiesOfSeparatedMixturesAndTheCheckerboard) {
  // 8 Gaussians of σ = 0.3 on cube corners d = 3 apart (10σ): the overlap lowers H by about exp(−d²/(8σ²)) ≈
  // 4e-6.
  const double sigma = 0.3;
  EXPECT_NEAR(*trueEntropy("gaussians3d"),
              std::log(8.0) + 1.5 * std::log(2 * std::numbers::pi * std::numbers::e * sigma * sigma), 2e-5);
  EXPECT_NEAR(*trueEntropy("checkerboard"), std::log(32.0), 1e-15);
  EXPECT_FALSE(trueEntropy("checkerboard", {100, 0.1, 1}).has_value());
  EXPECT_FALSE(trueEntropy("moons").has_value());
  EXPECT_FALSE(trueEntropy("8gaussians", {100, 0.0, 1}).has_value());
}

TEST(TrueDensity, SamplesOfEachRecipeScoreTheirOwnEntropy) {
  // E[−log p(X)] = H for X drawn from p: the mean energy of a recipe's samples estimates its density's
  // entropy, which ties each generator to its density (a wrong radius, weight or noise would be many SE
  // away).
  for (const char* name : kKnown) {
    const DataSet data = generateDataSet(name, {20000, std::nullopt, 77});
    const EnergyPtr density = trueDensity(name);
    const Vector energies = density->energies(data.points);
    const auto mean = testing::meanOf(data, [&](Index i) { return double(energies[i]); });
    const auto entropy = trueEntropy(name);
    ASSERT_TRUE(entropy.has_value()) << name;
    testing::expectMean(mean, *entropy, name);
  }
}

}  // namespace
}  // namespace ebm
