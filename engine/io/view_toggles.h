// The views' on/off layers (contours, data, particles, trails, the score field, …) in one table: the lesson
// reader and writer, and the window's View menu, all iterate it. A new layer is its flag in ViewSettings
// (io/lesson.h, with its default) and one row in view_toggles.cpp — then it is read, written and switchable;
// only its drawing (ui/vtk/frame_presenter.cpp) is left to add.
#pragma once

#include <vector>

#include "io/lesson.h"

namespace ebm {

/// Which lessons a layer means something for; in the others its switch is greyed out.
enum class ToggleScope {
  Any,            ///< every lesson
  Planar,         ///< 2D lessons (a map, contour lines, score arrows)
  Volume,         ///< 3D lessons
  ClassifierMap,  ///< 2D lessons with a classifier energy (decision boundaries, confidence)
};

/// One on/off layer of the views.
struct ViewToggle {
  const char* fileKey;  ///< its member in a lesson file's "view" section: "showContours"
  const char* key;      ///< its short name in the program (the View menu's action): "contours"
  const char* label;    ///< the View menu's entry: "Contour Lines"
  const char* tooltip;  ///< one line, in the markup of lesson texts (p_T, e^{−E/T})
  bool ViewSettings::*member;
  ToggleScope scope;
};

/// Every layer, in the View menu's order.
[[nodiscard]] const std::vector<ViewToggle>& viewToggles();
/// True if the layer means something for the lesson (its scope).
[[nodiscard]] bool viewToggleApplies(const ViewToggle& toggle, const Lesson& lesson);

}  // namespace ebm
