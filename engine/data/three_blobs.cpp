#include "data/three_blobs.h"

#include <cmath>
#include <numbers>

#include "core/localized_text.h"
#include "core/random.h"
#include "data/recipe_tools.h"

namespace ebm::toy {

double threeBlobsAngle(int k) {
  return std::numbers::pi / 2 + 2 * std::numbers::pi / 3 * k;
}

DataSet threeBlobs(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data =
      recipe::emptyDataSet("three-blobs", 2, n,
                           {EBM_TRANSLATE_NOOP("ebm", "class 1"), EBM_TRANSLATE_NOOP("ebm", "class 2"),
                            EBM_TRANSLATE_NOOP("ebm", "class 3")});
  for (Index i = 0; i < n; ++i) {
    const int k = int(random.below(3));
    const double angle = threeBlobsAngle(k);
    data.points(0, i) = float(kThreeBlobsRadius * std::cos(angle) + noise * random.normal());
    data.points(1, i) = float(kThreeBlobsRadius * std::sin(angle) + noise * random.normal());
    data.labels[std::size_t(i)] = k;
  }
  return data;
}

}  // namespace ebm::toy
