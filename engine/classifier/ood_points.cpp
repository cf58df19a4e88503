#include "classifier/ood_points.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/random.h"

namespace ebm {
namespace {

// A uniformly random direction on the unit sphere of R^D (a normalized Gaussian).
Eigen::VectorXd direction(int dimension, Random& random) {
  Eigen::VectorXd u(dimension);
  do {
    for (int a = 0; a < dimension; ++a)
      u[a] = random.normal();
  } while (u.norm() < 1e-9);
  return u / u.norm();
}

}  // namespace

void OodRecipe::validate() const {
  if (ringCount < 0 || farCount < 0)
    throw ArgumentError("Out-of-distribution point counts must not be negative.");
  if (!(ringRadius > 0) || !(ringWidth >= 0))
    throw ArgumentError("The ring's radius must be positive and its width not negative.");
  if (!(farInner > 0) || !(farOuter > farInner))
    throw ArgumentError("The far points need 0 < inner radius < outer radius.");
}

Points OodPoints::all() const {
  Points out(ring.rows(), ring.cols() + far.cols());
  out << ring, far;
  return out;
}

void dataReach(ConstPointsRef data, Eigen::VectorXd& centre, double& reach) {
  if (data.cols() < 2) throw DataError("Placing out-of-distribution points needs at least two data points.");
  centre = data.cast<double>().rowwise().mean();
  std::vector<double> distances(std::size_t(data.cols()));
  for (Index i = 0; i < data.cols(); ++i)
    distances[std::size_t(i)] = (data.col(i).cast<double>() - centre).norm();
  const auto k = std::size_t(0.99 * double(distances.size() - 1));
  std::nth_element(distances.begin(), distances.begin() + std::ptrdiff_t(k), distances.end());
  reach = distances[k];
  if (!(reach > 0) || !std::isfinite(reach))
    throw DataError("The data have no spread: there is no \"around the data\" to place outliers in.");
}

// Ring: radius (ringRadius + ringWidth·N(0, 1))·R in a uniform direction. Far: a radius uniform in area or
// volume between the two radii, r = (r₁ᴰ + u·(r₂ᴰ − r₁ᴰ))^{1/D}.
OodPoints makeOodPoints(ConstPointsRef data, const OodRecipe& recipe) {
  recipe.validate();
  OodPoints out;
  dataReach(data, out.centre, out.reach);
  const int d = int(data.rows());
  const double r = out.reach;
  Random random(recipe.seed);
  out.ring.resize(d, recipe.ringCount);
  for (Index i = 0; i < out.ring.cols(); ++i) {
    const double radius = std::max(0.0, (recipe.ringRadius + recipe.ringWidth * random.normal()) * r);
    out.ring.col(i) = (out.centre + radius * direction(d, random)).cast<float>();
  }
  Random farRandom(recipe.seed, 1);
  out.far.resize(d, recipe.farCount);
  const double inner = std::pow(recipe.farInner * r, d), outer = std::pow(recipe.farOuter * r, d);
  for (Index i = 0; i < out.far.cols(); ++i) {
    const double radius = std::pow(inner + farRandom.uniform() * (outer - inner), 1.0 / d);
    out.far.col(i) = (out.centre + radius * direction(d, farRandom)).cast<float>();
  }
  return out;
}

Points auxiliaryOutliers(ConstPointsRef data, const OodRecipe& recipe, Index count, std::uint64_t seed) {
  recipe.validate();
  if (count < 0) throw ArgumentError("The number of outliers must not be negative.");
  Eigen::VectorXd centre;
  double reach = 0;
  dataReach(data, centre, reach);
  const double half = recipe.farOuter * reach;
  Random random(seed, 2);
  Points out(data.rows(), count);
  for (Index i = 0; i < count; ++i) {
    for (Index a = 0; a < data.rows(); ++a)
      out(a, i) = float(centre[a] + random.uniform(-half, half));
  }
  return out;
}

}  // namespace ebm
