#include "io/lesson_drawing.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "data/data_set_registry.h"

namespace ebm {
namespace {

constexpr double kTwoPi = 6.283185307179586;

// The axis value in the engine's units of a coordinate in the data's units.
double engineValue(const Standardization& s, int axis, double x) {
  const auto a = std::size_t(axis);
  return a < s.shift.size() ? (x - s.shift[a]) / s.scale[a] : x;
}

// Labels go with points only when there is one per point and names for them.
bool hasLabelledPoints(const DataSpec& data) {
  return !data.labelNames.empty() && data.labels.size() == std::size_t(data.points.cols());
}

void requireMap(const Lesson& lesson) {
  if (lesson.box.dimension != 2)
    throw DataError("Points are drawn on a 2D lesson's map; this lesson is " +
                    std::to_string(lesson.box.dimension) + "D.");
}

}  // namespace

DataSetRecipe generatorRecipe(const DataSpec& data) {
  DataSetRecipe recipe;
  recipe.n = data.count;
  if (data.noise >= 0) recipe.noise = data.noise;
  recipe.seed = data.seed;
  return recipe;
}

DataSpec drawablePoints(const Lesson& lesson) {
  requireMap(lesson);
  DataSpec out;
  if (lesson.data.source == DataSpec::Source::Points) {
    out = lesson.data;
  } else if (lesson.data.source == DataSpec::Source::Generated) {
    DataSet generated = generateDataSet(lesson.data.dataset, generatorRecipe(lesson.data));
    if (generated.dimension != 2)
      throw DataError("The data set \"" + generated.name + "\" is " + std::to_string(generated.dimension) +
                      "D; points are drawn on a 2D map.");
    out.points = std::move(generated.points);
    out.labels = std::move(generated.labels);
    out.labelNames = std::move(generated.labelNames);
  } else {
    out.points.resize(2, 0);
  }
  out.source = DataSpec::Source::Points;
  out.drawn = true;
  return out;
}

DataSpec clearedPoints(const Lesson& lesson) {
  requireMap(lesson);
  DataSpec out;
  out.source = DataSpec::Source::Points;
  out.drawn = true;
  out.points.resize(2, 0);
  out.labelNames = drawableClasses(lesson.data);
  if (lesson.data.source == DataSpec::Source::Points) {
    out.columnNames = lesson.data.columnNames;
    out.standardization = lesson.data.standardization;
  }
  return out;
}

std::vector<std::string> drawableClasses(const DataSpec& data) {
  if (data.source == DataSpec::Source::Generated) {
    if (!dataSetInfo(data.dataset).labelled) return {};
    // The names do not depend on how many points are drawn: a few are enough to read them.
    DataSetRecipe few = generatorRecipe(data);
    few.n = 16;
    return generateDataSet(data.dataset, few).labelNames;
  }
  if (data.source == DataSpec::Source::Points && (hasLabelledPoints(data) || data.points.cols() == 0))
    return data.labelNames;
  return {};
}

SprayStroke::SprayStroke(const PointBrush& brush, const Box& box, std::uint64_t seed)
    : brush_(brush), box_(box), random_(seed) {
  if (!(brush_.radius > 0) || !std::isfinite(brush_.radius))
    throw ArgumentError("A brush needs a positive radius.");
  brush_.density = std::max(0.0, brush_.density);
}

Index SprayStroke::press(DataSpec& data, const Eigen::Vector2d& at) {
  last_ = at;
  pending_ = 0;
  return spray(data, at, at, Index(std::lround(brush_.density)));
}

// A path of length L owes density · L / (2r) points; what is not yet a whole point waits for the next move.
Index SprayStroke::moveTo(DataSpec& data, const Eigen::Vector2d& to) {
  const Eigen::Vector2d from = last_;
  last_ = to;
  pending_ += brush_.density * (to - from).norm() / (2 * brush_.radius);
  const auto count = Index(std::floor(pending_));
  pending_ -= double(count);
  return spray(data, from, to, count);
}

// A centre c uniform on the segment, then a point uniform in the disc of radius r around it: angle θ uniform
// and distance r·√u (the area within ρ of c grows as ρ²).
Index SprayStroke::spray(DataSpec& data, const Eigen::Vector2d& from, const Eigen::Vector2d& to,
                         Index count) {
  const Index before = data.points.cols();
  count = std::min(count, std::max<Index>(0, kMaxDrawnPoints - before));
  if (count <= 0) return 0;
  const bool labelled = hasLabelledPoints(data);
  const int label = std::clamp(brush_.label, 0, std::max(0, int(data.labelNames.size()) - 1));
  std::vector<Eigen::Vector2d> kept;
  kept.reserve(std::size_t(count));
  for (Index i = 0; i < count; ++i) {
    const Eigen::Vector2d centre = from + random_.uniform() * (to - from);
    const double angle = kTwoPi * random_.uniform();
    const double distance = brush_.radius * std::sqrt(random_.uniform());
    const Eigen::Vector2d p = centre + distance * Eigen::Vector2d(std::cos(angle), std::sin(angle));
    const bool inside =
        p.x() >= box_.lower[0] && p.x() <= box_.upper[0] && p.y() >= box_.lower[1] && p.y() <= box_.upper[1];
    if (inside) kept.push_back(p);
  }
  data.points.conservativeResize(2, before + Index(kept.size()));
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Index column = before + Index(k);
    for (int axis = 0; axis < 2; ++axis)
      data.points(axis, column) = float(data.standardization.toData(axis, kept[k][axis]));
    if (labelled) data.labels.push_back(label);
  }
  return Index(kept.size());
}

Index erasePoints(DataSpec& data, const Eigen::Vector2d& from, const Eigen::Vector2d& to, double radius) {
  const Index n = data.points.cols();
  const bool labelled = data.labels.size() == std::size_t(n);
  const Eigen::Vector2d along = to - from;
  const double length2 = along.squaredNorm();
  Index kept = 0;
  for (Index i = 0; i < n; ++i) {
    const Eigen::Vector2d p(engineValue(data.standardization, 0, data.points(0, i)),
                            engineValue(data.standardization, 1, data.points(1, i)));
    // The nearest point of the segment to p is from + t·along, t clamped to [0, 1].
    const double t = length2 > 0 ? std::clamp((p - from).dot(along) / length2, 0.0, 1.0) : 0.0;
    if ((p - (from + t * along)).squaredNorm() <= radius * radius) continue;
    if (kept != i) {
      data.points.col(kept) = data.points.col(i);
      if (labelled) data.labels[std::size_t(kept)] = data.labels[std::size_t(i)];
    }
    ++kept;
  }
  data.points.conservativeResize(data.points.rows(), kept);
  if (labelled) data.labels.resize(std::size_t(kept));
  return n - kept;
}

}  // namespace ebm
