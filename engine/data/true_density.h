// The exact densities and entropies of the built-in data sets that have them: the truth a trained model is
// compared with.
#pragma once

#include <optional>
#include <string_view>

#include "data/data_set.h"
#include "energy/energy.h"

namespace ebm {

/// The exact density of data set `name` under `recipe` as an energy E = −log p (exactly normalized: log Z₁ =
/// 0), with its gradient, or nullptr when the density has no closed form or the noise is 0 (no density
/// exists):
///   - 8gaussians: equal mixture of 8 isotropic Gaussians, means 4·(cos kπ/4, sin kπ/4)/1.414, std
///   noise/1.414
///   - three-blobs: equal mixture of 3 isotropic Gaussians of std noise at radius 2, 120° apart
///   - circles: ½·circle(R = 3) + ½·circle(R = 1.5), each blurred by N(0, (3·noise)²I) (NoisyCircleEnergy)
///   - rings: ¼ each of circles of radius 3, 2.25, 1.5, 0.75 blurred by N(0, noise²I) (NoisyCircleEnergy)
///   - gaussians3d: equal mixture of 8 isotropic Gaussians of std noise on the corners (±1.5)³
///   - sphere: the sphere of radius 2 blurred by N(0, noise²I) (NoisySphereEnergy)
///   - interlocked_rings: ½ each of the two linked circles blurred by N(0, noise²I) (NoisyCircleEnergy)
/// The circle recipes place points at evenly spaced angles (a stratified draw of a uniform angle); the
/// density is that of the uniform angle. Only the recipe's noise matters: n and seed are ignored. Throws
/// ArgumentError for an unknown name or an invalid recipe.
[[nodiscard]] EnergyPtr trueDensity(std::string_view name, const DataSetRecipe& recipe = {});

/// The differential entropy H = −∫ p log p (nats) of data set `name` under `recipe`, or nothing when its
/// density is unknown. For a trueDensity() it is a Riemann sum Σ p·E·ΔV on a lattice fine enough for the
/// noise (node spacing ≤ σ/1.5, where the sum of a Gaussian is exact to ~1e-15) over a box that holds all but
/// ~1e-12 of the mass: ~0.02 s in 2D, ~0.05–0.15 s in 3D (two cores). checkerboard without noise is uniform
/// on 8 squares of area 4: H = log 32. Returns nothing as well when the noise is too small for such a lattice
/// (σ below ~1% of the box). Throws ArgumentError for an unknown name or an invalid recipe; NumericError if
/// the quadrature's mass is not 1.
[[nodiscard]] std::optional<double> trueEntropy(std::string_view name, const DataSetRecipe& recipe = {});

}  // namespace ebm
