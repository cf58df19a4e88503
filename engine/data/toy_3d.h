// The 3D toy data sets: curves, surfaces and clusters to sample and learn in a volume, recipe by recipe.
//
// helix is the benchmark's recipe (shared/BENCH.md W6); the others are ebmscape's own, chosen so that each
// teaches one thing (a curve, a surface with a hole, a rolled sheet, separated clusters, a closed surface,
// two linked loops). `noise` is the recipe's noise parameter (default below), `seed` makes the points
// reproducible; each recipe names the box (Box::centered(3, h)) that holds it with margin at the default
// noise.
//
// The generators expect n ≥ 1 and noise ≥ 0 (generateDataSet() checks both) and do not throw; call them
// through the registry (data_set_registry.h).
#pragma once

#include <cstdint>

#include "data/data_set.h"

namespace ebm::toy {

/// helix: t ~ U(0, 4π), x = (cos t, sin t, t/(2π) − 1) + noise·N(0, I): two turns of radius 1 rising from z =
/// −1 to 1. No labels. Default noise 0.05. Box half-width 2.
constexpr double kHelixNoise = 0.05;
[[nodiscard]] DataSet helix(Index n, double noise, std::uint64_t seed);

/// torus: a ring torus around the z axis with tube centre radius R = 1.5 and tube radius r = 0.5, points
/// uniform in surface area (θ ~ U(0, 2π); φ drawn with density ∝ R + r cos φ by rejection), x = ((R + r cos
/// φ) cos θ, (R + r cos φ) sin θ, r sin φ) + noise·N(0, I). No labels. Default noise 0.05. Box
/// half-width 2.5.
constexpr double kTorusNoise = 0.05;
constexpr double kTorusMajorRadius = 1.5;
constexpr double kTorusMinorRadius = 0.5;
[[nodiscard]] DataSet torus(Index n, double noise, std::uint64_t seed);

/// swissroll3d: sklearn make_swiss_roll(n, noise) centred and scaled like the 2D one: t = 1.5π(1 + 2u),
/// h ~ U(0, 21), x = (t cos t, h − 10.5, t sin t) + noise·N(0, I), then ÷5. The roll's axis is y. No labels.
/// Default noise 1.0 (as the 2D swissroll; sklearn's own default is 0). Box half-width 3.5.
constexpr double kSwissRoll3dNoise = 1.0;
[[nodiscard]] DataSet swissRoll3d(Index n, double noise, std::uint64_t seed);

/// gaussians3d: an equal mixture of 8 isotropic Gaussians of std `noise` centred on the corners (±1.5, ±1.5,
/// ±1.5) of a cube; label k has centre coordinate j equal to +1.5 if bit j of k is set, else −1.5. Density:
/// see true_density.h. Default noise 0.3. Box half-width 3.
constexpr double kGaussians3dNoise = 0.3;
constexpr double kGaussians3dCorner = 1.5;
[[nodiscard]] DataSet gaussians3d(Index n, double noise, std::uint64_t seed);

/// sphere: a sphere shell of radius 2, x = 2·g/|g| (g ~ N(0, I), a uniform direction) + noise·N(0, I).
/// Density in closed form (true_density.h). No labels. Default noise 0.1. Box half-width 3.
constexpr double kSphereNoise = 0.1;
constexpr double kSphereRadius = 2.0;
[[nodiscard]] DataSet sphere(Index n, double noise, std::uint64_t seed);

/// interlocked_rings: two linked circles of radius 1.5, ring 0 (label 0, n − n/2 points) in the xy plane
/// around (−0.75, 0, 0), ring 1 (label 1, n/2 points) in the xz plane around (0.75, 0, 0); each passes
/// through the other's centre. Angles uniform on [0, 2π), + noise·N(0, I). Density in closed form
/// (true_density.h). Default noise 0.1. Box half-width 3.
constexpr double kInterlockedRingsNoise = 0.1;
constexpr double kInterlockedRingsRadius = 1.5;
constexpr double kInterlockedRingsOffset = 0.75;
[[nodiscard]] DataSet interlockedRings(Index n, double noise, std::uint64_t seed);

}  // namespace ebm::toy
