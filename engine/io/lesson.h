// A lesson: what a teacher opens — an energy, the box it lives in, and how it is shown. Stored as versioned
// JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/box.h"

namespace ebm {

/// How a lesson's landscape is shown.
struct LessonView {
  int gridResolution = 192;  ///< lattice nodes per axis for the drawn surface
  double temperature = 1.0;  ///< T of p_T ∝ exp(−E/T)
  bool showContours = true;
  bool showAxes = true;
  bool showColorBar = true;
};

/// A lesson as read from a file. The energy stays a JSON spec (see io/energy_spec.h) so that a lesson
/// round-trips.
struct Lesson {
  static constexpr int kFormatVersion = 1;

  std::string title;
  std::string explanation;
  nlohmann::json energy;
  Box box;
  LessonView view;
};

/// Parses a lesson. Throws LessonError naming the JSON path of the first problem, or a future format version.
[[nodiscard]] Lesson readLesson(const std::string& jsonText);
/// Writes a lesson as indented JSON that readLesson() reads back to the same lesson.
[[nodiscard]] std::string writeLesson(const Lesson& lesson);

}  // namespace ebm
