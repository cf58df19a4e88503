#include "analysis/basins.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <unordered_map>

#include "core/errors.h"
#include "core/parallel.h"

namespace ebm {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Offset {
  int step[3];
  double distance;
};

// All 3^D − 1 neighbour offsets (8 in 2D, 26 in 3D).
std::vector<Offset> neighbourhood(int dimension) {
  std::vector<Offset> offsets;
  const int zRange = dimension == 3 ? 1 : 0;
  for (int dz = -zRange; dz <= zRange; ++dz) {
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        if (dx == 0 && dy == 0 && dz == 0) continue;
        offsets.push_back({{dx, dy, dz}, 0.0});
      }
    }
  }
  return offsets;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t a) {
    while (parent_[a] != a)
      a = parent_[a] = parent_[parent_[a]];
    return a;
  }
  void attach(std::size_t child, std::size_t root) { parent_[child] = root; }

 private:
  std::vector<std::size_t> parent_;
};

struct Edge {
  std::int32_t a, b;  // raw basins, a < b
  double saddle;      // the lowest max(E(u), E(v)) over neighbouring nodes u ∈ a, v ∈ b
};

}  // namespace

void BasinSettings::validate() const {
  if (!(minimumDepth >= 0) || !std::isfinite(minimumDepth))
    throw ArgumentError("The minimum basin depth must be zero or positive.");
  if (!(relativeDepth >= 0) || !std::isfinite(relativeDepth))
    throw ArgumentError("The relative basin depth must be zero or positive.");
  if (!(coreFraction > 0 && coreFraction <= 1))
    throw ArgumentError("The basin core fraction must lie in (0, 1], not " + std::to_string(coreFraction) +
                        ".");
}

