#include "io/lesson_energy.h"

#include "core/errors.h"
#include "io/energy_spec.h"
#include "io/lesson_names.h"

namespace ebm {

std::vector<EnergyPtr> buildComponents(const Lesson& lesson) {
  std::vector<EnergyPtr> components;
  for (std::size_t i = 0; i < lesson.energies.size(); ++i) {
    components.push_back(buildEnergy(lesson.energies[i].spec, "energies[" + std::to_string(i) + "].spec"));
  }
  return components;
}

EnergyPtr composeEnergy(const Composition& composition, const std::vector<EnergyPtr>& components) {
  for (int term : composition.terms) {
    if (term < 0 || term >= int(components.size()))
      throw LessonError("`composition.terms` names a missing energy.");
  }
  switch (composition.operation) {
    case Composition::Operation::Single:
      return components.at(std::size_t(composition.terms.at(0)));
    default:
      throw LessonError("The composition \"" + lesson_names::of(composition.operation) +
                        "\" is not available in this build.");
  }
}

EnergyPtr buildLessonEnergy(const Lesson& lesson) {
  return composeEnergy(lesson.composition, buildComponents(lesson));
}

}  // namespace ebm
