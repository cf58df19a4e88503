// Energies shared by the composition tests: two Gaussians with closed forms and a few analytic shapes.
#pragma once

#include <cmath>
#include <memory>
#include <numbers>

#include <Eigen/Dense>

#include "energy/analytic/double_well.h"
#include "energy/analytic/muller_brown.h"
#include "energy/analytic/ring.h"
#include "energy/gaussian_mixture.h"

namespace ebm::testing {

inline GaussianComponent gaussianA() {
  Eigen::Matrix2d c;
  c << 0.8, 0.3, 0.3, 0.5;
  return {1.0, Eigen::Vector2d(-1.0, 0.5), c};
}

inline GaussianComponent gaussianB() {
  Eigen::Matrix2d c;
  c << 0.4, -0.15, -0.15, 1.1;
  return {1.0, Eigen::Vector2d(1.2, -0.7), c};
}

inline EnergyPtr gaussianEnergy(const GaussianComponent& g) {
  return std::make_shared<GaussianMixtureEnergy>(std::vector<GaussianComponent>{g});
}

/// −log N(x; μ, Σ), written out independently of the engine.
inline double gaussianEnergyAt(const GaussianComponent& g, const Eigen::VectorXd& x) {
  const Eigen::VectorXd d = x - g.mean;
  const double quad = d.dot(g.covariance.inverse() * d);
  return 0.5 * quad + 0.5 * std::log((2 * std::numbers::pi * g.covariance).determinant());
}

inline EnergyPtr doubleWell() {
  return std::make_shared<DoubleWellEnergy>(DoubleWellParameters{2, 2.0, 1.2, 1.0});
}
inline EnergyPtr ring() {
  return std::make_shared<RingEnergy>(RingParameters{2, 1.5, 0.2});
}
inline EnergyPtr mullerBrown(double scale = 0.05) {
  return std::make_shared<MullerBrownEnergy>(scale);
}

}  // namespace ebm::testing
