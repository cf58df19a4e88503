#include "io/lesson_parameters.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace ebm {

const std::vector<ParameterInfo>& lessonParameters() {
  static const std::vector<ParameterInfo> parameters = {
      {"temperature", "Temperature T",
       "p_T ∝ exp(−E/T): low T freezes particles into the deepest valleys, high T melts the landscape flat",
       0.01, 100, true},
      {"alpha", "Blend α",
       "α·E₁ + (1−α)·E₂: slides the landscape from the second energy (α = 0) to the first (α = 1)", 0, 1},
      {"weight", "Mixture weight w",
       "−log(w·e^{−E₁} + (1−w)·e^{−E₂}): the share of probability in the first energy (OR)", 0, 1},
      {"gamma", "Negation γ",
       "E₁ − γ·E₂: how strongly the second energy's likely places are pushed away (NOT)", 0, 5},
      {"strength", "Rule strength λ",
       "E + λ·rule: what breaking a rule costs; as λ grows, the probability of breaking it falls to zero",
       0.01, 1e4, true},
      {"noiseLevel", "Noise σ", "The data density blurred by Gaussian noise of standard deviation σ", 0, 3},
      {"threshold", "Anomaly threshold", "Points with energy above the threshold are flagged as anomalies",
       -1e6, 1e6},
      {"particles", "Particles", "How many particles sample the landscape", 1, 100000, true, true},
      {"stepSize", "Step size ε",
       "Langevin step: x ← x − (ε/2)∇E/T + √ε·ξ; too large and the sampler overshoots", 1e-5, 1, true},
      {"playing", "Particles moving", "1 = the particles move, 0 = frozen", 0, 1, false, true},
      {"camera.azimuth", "Camera azimuth", "Turns the camera around the vertical axis (degrees)", -3600, 3600,
       false, false, true},
      {"camera.elevation", "Camera elevation", "Raises the camera above the landscape (degrees)", -89, 89,
       false, false, true},
  };
  return parameters;
}

const ParameterInfo& parameterInfo(const std::string& name) {
  for (const auto& p : lessonParameters()) {
    if (p.name == name) return p;
  }
  throw ArgumentError("There is no parameter called \"" + name + "\".");
}

double parameterValue(const Lesson& lesson, const std::string& name) {
  if (name == "temperature") return lesson.temperature;
  if (name == "alpha") return lesson.composition.alpha;
  if (name == "weight") return lesson.composition.weight;
  if (name == "gamma") return lesson.composition.gamma;
  if (name == "strength") return lesson.composition.strength;
  if (name == "noiseLevel") return lesson.noiseLevel;
  if (name == "threshold") return lesson.threshold;
  if (name == "particles") return lesson.sampler.particles;
  if (name == "stepSize") return lesson.sampler.stepSize;
  if (name == "playing") return lesson.sampler.playing ? 1.0 : 0.0;
  throw ArgumentError("\"" + name + "\" is not a lesson parameter.");
}

double admissibleValue(const std::string& name, double value) {
  const ParameterInfo& info = parameterInfo(name);
  if (info.view) throw ArgumentError("\"" + name + "\" is a view parameter, not a lesson parameter.");
  if (!std::isfinite(value)) throw ArgumentError("The value of \"" + name + "\" must be a finite number.");
  value = std::clamp(value, info.lowest, info.highest);
  return info.integer ? std::round(value) : value;
}

void setParameter(Lesson& lesson, const std::string& name, double value) {
  value = admissibleValue(name, value);
  if (name == "temperature") lesson.temperature = value;
  if (name == "alpha") lesson.composition.alpha = value;
  if (name == "weight") lesson.composition.weight = value;
  if (name == "gamma") lesson.composition.gamma = value;
  if (name == "strength") lesson.composition.strength = value;
  if (name == "noiseLevel") lesson.noiseLevel = value;
  if (name == "threshold") lesson.threshold = value;
  if (name == "particles") lesson.sampler.particles = int(value);
  if (name == "stepSize") lesson.sampler.stepSize = value;
  if (name == "playing") lesson.sampler.playing = value >= 0.5;
}

std::map<std::string, double> keyframeValues(const Animation& animation, double time) {
  std::map<std::string, std::vector<const Keyframe*>> byParameter;
  for (const auto& k : animation.keyframes)
    byParameter[k.parameter].push_back(&k);
  std::map<std::string, double> values;
  for (auto& [name, frames] : byParameter) {
    std::stable_sort(frames.begin(), frames.end(),
                     [](const Keyframe* a, const Keyframe* b) { return a->time < b->time; });
    const bool logScale = parameterInfo(name).logScale;
    if (time <= frames.front()->time) {
      values[name] = frames.front()->value;
    } else if (time >= frames.back()->time) {
      values[name] = frames.back()->value;
    } else {
      for (std::size_t i = 0; i + 1 < frames.size(); ++i) {
        const Keyframe &a = *frames[i], &b = *frames[i + 1];
        if (time < a.time || time > b.time) continue;
        const double s = b.time > a.time ? (time - a.time) / (b.time - a.time) : 1.0;
        values[name] = logScale && a.value > 0 && b.value > 0
                           ? std::exp(std::log(a.value) + s * std::log(b.value / a.value))
                           : a.value + s * (b.value - a.value);
        break;
      }
    }
    if (parameterInfo(name).integer) values[name] = std::round(values[name]);
  }
  return values;
}

void validateKeyframes(const Animation& animation) {
  for (std::size_t i = 0; i < animation.keyframes.size(); ++i) {
    const Keyframe& k = animation.keyframes[i];
    const std::string at = "`animation.keyframes[" + std::to_string(i) + "]";
    const ParameterInfo* info = nullptr;
    for (const auto& p : lessonParameters()) {
      if (p.name == k.parameter) info = &p;
    }
    if (!info) throw LessonError(at + ".parameter` names no parameter (\"" + k.parameter + "\").");
    if (k.value < info->lowest || k.value > info->highest) {
      throw LessonError(at + ".value` is outside the range of \"" + k.parameter + "\".");
    }
  }
}

}  // namespace ebm
