#include "io/view_toggles.h"

#include <algorithm>
#include <string>

namespace ebm {

const std::vector<ViewToggle>& viewToggles() {
  using V = ViewSettings;
  using S = ToggleScope;
  // clang-format off
  static const std::vector<ViewToggle> toggles = {
      {"mapShowsDensity", "mapDensity", "Map Shows Density p_T",
       "The map shows p_T = e^{−E/T}/Z_T beside the energy landscape", &V::mapShowsDensity, S::Planar},
      {"mapShowsConfidence", "mapConfidence", "Map Shows Max-Softmax",
       "A classifier's map shows its confidence max_y p(y|x) beside its energy landscape",
       &V::mapShowsConfidence, S::ClassifierMap},
      {"showBoundaries", "boundaries", "Decision Boundaries", "Where a classifier's predicted class changes",
       &V::showBoundaries, S::ClassifierMap},
      {"showMinimum", "minimum", "Lowest Point and Its Trace",
       "The landscape's minimum, and the path it takes as you move a slider", &V::showMinimum, S::Any},
      {"showContours", "contours", "Contour Lines", "Lines of equal energy", &V::showContours, S::Planar},
      {"showAxes", "axes", "Axes", "Coordinate axes; the landscape's height axis is in energy units",
       &V::showAxes, S::Any},
      {"showColorBar", "colorBar", "Colour Bar", "The scale of the colours", &V::showColorBar, S::Any},
      {"showData", "data", "Data Points", "The data set", &V::showData, S::Any},
      {"showParticles", "particles", "Particles", "The sampler's particles", &V::showParticles, S::Any},
      {"showNegatives", "negatives", "Training Negatives",
       "The Langevin negatives of the last training iteration", &V::showNegatives, S::Any},
      {"showTrails", "trails", "Particle Trails",
       "Each particle's recent path (set a trail length in the Sampler panel)", &V::showTrails, S::Any},
      {"showScoreField", "score", "Score Field −∇E",
       "Arrows of the score: where the landscape pushes a particle", &V::showScoreField, S::Planar},
      {"showVolume", "volume", "Density Volume (3D)", "Volume rendering of p_T for 3D lessons",
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
