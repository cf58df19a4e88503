#include "io/lesson_energy.h"

#include "core/errors.h"
#include "energy/analytic/constraint.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/mixture_energy.h"
#include "energy/composition/negation_energy.h"
#include "energy/composition/scaled_energy.h"
#include "energy/composition/sum_energy.h"
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
  // A rule enters every composition at the lesson's strength λ.
  auto term = [&](std::size_t k) -> EnergyPtr {
    EnergyPtr e = components.at(std::size_t(composition.terms.at(k)));
    if (isConstraint(*e)) return std::make_shared<ScaledEnergy>(std::move(e), composition.strength);
    return e;
  };
  try {
    switch (composition.operation) {
      case Composition::Operation::Single:
        return term(0);
      case Composition::Operation::Sum: {
        std::vector<EnergyPtr> terms;
        for (std::size_t k = 0; k < composition.terms.size(); ++k)
          terms.push_back(term(k));
        return std::make_shared<SumEnergy>(std::move(terms));
      }
      case Composition::Operation::Blend:
        return std::make_shared<BlendEnergy>(term(0), term(1), composition.alpha);
      case Composition::Operation::Mixture:
        return std::make_shared<MixtureEnergy>(term(0), term(1), composition.weight);
      case Composition::Operation::Negation:
        return std::make_shared<NegationEnergy>(term(0), term(1), composition.gamma);
    }
  } catch (const std::out_of_range&) {
    throw LessonError("`composition.terms` has too few energies for \"" +
                      lesson_names::of(composition.operation) + "\".");
  } catch (const ArgumentError& e) {
    throw LessonError(std::string("`composition`: ") + e.what());
  }
  return term(0);
}

bool isConstraint(const Energy& energy) {
  return dynamic_cast<const ConstraintEnergy*>(&energy) != nullptr;
}

EnergyPtr buildLessonEnergy(const Lesson& lesson) {
  return composeEnergy(lesson.composition, buildComponents(lesson));
}

}  // namespace ebm
