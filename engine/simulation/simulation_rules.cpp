// A simulation's rules (constraint energies): how much probability the landscape still puts where a rule in
// the composition is broken — what falls to zero as the λ slider rises.
#include <cmath>

#include "analysis/region_mass.h"
#include "io/lesson_energy.h"
#include "simulation/simulation_state.h"

namespace ebm {

// A node breaks a rule where the rule's own (unscaled) grid is positive; only rules the composition uses have
// a cached grid, and only those shape the landscape.
void Simulation::State::measureRuleBreaking() {
  ruleBreakingMass = NAN;
  if (!partitionError.empty() || !energyGrid || !grids) return;
  std::vector<const Vector*> rules;
  for (const auto& component : components) {
    if (!isConstraint(*component)) continue;
    if (const Vector* grid = grids->find(*component)) rules.push_back(grid);
  }
  if (rules.empty()) return;
  ruleBreakingMass = massWhere(*energyGrid, lesson.temperature, [&](Index node) {
    for (const Vector* rule : rules) {
      if ((*rule)[node] > 0) return true;
    }
    return false;
  });
}

}  // namespace ebm