Basins::Basins(const EnergyGrid& grid, const BasinSettings& settings)
    : lattice_(grid.lattice), settings_(settings) {
  settings_.validate();
  const Index n = lattice_.size();
  for (int axis = 0, stride = 1; axis < lattice_.dimension();
       stride *= lattice_.shape[std::size_t(axis)], ++axis) {
    lower_[axis] = float(lattice_.box.lower[std::size_t(axis)]);
    inverseSpacing_[axis] = float(1.0 / lattice_.spacing(axis));
    lastNode_[axis] = float(lattice_.shape[std::size_t(axis)] - 1);
    stride_[axis] = stride;
  }
  if (grid.values.size() != n) throw ArgumentError("The energy grid's values do not match its lattice.");
  const int d = lattice_.dimension();
  const std::array<Index, 3> shape{lattice_.shape[0], lattice_.shape[1], lattice_.shape[2]};

  std::vector<double> energy(std::size_t(n), 0.0);
  std::vector<float> finite;
  finite.reserve(std::size_t(n));
  for (Index i = 0; i < n; ++i) {
    const float e = grid.values[i];
    energy[std::size_t(i)] = std::isnan(e) ? kInfinity : double(e);
    if (std::isfinite(e)) finite.push_back(e);
  }
  if (finite.empty())
    throw NumericError("The energy is not finite anywhere on the grid, so it has no basins.");
  auto middle = finite.begin() + std::ptrdiff_t(finite.size() / 2);
  std::nth_element(finite.begin(), middle, finite.end());
  const double median = *middle;
  const double lowest = *std::min_element(finite.begin(), finite.end());
  depthThreshold_ = std::max(settings_.minimumDepth, settings_.relativeDepth * (median - lowest));

  std::vector<Offset> offsets = neighbourhood(d);
  for (auto& o : offsets) {
    double squared = 0;
    for (int axis = 0; axis < d; ++axis)
      squared += std::pow(o.step[axis] * lattice_.spacing(axis), 2);
    o.distance = std::sqrt(squared);
  }
  auto neighbourOf = [&](Index flat, const Offset& o) -> Index {
    Index ijk[3] = {flat % shape[0], (flat / shape[0]) % shape[1], flat / (shape[0] * shape[1])};
    for (int axis = 0; axis < 3; ++axis) {
      ijk[axis] += o.step[axis];
      if (ijk[axis] < 0 || ijk[axis] >= shape[axis]) return -1;
    }
    return ijk[0] + shape[0] * (ijk[1] + shape[1] * ijk[2]);
  };

  // Steepest descent: down[i] is the neighbour with the largest drop per unit distance (i itself at a
  // minimum).
  std::vector<Index> down(static_cast<std::size_t>(n));
  parallelFor(n, 4096, [&](Index begin, Index end) {
    for (Index i = begin; i < end; ++i) {
      Index best = i;
      double bestSlope = 0;
      for (const Offset& o : offsets) {
        const Index j = neighbourOf(i, o);
        if (j < 0) continue;
        const double slope = (energy[std::size_t(i)] - energy[std::size_t(j)]) / o.distance;
        if (slope > bestSlope) best = j, bestSlope = slope;
      }
      down[std::size_t(i)] = best;
    }
  });

  // Follow the descent to its minimum; energy strictly falls along the way, so paths end.
  std::vector<std::int32_t> raw(std::size_t(n), -1);
  std::vector<Index> minima;
  std::vector<Index> path;
  for (Index i = 0; i < n; ++i) {
    Index j = i;
    path.clear();
    while (raw[std::size_t(j)] < 0 && down[std::size_t(j)] != j) {
      path.push_back(j);
      j = down[std::size_t(j)];
    }
    if (raw[std::size_t(j)] < 0) {
      raw[std::size_t(j)] = std::int32_t(minima.size());
      minima.push_back(j);
    }
    for (Index p : path)
      raw[std::size_t(p)] = raw[std::size_t(j)];
  }
  localMinimumCount_ = Index(minima.size());
  const std::size_t m = minima.size();

  // The lowest saddle between every pair of touching raw basins (each neighbour pair visited once).
  std::unordered_map<std::uint64_t, double> saddles;
  std::vector<Offset> forward;
  for (const Offset& o : offsets) {
    if (o.step[2] > 0 || (o.step[2] == 0 && (o.step[1] > 0 || (o.step[1] == 0 && o.step[0] > 0))))
      forward.push_back(o);
  }
  for (Index i = 0; i < n; ++i) {
    for (const Offset& o : forward) {
      const Index j = neighbourOf(i, o);
      if (j < 0 || raw[std::size_t(i)] == raw[std::size_t(j)]) continue;
      const auto a = std::uint64_t(std::min(raw[std::size_t(i)], raw[std::size_t(j)]));
      const auto b = std::uint64_t(std::max(raw[std::size_t(i)], raw[std::size_t(j)]));
      const double saddle = std::max(energy[std::size_t(i)], energy[std::size_t(j)]);
      auto [it, inserted] = saddles.try_emplace(a * m + b, saddle);
      if (!inserted) it->second = std::min(it->second, saddle);
    }
  }
  std::vector<Edge> edges;
  edges.reserve(saddles.size());
  for (const auto& [key, saddle] : saddles)
    edges.push_back({std::int32_t(key / m), std::int32_t(key % m), saddle});
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return x.saddle != y.saddle ? x.saddle < y.saddle : (x.a != y.a ? x.a < y.a : x.b < y.b);
  });

  // Persistence: flood from the lowest saddle up. Where two flooded regions meet, the younger one (higher
  // minimum) dies with depth saddle − its minimum; a shallow one spills into the basin across the saddle.
  UnionFind regions(m);
  std::vector<std::int32_t> elder(m);  // per region root: the raw basin holding its lowest minimum
  std::iota(elder.begin(), elder.end(), 0);
  std::vector<std::int32_t> spillsInto(m, -1);
  auto minimumOf = [&](std::int32_t rawBasin) { return energy[std::size_t(minima[std::size_t(rawBasin)])]; };
  for (const Edge& edge : edges) {
    const std::size_t ra = regions.find(std::size_t(edge.a)), rb = regions.find(std::size_t(edge.b));
    if (ra == rb) continue;
    const double minA = minimumOf(elder[ra]), minB = minimumOf(elder[rb]);
    const bool aYounger = minA > minB || (minA == minB && elder[ra] > elder[rb]);
    const std::size_t younger = aYounger ? ra : rb, older = aYounger ? rb : ra;
    const double youngerMinimum = std::max(minA, minB);
    const double depth = edge.saddle - youngerMinimum;
    if (std::isinf(youngerMinimum) || !(depth >= depthThreshold_) || depth <= 0)
      spillsInto[std::size_t(elder[younger])] = aYounger ? edge.b : edge.a;
    regions.attach(younger, older);
  }

  // Kept raw basins, numbered by their minimum energy; every merged one maps to where it finally spills.
  std::vector<std::int32_t> kept;
  for (std::size_t r = 0; r < m; ++r) {
    if (spillsInto[r] < 0) kept.push_back(std::int32_t(r));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [&](std::int32_t x, std::int32_t y) { return minimumOf(x) < minimumOf(y); });
  std::vector<std::int32_t> finalOf(m, -1);
  for (std::size_t k = 0; k < kept.size(); ++k)
    finalOf[std::size_t(kept[k])] = std::int32_t(k);
  for (std::size_t r = 0; r < m; ++r) {
    std::size_t target = r;
    while (spillsInto[target] >= 0)
      target = std::size_t(spillsInto[target]);
    finalOf[r] = finalOf[target];
  }

  basins_.assign(kept.size(), BasinInfo{});
  for (std::size_t k = 0; k < kept.size(); ++k) {
    BasinInfo& info = basins_[k];
    info.minimumNode = minima[std::size_t(kept[k])];
    info.minimumEnergy = energy[std::size_t(info.minimumNode)];
    info.saddleEnergy = kInfinity;
    Points node(d, 1);
    lattice_.nodes(info.minimumNode, node);
    for (int axis = 0; axis < d; ++axis)
      info.minimumPosition[std::size_t(axis)] = node(axis, 0);
  }
  for (const Edge& edge : edges) {
    const std::int32_t a = finalOf[std::size_t(edge.a)], b = finalOf[std::size_t(edge.b)];
    if (a == b) continue;
    basins_[std::size_t(a)].saddleEnergy = std::min(basins_[std::size_t(a)].saddleEnergy, edge.saddle);
    basins_[std::size_t(b)].saddleEnergy = std::min(basins_[std::size_t(b)].saddleEnergy, edge.saddle);
  }
  for (BasinInfo& info : basins_) {
    info.coreLevel = std::isinf(info.saddleEnergy)
                         ? kInfinity
                         : info.minimumEnergy + settings_.coreFraction * info.depth();
  }

  labels_.resize(std::size_t(n));
  cores_.resize(std::size_t(n));
  for (Index i = 0; i < n; ++i) {
    const std::int32_t label = finalOf[std::size_t(raw[std::size_t(i)])];
    labels_[std::size_t(i)] = label;
    BasinInfo& info = basins_[std::size_t(label)];
    ++info.nodeCount;
    cores_[std::size_t(i)] = energy[std::size_t(i)] <= info.coreLevel ? label : -1;
  }
}

}  // namespace ebm
