// The toy data sets the bench and the quality table train on, by the recipes of shared/BENCH.md and issue 3.
// TODO(issue 3): switch to engine/data's registry once it is merged into main.
#pragma once

#include <cstdint>
#include <string>

#include "core/types.h"

namespace ebm::bench {

/// n points of a named 2D set ("8gaussians", "moons", "rings", "checkerboard") or "helix" (3D), from `seed`.
/// Throws ArgumentError for an unknown name.
[[nodiscard]] Points toyData(const std::string& name, Index n, std::uint64_t seed);

/// The exact density of 8gaussians (a mixture of 8 isotropic Gaussians, σ = 0.5/1.414, centres at radius
/// 4/1.414) as an energy E = −log p, for its entropy by quadrature.
[[nodiscard]] double eightGaussiansLogDensity(double x, double y);

}  // namespace ebm::bench
