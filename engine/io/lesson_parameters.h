// The lesson's named parameters — what a slider moves and a keyframe animates — with their ranges, and the
// keyframe interpolation that drives an animation.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "io/lesson.h"

namespace ebm {

/// What a parameter's change redoes in a running simulation (Simulation::setParameter switches on it).
enum class ParameterEffect {
  Temperature,         ///< T: the sampler's temperature, the drawn density, log Z
  Composition,         ///< α, w, γ, λ: the composed energy, its grids, minimum and detectors
  NoiseLevel,          ///< σ: the smoothed energies, then as Composition
  Threshold,           ///< the anomaly flags
  ParticleCount,       ///< the particles are re-allocated and reset
  StepSize,            ///< the sampler's ε
  Playing,             ///< whether particles (or the experiment) move
  ClassifierMargins,   ///< a classifier run's fine-tuning weight and margins, live
  ClassifierOutliers,  ///< a classifier run's auxiliary outliers, live
  Camera,              ///< a view parameter: the views apply it, the simulation does not see it
  Experiment,          ///< an experiment's own number: the experiment applies it
};

/// A parameter a slider or keyframe can drive: its name, range and scale, and where it lives in a lesson. The
/// table of them (lesson_parameters.cpp) is the one place a parameter is declared: adding a row is all it
/// takes for sliders, keyframes, the lesson file's animation and the engine to know it.
struct ParameterInfo {
  std::string name;     ///< "temperature", "alpha", ...
  std::string label;    ///< for people: "Temperature T"
  std::string tooltip;  ///< the physics in one line
  double lowest = 0, highest = 1;
  bool logScale = false;  ///< sliders and interpolation move in log(value)
  bool integer = false;
  bool view = false;  ///< a view parameter (camera), applied by the views rather than the lesson
  ParameterEffect effect = ParameterEffect::Camera;
  /// The experiment kind (lesson.experiment.kind) the parameter belongs to; empty: every lesson has it.
  std::string experiment;
  /// Reads and writes the value in a lesson (unset for view parameters). `set` gets an admissible value.
  std::function<double(const Lesson&)> get;
  std::function<void(Lesson&, double)> set;
};

/// Every parameter, in the order a timeline lists them.
[[nodiscard]] const std::vector<ParameterInfo>& lessonParameters();
/// The parameter of that name; throws ArgumentError for an unknown name.
[[nodiscard]] const ParameterInfo& parameterInfo(const std::string& name);
/// True if the lesson has the parameter: every lesson has the common ones, an experiment's only its lessons.
[[nodiscard]] bool lessonHasParameter(const Lesson& lesson, const ParameterInfo& info);

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
