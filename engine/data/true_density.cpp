#include "data/true_density.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>
#include <string>

#include "core/errors.h"
#include "core/lattice.h"
#include "data/data_set_registry.h"
#include "data/noisy_circle_energy.h"
#include "data/noisy_sphere_energy.h"
#include "data/three_blobs.h"
#include "data/toy_2d.h"
#include "data/toy_3d.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"

namespace ebm {
namespace {

/// A closed-form density with what quadrature needs to know about it: its noise scale σ (the finest feature)
/// and the half-width of a centred cube that holds its noise-free shape.
struct KnownDensity {
  EnergyPtr energy;
  double sigma = 0;
  double extent = 0;
};

EnergyPtr isotropicMixture(const std::vector<Eigen::VectorXd>& means, double sigma) {
  std::vector<GaussianComponent> components;
  for (const auto& mean : means) {
    const Eigen::Index d = mean.size();
    components.push_back({1.0, mean, sigma * sigma * Eigen::MatrixXd::Identity(d, d)});
  }
  return std::make_shared<GaussianMixtureEnergy>(std::move(components));
}

KnownDensity eightGaussians(double noise) {
  const double sigma = noise / toy::kEightGaussiansDivisor;
  const double radius = toy::kEightGaussiansRadius / toy::kEightGaussiansDivisor;
  std::vector<Eigen::VectorXd> means;
  means.reserve(8);
  for (int k = 0; k < 8; ++k)
    means.emplace_back(Eigen::Vector2d(radius * std::cos(k * std::numbers::pi / 4),
                                       radius * std::sin(k * std::numbers::pi / 4)));
  return {isotropicMixture(means, sigma), sigma, radius};
}

KnownDensity threeBlobs(double noise) {
  std::vector<Eigen::VectorXd> means;
  means.reserve(3);
  for (int k = 0; k < 3; ++k) {
    const double angle = toy::threeBlobsAngle(k);
    means.emplace_back(
        Eigen::Vector2d(toy::kThreeBlobsRadius * std::cos(angle), toy::kThreeBlobsRadius * std::sin(angle)));
  }
  return {isotropicMixture(means, noise), noise, toy::kThreeBlobsRadius};
}

KnownDensity gaussians3d(double noise) {
  std::vector<Eigen::VectorXd> means;
  for (int k = 0; k < 8; ++k) {
    Eigen::VectorXd mean(3);
    for (int axis = 0; axis < 3; ++axis)
      mean[axis] = (k >> axis) & 1 ? toy::kGaussians3dCorner : -toy::kGaussians3dCorner;
    means.push_back(mean);
  }
  return {isotropicMixture(means, noise), noise, toy::kGaussians3dCorner};
}

KnownDensity concentricCircles(const double* radii, std::size_t count, double scale, double sigma) {
  std::vector<NoisyCircle> circles;
  for (std::size_t k = 0; k < count; ++k)
    circles.push_back({1.0, Eigen::Vector3d::Zero(), scale * radii[k], Eigen::Vector3d::UnitZ()});
  return {std::make_shared<NoisyCircleEnergy>(2, std::move(circles), sigma), sigma, scale * radii[0]};
}

KnownDensity interlockedRings(double noise) {
  constexpr double R = toy::kInterlockedRingsRadius, offset = toy::kInterlockedRingsOffset;
  std::vector<NoisyCircle> circles{{1.0, Eigen::Vector3d(-offset, 0, 0), R, Eigen::Vector3d::UnitZ()},
                                   {1.0, Eigen::Vector3d(offset, 0, 0), R, Eigen::Vector3d::UnitY()}};
  return {std::make_shared<NoisyCircleEnergy>(3, std::move(circles), noise), noise, offset + R};
}

std::optional<KnownDensity> knownDensity(std::string_view name, const DataSetRecipe& recipe) {
  const DataSetInfo& info = dataSetInfo(name);
  recipe.validate();
  const double noise = recipe.noiseOr(info.defaultNoise);
  if (!info.knownDensity || noise == 0) return std::nullopt;
  if (name == "8gaussians") return eightGaussians(noise);
  if (name == "three-blobs") return threeBlobs(noise);
  if (name == "circles") {
    return concentricCircles(toy::kCirclesRadii.data(), toy::kCirclesRadii.size(), toy::kCirclesScale,
                             toy::kCirclesScale * noise);
  }
  if (name == "rings") {
    return concentricCircles(toy::kRingsRadii.data(), toy::kRingsRadii.size(), toy::kRingsScale, noise);
  }
  if (name == "gaussians3d") return gaussians3d(noise);
  if (name == "sphere") {
    return KnownDensity{std::make_shared<NoisySphereEnergy>(toy::kSphereRadius, noise), noise,
                        toy::kSphereRadius};
  }
  if (name == "interlocked_rings") return interlockedRings(noise);
  throw NumericError("The data set \"" + std::string(name) +
                     "\" claims a known density that is not implemented.");
}

// Nodes per axis of the entropy lattice: spacing ≤ σ/1.5 makes the Riemann sum of a Gaussian exact to ~1e-15
// (its error is ~exp(−2π²σ²/h²)); the limits keep a 3D lattice within ~16M nodes.
constexpr double kSpacingPerSigma = 1.0 / 1.5;
constexpr int kMinNodes2d = 256, kMaxNodes2d = 4096, kMinNodes3d = 64, kMaxNodes3d = 256;
// Margin in σ beyond the noise-free shape: the Gaussian tail outside is below 1e-14.
constexpr double kMarginSigmas = 8.0;

}  // namespace

EnergyPtr trueDensity(std::string_view name, const DataSetRecipe& recipe) {
  const auto known = knownDensity(name, recipe);
  return known ? known->energy : nullptr;
}

std::optional<double> trueEntropy(std::string_view name, const DataSetRecipe& recipe) {
  const auto known = knownDensity(name, recipe);
  if (!known) {
    // Uniform on 8 squares of side 2: p = 1/32 on an area of 32.
    if (name == "checkerboard" && recipe.noiseOr(toy::kCheckerboardNoise) == 0) return std::log(32.0);
    return std::nullopt;
  }
  const int d = known->energy->dimension();
  const double halfWidth = known->extent + kMarginSigmas * known->sigma;
  const double wanted = std::ceil(2 * halfWidth / (kSpacingPerSigma * known->sigma)) + 1;
  const int minNodes = d == 2 ? kMinNodes2d : kMinNodes3d, maxNodes = d == 2 ? kMaxNodes2d : kMaxNodes3d;
  if (wanted > maxNodes) return std::nullopt;
  const Lattice lattice = Lattice::over(Box::centered(d, halfWidth), std::max(minNodes, int(wanted)));
  const EnergyGrid grid = evaluateOnLattice(*known->energy, lattice);

  double mass = 0, entropy = 0;
  for (Index i = 0; i < grid.values.size(); ++i) {
    const double energy = grid.values[i];
    const double p = std::exp(-energy);
    mass += p;
    entropy += p * energy;
  }
  mass *= lattice.cellVolume();
  entropy *= lattice.cellVolume();
  if (!(std::abs(mass - 1) < 1e-4)) {
    throw NumericError("The density of \"" + std::string(name) + "\" integrates to " + std::to_string(mass) +
                       " instead of 1 on its quadrature grid.");
  }
  return entropy;
}

}  // namespace ebm
