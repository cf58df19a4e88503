// Out-of-distribution points around a data set, seeded: a ring just outside the data and points far away
// (the test outliers a detector must flag), and the auxiliary outliers energy fine-tuning trains with.
#pragma once

#include <cstdint>

#include "core/types.h"

namespace ebm {

/// Where the out-of-distribution test points lie, in units of the data's reach R: the 99th percentile of the
/// distance of a data point from the data's mean c. In 3D the ring is a spherical shell.
struct OodRecipe {
  int ringCount = 400;      ///< points on the ring (0: none)
  double ringRadius = 1.3;  ///< the ring's radius / R: just outside the data
  double ringWidth = 0.06;  ///< the ring's Gaussian thickness / R
  int farCount = 400;       ///< points far away (0: none)
  double farInner = 1.7;    ///< the far points lie uniformly between these radii / R
  double farOuter = 2.1;    ///< (uniform in area or volume)
  std::uint64_t seed = 17;

  /// Throws ArgumentError for negative counts or radii that are not ordered and positive.
  void validate() const;
  [[nodiscard]] bool any() const { return ringCount + farCount > 0; }
};

/// The two test sets, and the frame they were placed in.
struct OodPoints {
  Points ring;             ///< D × ringCount
  Points far;              ///< D × farCount
  Eigen::VectorXd centre;  ///< c, the data's mean
  double reach = 0;        ///< R
  /// ring then far, D × (ringCount + farCount)
  [[nodiscard]] Points all() const;
};

/// The data's mean and reach R (see OodRecipe). Throws DataError for fewer than two points or no spread.
void dataReach(ConstPointsRef data, Eigen::VectorXd& centre, double& reach);

/// The test outliers of `recipe` around `data` (D×N, D = 2 or 3). The same data, recipe and seed give the
/// same points. Throws DataError / ArgumentError as dataReach() and validate().
[[nodiscard]] OodPoints makeOodPoints(ConstPointsRef data, const OodRecipe& recipe);

/// Auxiliary outliers for energy fine-tuning: `count` points uniform in the cube of half-width
/// recipe.farOuter·R around the data's mean, from `seed` — "anything else", as Liu et al. fine-tune with a
/// broad outlier set (80 Million Tiny Images) rather than the test outliers. They cover the data too; the
/// loss sorts that out (low energy where labelled data are dense).
[[nodiscard]] Points auxiliaryOutliers(ConstPointsRef data, const OodRecipe& recipe, Index count,
                                       std::uint64_t seed);

}  // namespace ebm
