// Basins of attraction of an energy on a grid: which valley each point of the landscape drains into.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "energy/energy_grid.h"

namespace ebm {

/// How basins are found and how deep a valley must be to count as one.
struct BasinSettings {
  /// A valley whose depth (lowest barrier out of it minus its minimum) is below this many energy units is
  /// merged into the neighbour it spills into. 0 merges only flat plateaus.
  double minimumDepth = 0.0;
  /// The same threshold relative to the landscape's scale: a fraction of (median grid energy − lowest
  /// energy). The larger of the two thresholds applies. The median (not the maximum) keeps the scale from
  /// being set by the steep corners of a box. Noise on a trained energy makes many tiny valleys; this removes
  /// them.
  double relativeDepth = 0.02;
  /// Core of basin b: its nodes with E ≤ E_min(b) + coreFraction·(E_saddle(b) − E_min(b)). A particle counts
  /// as having moved to b only once it reaches b's core (see sampling/basin_transitions.h). In (0, 1].
  double coreFraction = 0.5;

  /// Throws ArgumentError for negative or non-finite depths or a core fraction outside (0, 1].
  void validate() const;
};

/// One basin of attraction.
struct BasinInfo {
  double minimumEnergy = 0;                 ///< the energy at the bottom of the valley
  std::array<double, 3> minimumPosition{};  ///< where the bottom is (unused coordinates 0)
  Index minimumNode = 0;                    ///< the bottom's lattice node
  /// The lowest barrier top between this basin and any other (the saddle a particle most easily crosses);
  /// +∞ for a landscape with a single basin.
  double saddleEnergy = 0;
  double coreLevel = 0;  ///< nodes at or below this energy form the basin's core
  Index nodeCount = 0;   ///< lattice nodes in the basin

  /// How deep the valley is: the barrier a particle at the bottom must climb to leave it.
  [[nodiscard]] double depth() const { return saddleEnergy - minimumEnergy; }
};

/// The landscape's basins on a lattice, found by steepest descent: every node points to its steepest
/// downhill neighbour (8 neighbours in 2D, 26 in 3D, slopes divided by distance), and the nodes draining to
/// the same local minimum form a basin. Shallow basins are then merged by persistence: saddles are visited
/// from the lowest up, and where two valleys meet, the one with the higher minimum is merged into the valley
/// it spills into if its depth (saddle − its minimum) is below the threshold. Labels are numbered by minimum
/// energy: basin 0 holds the lowest point. NaN energies count as +∞.
class Basins {
 public:
  /// Throws ArgumentError for invalid settings, NumericError if the energy is nowhere finite on the grid.
  explicit Basins(const EnergyGrid& grid, const BasinSettings& settings = {});

  /// Number of basins after merging (≥ 1).
  [[nodiscard]] int count() const { return int(basins_.size()); }
  [[nodiscard]] const BasinInfo& basin(int label) const { return basins_.at(std::size_t(label)); }
  /// Local minima of the grid before shallow ones were merged (how many valleys noise alone would make).
  [[nodiscard]] Index localMinimumCount() const { return localMinimumCount_; }
  /// The depth below which valleys were merged, in energy units.
  [[nodiscard]] double depthThreshold() const { return depthThreshold_; }
  [[nodiscard]] const Lattice& lattice() const { return lattice_; }
  [[nodiscard]] const BasinSettings& settings() const { return settings_; }
  /// The basin of every node (flat index as in Lattice).
  [[nodiscard]] const std::vector<std::int32_t>& labels() const { return labels_; }

  /// The node nearest to a point (D coordinates); points outside the box take the nearest node on its face,
  /// i.e. a valley is taken to continue beyond the box. A NaN coordinate maps to the face's first node.
  [[nodiscard]] Index nearestNode(const float* point) const {
    Index flat = 0;
    for (int axis = 0; axis < lattice_.dimension(); ++axis) {
      const float t = (point[axis] - lower_[axis]) * inverseSpacing_[axis];  // node units
      const Index i = !(t > 0) ? 0 : t >= lastNode_[axis] ? Index(lastNode_[axis]) : Index(std::lround(t));
      flat += i * stride_[axis];
    }
    return flat;
  }
  /// The basin a point lies in (its nearest node's).
  [[nodiscard]] int labelAt(const float* point) const { return labels_[std::size_t(nearestNode(point))]; }
  /// The basin whose core contains the point, or −1 if the point is in no core (high on a slope or a ridge).
  [[nodiscard]] int coreAt(const float* point) const { return cores_[std::size_t(nearestNode(point))]; }

 private:
  Lattice lattice_;
  BasinSettings settings_;
  double depthThreshold_ = 0;
  Index localMinimumCount_ = 0;
  std::vector<std::int32_t> labels_;
  std::vector<std::int32_t> cores_;
  std::vector<BasinInfo> basins_;
  // nearestNode()'s constants, per axis: the box's lower corner, 1/spacing, the last node index, the stride.
  float lower_[3] = {0, 0, 0}, inverseSpacing_[3] = {0, 0, 0}, lastNode_[3] = {0, 0, 0};
  Index stride_[3] = {0, 0, 0};
};

}  // namespace ebm
