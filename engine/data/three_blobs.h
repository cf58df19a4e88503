// three-blobs: three Gaussian classes in the plane, the labelled data set a classifier learns (and an OOD
// detector guards) in the classifier-energy lesson.
#pragma once

#include <cstdint>

#include "data/data_set.h"

namespace ebm::toy {

/// three-blobs: class k = 0, 1, 2 (uniform) at centre cₖ = 2·(cos θₖ, sin θₖ), θₖ = 90° + 120°·k, plus
/// noise·N(0, I). Density: an equal mixture of three isotropic Gaussians of std `noise` (true_density.h).
/// Default noise 0.5: the classes touch but rarely overlap, so a classifier reaches ~99% accuracy and its
/// decision boundaries run through empty space — where its confidence says nothing about the data.
constexpr double kThreeBlobsNoise = 0.5;
constexpr double kThreeBlobsRadius = 2.0;
[[nodiscard]] double threeBlobsAngle(int k);
[[nodiscard]] DataSet threeBlobs(Index n, double noise, std::uint64_t seed);

}  // namespace ebm::toy
