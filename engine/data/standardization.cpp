#include "data/standardization.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace ebm {

bool Standardization::identity() const {
  for (std::size_t a = 0; a < shift.size(); ++a)
    if (shift[a] != 0 || scale[a] != 1) return false;
  return true;
}

Standardization Standardization::fit(ConstPointsRef points) {
  if (points.cols() == 0) throw DataError("There are no points to standardize.");
  if (!points.allFinite()) throw DataError("A point to standardize has a NaN or infinite coordinate.");
  Standardization s;
  const double n = double(points.cols());
  for (Index a = 0; a < points.rows(); ++a) {
    // Sums in double: a million floats near 200 lose their variance in float sums.
    const Eigen::ArrayXd x = points.row(a).cast<double>().transpose().array();
    const double mean = x.sum() / n;
    const double variance = (x - mean).square().sum() / std::max(1.0, n - 1);
    const double deviation = std::sqrt(variance);
    s.shift.push_back(mean);
    s.scale.push_back(deviation > 1e-12 * std::max(1.0, std::abs(mean)) ? deviation : 1.0);
  }
  return s;
}

Points Standardization::toEngine(ConstPointsRef points) const {
  Points z = points;
  for (std::size_t a = 0; a < shift.size() && Index(a) < z.rows(); ++a) {
    const float s = float(shift[a]), inverse = float(1.0 / scale[a]);
    z.row(Index(a)) = (z.row(Index(a)).array() - s) * inverse;
  }
  return z;
}

double Standardization::toData(int axis, double z) const {
  if (std::size_t(axis) >= shift.size()) return z;
  return shift[std::size_t(axis)] + scale[std::size_t(axis)] * z;
}

double Standardization::logJacobian() const {
  double sum = 0;
  for (const double s : scale)
    sum += std::log(s);
  return sum;
}

void Standardization::validate(int dimension) const {
  if (shift.empty() && scale.empty()) return;
  if (int(shift.size()) != dimension || int(scale.size()) != dimension) {
    throw ArgumentError("A standardization needs " + std::to_string(dimension) +
                        " shifts and scales, one per axis.");
  }
  for (int a = 0; a < dimension; ++a) {
    if (!std::isfinite(shift[std::size_t(a)]))
      throw ArgumentError("A standardization's shift must be a finite number.");
    if (!(scale[std::size_t(a)] > 0) || !std::isfinite(scale[std::size_t(a)]))
      throw ArgumentError("A standardization's scale must be a finite positive number.");
  }
}

std::string DataAxes::title(int axis) const {
  if (std::size_t(axis) < names.size() && !names[std::size_t(axis)].empty()) return names[std::size_t(axis)];
  std::string title = "x";  // in two steps: GCC 12 warns falsely on "x" + to_string (bug 105329)
  title += std::to_string(axis + 1);
  return title;
}

}  // namespace ebm
