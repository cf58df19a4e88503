// The energies a lesson describes, built: its components, and the composition that is drawn and sampled.
#pragma once

#include <vector>

#include "energy/energy.h"
#include "io/lesson.h"

namespace ebm {

/// Every energy of the lesson, in order. Throws LessonError naming the JSON path of a bad spec.
[[nodiscard]] std::vector<EnergyPtr> buildComponents(const Lesson& lesson);

/// The lesson's composition of its components (at T = 1; the temperature is applied by whoever samples or
/// integrates); each rule (constraint) among them counts composition.strength (λ) times. Throws LessonError
/// for a bad spec or composition.
[[nodiscard]] EnergyPtr buildLessonEnergy(const Lesson& lesson);
[[nodiscard]] EnergyPtr composeEnergy(const Composition& composition,
                                      const std::vector<EnergyPtr>& components);
/// Whether an energy is a rule (energy/analytic/constraint.h), which the lesson's λ multiplies.
[[nodiscard]] bool isConstraint(const Energy& energy);

}  // namespace ebm
