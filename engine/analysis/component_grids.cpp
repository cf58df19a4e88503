#include "analysis/component_grids.h"

#include <algorithm>
#include <string>

#include "analysis/energy_grid.h"
#include "core/errors.h"
#include "energy/composition/composite_energy.h"

namespace ebm {

ComponentGrids::ComponentGrids(Lattice lattice) : lattice_(std::move(lattice)) {
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
  if (!energy) throw ArgumentError("There is no energy to draw.");
  if (energy->dimension() != lattice_.dimension()) {
    throw ArgumentError("A " + std::to_string(energy->dimension()) + "D energy cannot be drawn on a " +
                        std::to_string(lattice_.dimension()) + "D grid.");
  }
  if (out.size() != lattice_.size()) throw ArgumentError("The grid's value buffer has the wrong size.");
  nextScratch_ = nextPointer_ = 0;
  fill(energy, out.data());
}

// Depth first: a composite's terms are filled (leaves point at their cached grid, inner composites get a
// scratch grid), then its rule combines them into `out`. Scratch grids and pointer slots are handed out in
// the same order on every call, so after the first call for a tree shape nothing is allocated.
void ComponentGrids::fill(const EnergyPtr& energy, float* out) {
  const auto* composite = dynamic_cast<const CompositeEnergy*>(energy.get());
  const Index n = lattice_.size();
  if (!composite) {
    const float* values = leafValues(energy);
    if (values != out) std::copy(values, values + n, out);
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
        fill(terms[k], buffer);
        values = buffer;
      } else {
        values = leafValues(terms[k]);
      }
    }
    termPointers_[first + k] = values;
  }
  composite->combine(std::span<const float* const>(termPointers_.data() + first, terms.size()), n, out);
}

}  // namespace ebm
