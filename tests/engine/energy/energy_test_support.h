// Test helpers for energies: random points, finite-difference gradient checks and Riemann sums of exp(−E/T).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/lattice.h"
#include "core/random.h"
#include "energy/energy.h"
#include "energy/energy_grid.h"

namespace ebm::testing {

/// n points uniform in [lower, upper]^d, from a fixed seed.
inline Points uniformPoints(int d, Index n, double lower, double upper, std::uint64_t seed) {
  Random random(seed);
  Points x(d, n);
  for (Index i = 0; i < n; ++i) {
    for (int r = 0; r < d; ++r)
      x(r, i) = float(random.uniform(lower, upper));
  }
  return x;
}

/// An analytic energy's gradient (its double per-point function) against central differences of its own
/// energy in double: the formula is checked to ~1e-7 relative, independently of float rounding.
template <class AnalyticEnergy>
void expectExactGradient(const AnalyticEnergy& energy, const Points& points, double tolerance = 1e-6) {
  const int d = energy.dimension();
  for (Index i = 0; i < points.cols(); ++i) {
    double x[3] = {0, 0, 0}, gradient[3] = {0, 0, 0}, unused[3];
    for (int r = 0; r < d; ++r)
      x[r] = points(r, i);
    (void)energy.template energyAt<true>(x, gradient);
    for (int axis = 0; axis < d; ++axis) {
      const double h = 1e-5 * std::max(1.0, std::abs(x[axis]));
      double plus[3] = {x[0], x[1], x[2]}, minus[3] = {x[0], x[1], x[2]};
      plus[axis] += h;
      minus[axis] -= h;
      const double fd =
          (energy.template energyAt<false>(plus, unused) - energy.template energyAt<false>(minus, unused)) /
          (plus[axis] - minus[axis]);
      EXPECT_NEAR(gradient[axis], fd, tolerance * std::max(1.0, std::abs(fd)))
          << energy.describe() << " at point " << i << " (" << x[0] << ", " << x[1] << ", " << x[2]
          << "), axis " << axis;
    }
  }
}

/// The float batch path agrees with itself: evaluateWithGradient's energies equal evaluate's exactly.
inline void expectConsistentBatches(const Energy& energy, const Points& points) {
  Vector plain = energy.energies(points), withGradient(points.cols());
  Points gradients(points.rows(), points.cols());
  energy.evaluateWithGradient(points, withGradient, gradients);
  for (Index i = 0; i < points.cols(); ++i)
    EXPECT_EQ(plain[i], withGradient[i]) << energy.describe() << " at point " << i;
}

/// Any energy's float gradient against central differences of its float energies. The tolerance is honest
/// about float: rounding of E (≈ 1.2e-7·|E|) divided by the step, plus `relative` of the gradient's size.
inline void expectGradientMatchesDifferences(const Energy& energy, const Points& points, double step = 1e-3,
                                             double relative = 2e-3) {
  const int d = energy.dimension();
  Vector e(points.cols());
  Points gradients(d, points.cols());
  energy.evaluateWithGradient(points, e, gradients);
  for (Index i = 0; i < points.cols(); ++i) {
    for (int axis = 0; axis < d; ++axis) {
      Points pair(d, 2);
      pair.col(0) = points.col(i);
      pair.col(1) = points.col(i);
      pair(axis, 0) += float(step);
      pair(axis, 1) -= float(step);
      const Vector values = energy.energies(pair);
      const double width = double(pair(axis, 0)) - double(pair(axis, 1));
      const double fd = (double(values[0]) - double(values[1])) / width;
      const double noise = 4 * 1.2e-7 * (std::abs(values[0]) + std::abs(values[1])) / width;
      EXPECT_NEAR(gradients(axis, i), fd, relative * std::max(1.0, std::abs(fd)) + noise)
          << energy.describe() << " at point " << i << ", axis " << axis;
    }
  }
}

/// log of the Riemann sum Σ exp(−E/T)·cell volume over the lattice's nodes, accumulated in double.
inline double logRiemannSum(ConstVectorRef values, const Lattice& lattice, double temperature = 1.0) {
  double lowest = std::numeric_limits<double>::infinity();
  for (float e : values)
    lowest = std::min(lowest, double(e));
  double sum = 0;
  for (float e : values)
    sum += std::exp(-(double(e) - lowest) / temperature);
  return -lowest / temperature + std::log(sum * lattice.cellVolume());
}

inline double logRiemannSum(const Energy& energy, const Lattice& lattice, double temperature = 1.0) {
  return logRiemannSum(evaluateOnLattice(energy, lattice).values, lattice, temperature);
}

/// A lattice over [lower, upper] with its own node count per axis (Lattice::over takes one count for all).
inline Lattice latticeOver(int d, std::array<double, 3> lower, std::array<double, 3> upper,
                           std::array<int, 3> nodes) {
  Lattice lattice;
  lattice.box.dimension = d;
  lattice.box.lower = lower;
  lattice.box.upper = upper;
  for (int a = 0; a < 3; ++a)
    lattice.shape[a] = a < d ? nodes[a] : 1;
  lattice.box.validate();
  return lattice;
}

}  // namespace ebm::testing
