#include "analysis/component_grids.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/errors.h"
#include "core/parallel.h"
#include "energy/composition/composite_energy.h"
#include "energy/energy_grid.h"

namespace ebm {

ComponentGrids::ComponentGrids(Lattice lattice) : lattice_(lattice) {
  lattice_.box.validate();
}

void ComponentGrids::insert(EnergyPtr leaf, Vector values) {
  if (!leaf) throw ArgumentError("A cached grid needs the energy it belongs to.");
  if (values.size() != lattice_.size()) throw ArgumentError("A cached grid must have one value per node.");
  const Energy* key = leaf.get();
  leaves_[key] = Leaf{std::move(leaf), std::move(values)};
}

const Vector* ComponentGrids::find(const Energy& leaf) const {
  const auto it = leaves_.find(&leaf);
  return it == leaves_.end() ? nullptr : &it->second.values;
}

void ComponentGrids::clear() {
  leaves_.clear();
  scratch_.clear();
  termPointers_.clear();
}

const float* ComponentGrids::leafValues(const EnergyPtr& leaf) {
  if (const Vector* cached = find(*leaf)) return cached->data();
  insert(leaf, evaluateOnLattice(*leaf, lattice_).values);
  return find(*leaf)->data();
}

void ComponentGrids::evaluate(const EnergyPtr& energy, VectorRef out) {
  evaluate(energy, out, ChunkHook());
}

void ComponentGrids::evaluate(const EnergyPtr& energy, VectorRef out, const ChunkHook& hook) {
  if (!energy) throw ArgumentError("There is no energy to draw.");
  if (energy->dimension() != lattice_.dimension()) {
    throw ArgumentError("A " + std::to_string(energy->dimension()) + "D energy cannot be drawn on a " +
                        std::to_string(lattice_.dimension()) + "D grid.");
  }
  if (out.size() != lattice_.size()) throw ArgumentError("The grid's value buffer has the wrong size.");
  nextScratch_ = nextPointer_ = 0;
  fill(energy, out.data(), hook ? &hook : nullptr);
}

// Depth first: a composite's terms are filled (leaves point at their cached grid, inner composites get a
// scratch grid), then its rule combines them into `out`, chunk by chunk on both cores (the rules work node
// by node). Scratch grids and pointer slots are handed out in the same order on every call, so after the
// first call for a tree shape nothing is allocated. Only the outermost fill carries the hook.
void ComponentGrids::fill(const EnergyPtr& energy, float* out, const ChunkHook* hook) {
  const auto* composite = dynamic_cast<const CompositeEnergy*>(energy.get());
  const Index n = lattice_.size();
  if (!composite) {
    const float* values = leafValues(energy);
    if (values == out && !hook) return;
    parallelFor(n, kChunk, [&](Index begin, Index end) {
      if (values != out) std::copy(values + begin, values + end, out + begin);
      if (hook) (*hook)(begin, end);
    });
    return;
  }
  const auto& terms = composite->terms();
  const std::size_t first = nextPointer_;
  nextPointer_ += terms.size();
  if (termPointers_.size() < nextPointer_) termPointers_.resize(nextPointer_);
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const float* values = nullptr;
    if (composite->usesTerm(k)) {
      if (dynamic_cast<const CompositeEnergy*>(terms[k].get())) {
        if (scratch_.size() <= nextScratch_) scratch_.emplace_back(n);
        float* buffer = scratch_[nextScratch_++].data();
        fill(terms[k], buffer, nullptr);
        values = buffer;
      } else {
        values = leafValues(terms[k]);
      }
    }
    termPointers_[first + k] = values;
  }
  const std::span<const float* const> all(termPointers_.data() + first, terms.size());
  constexpr std::size_t kMaxTerms = 16;  // chunked combining keeps the shifted term pointers on the stack
  if (terms.size() > kMaxTerms) {
    composite->combine(all, n, out);
    if (hook) parallelFor(n, kChunk, *hook);
    return;
  }
  parallelFor(n, kChunk, [&](Index begin, Index end) {
    std::array<const float*, kMaxTerms> shifted{};
    for (std::size_t k = 0; k < all.size(); ++k)
      shifted[k] = all[k] ? all[k] + begin : nullptr;
    composite->combine(std::span<const float* const>(shifted.data(), all.size()), end - begin, out + begin);
    if (hook) (*hook)(begin, end);
  });
}

}  // namespace ebm
