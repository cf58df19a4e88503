// Whether exp(−E/T) is a density on a box: the check a negation E₁ − γE₂ needs before it is drawn or sampled.
#pragma once

#include <string>

#include "core/lattice.h"
#include "energy/energy.h"

namespace ebm {

/// The outcome of a normalizability check on a lattice.
enum class Normalizability {
  Normalizable,     ///< finite, and rising toward every face where the density is not negligible
  NotFinite,        ///< NaN or −∞ somewhere (or +∞ everywhere): no density at all
  NotRisingAtFaces  ///< at a face the density is not negligible and E does not rise outward: the
                    ///< probability piles up against the box, so E is (probably) not bounded below beyond it
};

/// What checkNormalizability found, with a sentence for the teacher.
struct NormalizabilityReport {
  Normalizability status = Normalizability::Normalizable;
  double minimumEnergy = 0;    ///< the lowest finite energy on the lattice
  Index offendingNode = -1;    ///< flat lattice index of the worst node found, −1 when normalizable
  double offendingEnergy = 0;  ///< E at that node
  std::string explanation;     ///< empty when normalizable

  [[nodiscard]] bool normalizable() const { return status == Normalizability::Normalizable; }
};

/// Checks a grid of energies (flat index i + nx·(j + ny·k), as evaluateOnLattice or ComponentGrids write it)
/// at temperature T. On a bounded box every continuous energy has a minimum, so "not bounded below" shows as
/// an energy that keeps falling toward the box's faces: the check looks at every face node whose density
/// exp(−(E − E_min)/T) is at least `negligibleDensity` of the peak, and flags those where E is not higher
/// than at their inward neighbour — when together they hold at least 10⁻⁴ of the box's probability (a trained
/// network flattening on a few corner nodes far above its minimum piles nothing up). A Gaussian on a box too
/// small for it passes (it rises outward; the missing mass is quadrature's to report); a flat or falling
/// energy at a face fails. +∞ (zero density) is allowed. Throws ArgumentError if the grid's size differs from
/// the lattice's, or T is not positive.
[[nodiscard]] NormalizabilityReport checkNormalizability(ConstVectorRef values, const Lattice& lattice,
                                                         double temperature = 1.0,
                                                         double negligibleDensity = 1e-6);

/// The same for an energy, evaluated on the lattice first.
[[nodiscard]] NormalizabilityReport checkNormalizability(const Energy& energy, const Lattice& lattice,
                                                         double temperature = 1.0,
                                                         double negligibleDensity = 1e-6);

/// Throws NumericError with the report's explanation unless it says normalizable.
void requireNormalizable(const NormalizabilityReport& report);

}  // namespace ebm
