// Cached grids of a composition's components: a slider move recombines them instead of re-evaluating them.
#pragma once

#include <deque>
#include <functional>
#include <unordered_map>
#include <vector>

#include "core/lattice.h"
#include "energy/energy.h"

namespace ebm {

/// The grids of the leaves of composed energies on one lattice, evaluated once and kept, from which the
/// grid of any composition of those leaves is recombined without evaluating a leaf again.
///
/// A leaf is any energy that is not a CompositeEnergy (an analytic energy, a network). A slider move builds a
/// new composite over the same leaf objects (say BlendEnergy(e1, e2, α′)) and asks evaluate() for its grid:
/// each composite node applies its CompositeEnergy::combine() to its terms' grids, the very function its
/// evaluate() applies to a batch of points. So the recombined grid equals evaluateOnLattice(composite) bit
/// for bit whenever the leaves' own values do not depend on how the nodes are batched (true of every analytic
/// energy; a network's GEMM blocking could differ in the last bit).
///
/// Cost: one pass over the grid per composite node (a blend of two 256² grids is a few tens of µs), no
/// allocation once the leaves are cached and the scratch buffers exist; callers pass the output buffer.
/// Leaves are keyed by object identity and kept alive while cached. Not thread-safe: one per worker.
class ComponentGrids {
 public:
  /// Throws ArgumentError if the lattice's box is not valid.
  explicit ComponentGrids(Lattice lattice);

  [[nodiscard]] const Lattice& lattice() const { return lattice_; }

  /// Writes E at every node of the lattice into `out` (length lattice().size()). Leaves not yet cached are
  /// evaluated on the lattice first, once. Throws ArgumentError for a null energy, a dimension that differs
  /// from the lattice's or an output of the wrong length.
  void evaluate(const EnergyPtr& energy, VectorRef out);

  /// Called for each finished chunk of the output, [begin, end), on the thread that wrote it, while the
  /// chunk is in cache (chunks are kChunk nodes; several run at once on different threads).
  using ChunkHook = std::function<void(Index begin, Index end)>;
  static constexpr Index kChunk = 1 << 14;
  /// As evaluate(), and calls `hook` on every chunk of `out` once it holds its final values: a log Z sum or
  /// a colour pass rides along instead of reading the grid again.
  void evaluate(const EnergyPtr& energy, VectorRef out, const ChunkHook& hook);

  /// Caches a leaf's grid computed elsewhere (by a worker job, say); it must have lattice().size() values.
  void insert(EnergyPtr leaf, Vector values);
  /// The cached grid of a leaf, or nullptr.
  [[nodiscard]] const Vector* find(const Energy& leaf) const;
  [[nodiscard]] std::size_t leafCount() const { return leaves_.size(); }
  /// Drops every cached grid (after the lattice or a leaf's weights changed, make a new ComponentGrids or
  /// clear()).
  void clear();

 private:
  struct Leaf {
    EnergyPtr energy;
    Vector values;
  };
  const float* leafValues(const EnergyPtr& leaf);
  void fill(const EnergyPtr& energy, float* out, const ChunkHook* hook);

  Lattice lattice_;
  std::unordered_map<const Energy*, Leaf> leaves_;
  std::deque<Vector> scratch_;              // one grid per inner composite of the tree being recombined
  std::vector<const float*> termPointers_;  // the terms' grids of every composite node, in depth-first order
  std::size_t nextScratch_ = 0, nextPointer_ = 0;
};

}  // namespace ebm
