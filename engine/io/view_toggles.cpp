#include "io/view_toggles.h"

#include "core/localized_text.h"

#include <algorithm>
#include <string>

namespace ebm {

const std::vector<ViewToggle>& viewToggles() {
  using V = ViewSettings;
  using S = ToggleScope;
  // clang-format off
  static const std::vector<ViewToggle> toggles = {
      {"mapShowsDensity", "mapDensity", EBM_TRANSLATE_NOOP("ebm", "Map Shows Density p_T"),
       EBM_TRANSLATE_NOOP("ebm", "The map shows p_T = e^{−E/T}/Z_T beside the energy landscape"), &V::mapShowsDensity, S::Planar},
      {"mapShowsConfidence", "mapConfidence", EBM_TRANSLATE_NOOP("ebm", "Map Shows Max-Softmax"),
       EBM_TRANSLATE_NOOP("ebm", "A classifier's map shows its confidence max_y p(y|x) beside its energy landscape"),
       &V::mapShowsConfidence, S::ClassifierMap},
      {"showBoundaries", "boundaries", EBM_TRANSLATE_NOOP("ebm", "Decision Boundaries"), EBM_TRANSLATE_NOOP("ebm", "Where a classifier's predicted class changes"),
       &V::showBoundaries, S::ClassifierMap},
      {"showMinimum", "minimum", EBM_TRANSLATE_NOOP("ebm", "Lowest Point and Its Trace"),
       EBM_TRANSLATE_NOOP("ebm", "The landscape's minimum, and the path it takes as you move a slider"), &V::showMinimum, S::Any},
      {"showContours", "contours", EBM_TRANSLATE_NOOP("ebm", "Contour Lines"), EBM_TRANSLATE_NOOP("ebm", "Lines of equal energy"), &V::showContours, S::Planar},
      {"showAxes", "axes", EBM_TRANSLATE_NOOP("ebm", "Axes"), EBM_TRANSLATE_NOOP("ebm", "Coordinate axes; the landscape's height axis is in energy units"),
       &V::showAxes, S::Any},
      {"showColorBar", "colorBar", EBM_TRANSLATE_NOOP("ebm", "Colour Bar"), EBM_TRANSLATE_NOOP("ebm", "The scale of the colours"), &V::showColorBar, S::Any},
      {"showData", "data", EBM_TRANSLATE_NOOP("ebm", "Data Points"), EBM_TRANSLATE_NOOP("ebm", "The data set"), &V::showData, S::Any},
      {"showParticles", "particles", EBM_TRANSLATE_NOOP("ebm", "Particles"), EBM_TRANSLATE_NOOP("ebm", "The sampler's particles"), &V::showParticles, S::Any},
      {"showNegatives", "negatives", EBM_TRANSLATE_NOOP("ebm", "Training Negatives"),
       EBM_TRANSLATE_NOOP("ebm", "The Langevin negatives of the last training iteration"), &V::showNegatives, S::Any},
      {"showTrails", "trails", EBM_TRANSLATE_NOOP("ebm", "Particle Trails"),
       EBM_TRANSLATE_NOOP("ebm", "Each particle's recent path (set a trail length in the Sampler panel)"), &V::showTrails, S::Any},
      {"showScoreField", "score", EBM_TRANSLATE_NOOP("ebm", "Score Field −∇E"),
       EBM_TRANSLATE_NOOP("ebm", "Arrows of the score: where the landscape pushes a particle"), &V::showScoreField, S::Planar},
      {"showVolume", "volume", EBM_TRANSLATE_NOOP("ebm", "Density Volume (3D)"), EBM_TRANSLATE_NOOP("ebm", "Volume rendering of p_T for 3D lessons"),
       &V::showVolume, S::Volume},
  };
  // clang-format on
  return toggles;
}

bool viewToggleApplies(const ViewToggle& toggle, const Lesson& lesson) {
  const bool planar = lesson.box.dimension == 2;
  switch (toggle.scope) {
    case ToggleScope::Any:
      return true;
    case ToggleScope::Planar:
      return planar;
    case ToggleScope::Volume:
      return lesson.box.dimension == 3;
    case ToggleScope::ClassifierMap:
      return planar && std::any_of(lesson.energies.begin(), lesson.energies.end(), [](const auto& e) {
               return e.spec.value("type", std::string()) == "classifier";
             });
  }
  return false;
}

}  // namespace ebm
