// Himmelblau's four valleys: exact gradient, four minima of energy 0, and a density that puts a quarter of
// its mass near each (the valleys are not symmetric copies, so the shares are measured, not assumed).
#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "core/errors.h"
#include "energy/analytic/himmelblau.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

TEST(HimmelblauEnergy, GradientMatchesCentralDifferences) {
  const HimmelblauEnergy energy({7.0});
  const Points x = uniformPoints(2, 200, -5, 5, 17);
  expectExactGradient(energy, x);
  expectConsistentBatches(energy, x);
  expectGradientMatchesDifferences(energy, x);
}

TEST(HimmelblauEnergy, FourMinimaOfEnergyZero) {
  const HimmelblauEnergy energy;
  const std::array<std::array<double, 2>, 4> minima = {
      {{3.0, 2.0}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}};
  for (const auto& m : minima) {
    double x[2] = {m[0], m[1]}, g[2];
    EXPECT_NEAR(energy.energyAt<true>(x, g), 0.0, 1e-9);
    EXPECT_NEAR(g[0], 0.0, 1e-4);
    EXPECT_NEAR(g[1], 0.0, 1e-4);
  }
  double peak[2] = {-0.270845, -0.923039}, g[2];
  EXPECT_NEAR(energy.energyAt<true>(peak, g), 18.1617, 1e-3);  // the barrier's top, 181.617/s
  EXPECT_THROW(HimmelblauEnergy({0.0}), ArgumentError);
  EXPECT_THROW(HimmelblauEnergy({std::nan("")}), ArgumentError);
}

// At a low temperature each valley holds about e^{−E/T} summed over it; with equal depths, the four shares
// differ only through the valleys' curvature (Laplace: ∝ 1/√det H at each minimum), so they must match the
// Laplace shares computed from the Hessian by differences.
TEST(HimmelblauEnergy, ValleySharesAtLowTemperatureFollowTheirCurvature) {
  const HimmelblauEnergy energy;
  const double t = 0.05;
  const Lattice lattice = latticeOver(2, {-6, -6, 0}, {6, 6, 0}, {801, 801, 1});
  const std::array<std::array<double, 2>, 4> minima = {
      {{3.0, 2.0}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}}};
  const Points nodes = lattice.allNodes();
  std::array<double, 4> mass{}, laplace{};
  double total = 0;
  for (Index i = 0; i < nodes.cols(); ++i) {
    double x[2] = {nodes(0, i), nodes(1, i)}, g[2];
    const double w = std::exp(-energy.energyAt<false>(x, g) / t);
    int nearest = 0;
    double best = 1e300;
    for (int k = 0; k < 4; ++k) {
      const double d = std::hypot(x[0] - minima[k][0], x[1] - minima[k][1]);
      if (d < best) best = d, nearest = k;
    }
    mass[nearest] += w;
    total += w;
  }
  double laplaceTotal = 0;
  for (int k = 0; k < 4; ++k) {
    const double h = 1e-4;
    double hessian[2][2];
    for (int a = 0; a < 2; ++a) {
      double xp[2] = {minima[k][0], minima[k][1]}, xm[2] = {minima[k][0], minima[k][1]}, gp[2], gm[2];
      xp[a] += h, xm[a] -= h;
      energy.energyAt<true>(xp, gp);
      energy.energyAt<true>(xm, gm);
      for (int b = 0; b < 2; ++b)
        hessian[a][b] = (gp[b] - gm[b]) / (2 * h);
    }
    laplace[k] = 1 / std::sqrt(hessian[0][0] * hessian[1][1] - hessian[0][1] * hessian[1][0]);
    laplaceTotal += laplace[k];
  }
  for (int k = 0; k < 4; ++k)
    EXPECT_NEAR(mass[k] / total, laplace[k] / laplaceTotal, 0.01) << "valley " << k;
}

}  // namespace
}  // namespace ebm
