// Building blocks shared by the data-set recipes: numpy-style even spacing, shuffling and Gaussian jitter.
#pragma once

#include <string>
#include <vector>

#include "core/random.h"
#include "data/data_set.h"

namespace ebm::recipe {

/// The i-th of `count` values of numpy.linspace(start, stop, count, endpoint): sklearn's moons and circles
/// and the rings recipe place points at evenly spaced angles, not random ones.
[[nodiscard]] double linspace(double start, double stop, Index count, Index i, bool endpoint);

/// A data set named `name` with room for n D-dimensional points; with label names, also n labels.
[[nodiscard]] DataSet emptyDataSet(std::string name, int dimension, Index n,
                                   std::vector<std::string> labelNames = {});

/// Shuffles the points (and their labels) uniformly (Fisher–Yates), as sklearn and toy_data.py do: a recipe
/// that builds its points class by class must not hand out a sorted data set.
void shuffle(DataSet& data, Random& random);

/// Adds noise·N(0, I) to every coordinate (nothing when noise is 0).
void addGaussianNoise(Points& points, double noise, Random& random);

}  // namespace ebm::recipe
