#include "data/recipe_tools.h"

#include <utility>

namespace ebm::recipe {

double linspace(double start, double stop, Index count, Index i, bool endpoint) {
  const Index intervals = endpoint ? count - 1 : count;
  if (intervals <= 0) return start;
  return start + (stop - start) * double(i) / double(intervals);
}

DataSet emptyDataSet(std::string name, int dimension, Index n, std::vector<std::string> labelNames) {
  DataSet data;
  data.name = std::move(name);
  data.dimension = dimension;
  data.points.resize(dimension, n);
  if (!labelNames.empty()) data.labels.assign(std::size_t(n), 0);
  data.labelNames = std::move(labelNames);
  return data;
}

void shuffle(DataSet& data, Random& random) {
  const bool labelled = data.hasLabels();
  for (Index i = data.size() - 1; i > 0; --i) {
    const Index j = Index(random.below(std::uint64_t(i) + 1));
    if (j == i) continue;
    data.points.col(i).swap(data.points.col(j));
    if (labelled) std::swap(data.labels[std::size_t(i)], data.labels[std::size_t(j)]);
  }
}

void addGaussianNoise(Points& points, double noise, Random& random) {
  if (noise == 0) return;
  for (Index c = 0; c < points.cols(); ++c) {
    for (Index r = 0; r < points.rows(); ++r)
      points(r, c) += float(noise * random.normal());
  }
}

}  // namespace ebm::recipe
