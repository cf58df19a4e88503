// The lesson's named parameters — what a slider moves and a keyframe animates — with their ranges, and the
// keyframe interpolation that drives an animation.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "io/lesson.h"

namespace ebm {

/// A parameter a slider or keyframe can drive.
struct ParameterInfo {
  std::string name;     ///< "temperature", "alpha", ...
  std::string label;    ///< for people: "Temperature T"
  std::string tooltip;  ///< the physics in one line
  double lowest = 0, highest = 1;
  bool logScale = false;  ///< sliders and interpolation move in log(value)
  bool integer = false;
  bool view = false;  ///< a view parameter (camera), applied by the views rather than the lesson
};

/// Every parameter, in the order a timeline lists them.
[[nodiscard]] const std::vector<ParameterInfo>& lessonParameters();
/// The parameter of that name; throws ArgumentError for an unknown name.
[[nodiscard]] const ParameterInfo& parameterInfo(const std::string& name);

/// The value of a lesson parameter (not a view parameter). Throws ArgumentError for an unknown name.
[[nodiscard]] double parameterValue(const Lesson& lesson, const std::string& name);
/// The value a parameter would take: clamped to its range, rounded for integers. Throws as setParameter().
[[nodiscard]] double admissibleValue(const std::string& name, double value);
/// Sets a lesson parameter, clamped to its range (rounded for integers). Throws ArgumentError for an unknown
/// name or a non-finite value.
void setParameter(Lesson& lesson, const std::string& name, double value);

/// The value of every animated parameter at `time`: linear between keyframes (log-linear for log-scale
/// parameters), held before the first and after the last keyframe of that parameter.
[[nodiscard]] std::map<std::string, double> keyframeValues(const Animation& animation, double time);

/// Throws LessonError naming `animation.keyframes[i]` for an unknown parameter or a value outside its range.
void validateKeyframes(const Animation& animation);

}  // namespace ebm
