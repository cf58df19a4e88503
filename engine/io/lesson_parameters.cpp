#include "io/lesson_parameters.h"

#include "core/localized_text.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include "core/errors.h"
#include "io/experiment_kinds.h"

namespace ebm {

namespace {

ParameterInfo basics(ParameterEffect effect, std::string name, std::string label, std::string tooltip,
                     double lowest, double highest, bool logScale = false, bool integer = false) {
  ParameterInfo p;
  p.effect = effect;
  p.name = std::move(name);
  p.label = std::move(label);
  p.tooltip = std::move(tooltip);
  p.lowest = lowest;
  p.highest = highest;
  p.logScale = logScale;
  p.integer = integer;
  return p;
}

// A row of the table for a number that lives in the lesson struct.
template <typename Member>
ParameterInfo row(ParameterEffect effect, std::string name, std::string label, std::string tooltip,
                  double lowest, double highest, Member member, bool logScale = false, bool integer = false) {
  ParameterInfo p = basics(effect, std::move(name), std::move(label), std::move(tooltip), lowest, highest,
                           logScale, integer);
  p.get = [member](const Lesson& l) { return double(member(l)); };
  p.set = [member](Lesson& l, double v) {
    using Target = std::remove_reference_t<decltype(member(l))>;
    member(l) = Target(v);
  };
  return p;
}

ParameterInfo cameraRow(std::string name, std::string label, std::string tooltip, double lowest,
                        double highest) {
  ParameterInfo p =
      basics(ParameterEffect::Camera, std::move(name), std::move(label), std::move(tooltip), lowest, highest);
  p.view = true;
  return p;
}

// An experiment's own number, kept in the lesson's `experiment` section under its key.
ParameterInfo experimentRow(const std::string& kind, const ExperimentParameter& e) {
  ParameterInfo p = basics(ParameterEffect::Experiment, e.name, e.label, e.tooltip, e.lowest, e.highest,
                           e.logScale, e.integer);
  p.experiment = kind;
  p.get = [key = e.key, fallback = e.fallback](const Lesson& l) {
    const auto it = l.experiment.is_object() ? l.experiment.find(key) : l.experiment.end();
    return it != l.experiment.end() && it->is_number() ? it->get<double>() : fallback;
  };
  p.set = [key = e.key, integer = e.integer](Lesson& l, double v) {
    if (!l.experiment.is_object()) return;
    if (integer) {
      l.experiment[key] = static_cast<long long>(v);
    } else {
      l.experiment[key] = v;
    }
  };
  return p;
}

std::vector<ParameterInfo> makeTable() {
  std::vector<ParameterInfo> table = {
      row(
          ParameterEffect::Temperature, "temperature", EBM_TRANSLATE_NOOP("ebm", "Temperature T"),
          EBM_TRANSLATE_NOOP("ebm",
                             "p_T ∝ exp(−E/T): low T freezes particles into the deepest valleys, "
                             "high T melts the landscape flat"),
          0.01, 100, [](auto& l) -> auto& { return l.temperature; }, true),
      row(
          ParameterEffect::Composition, "alpha", EBM_TRANSLATE_NOOP("ebm", "Blend α"),
          EBM_TRANSLATE_NOOP(
              "ebm",
              "α·E₁ + (1−α)·E₂: slides the landscape from the second energy (α = 0) to the first (α = 1)"),
          0, 1, [](auto& l) -> auto& { return l.composition.alpha; }),
      row(
          ParameterEffect::Composition, "weight", EBM_TRANSLATE_NOOP("ebm", "Mixture weight w"),
          EBM_TRANSLATE_NOOP(
              "ebm", "−log(w·e^{−E₁} + (1−w)·e^{−E₂}): the share of probability in the first energy (OR)"),
          0, 1, [](auto& l) -> auto& { return l.composition.weight; }),
      row(
          ParameterEffect::Composition, "gamma", EBM_TRANSLATE_NOOP("ebm", "Negation γ"),
          EBM_TRANSLATE_NOOP(
              "ebm", "E₁ − γ·E₂: how strongly the second energy's likely places are pushed away (NOT)"),
          0, 5, [](auto& l) -> auto& { return l.composition.gamma; }),
      row(
          ParameterEffect::Composition, "strength", EBM_TRANSLATE_NOOP("ebm", "Rule strength λ"),
          EBM_TRANSLATE_NOOP("ebm",
                             "E + λ·rule: what breaking a rule costs; as λ grows, the probability of "
                             "breaking it falls to zero"),
          0.01, 1e4, [](auto& l) -> auto& { return l.composition.strength; }, true),
      row(
          ParameterEffect::NoiseLevel, "noiseLevel", EBM_TRANSLATE_NOOP("ebm", "Noise σ"),
          EBM_TRANSLATE_NOOP("ebm", "The data density blurred by Gaussian noise of standard deviation σ"), 0,
          3, [](auto& l) -> auto& { return l.noiseLevel; }),
      row(
          ParameterEffect::Threshold, "threshold", EBM_TRANSLATE_NOOP("ebm", "Anomaly threshold"),
          EBM_TRANSLATE_NOOP("ebm", "Points with energy above the threshold are flagged as anomalies"), -1e6,
          1e6, [](auto& l) -> auto& { return l.threshold; }),
      row(
          ParameterEffect::ClassifierMargins, "energyWeight", EBM_TRANSLATE_NOOP("ebm", "Energy weight λ"),
          EBM_TRANSLATE_NOOP(
              "ebm",
              "λ of the energy fine-tuning terms λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²]: "
              "0 trains the classifier by cross-entropy alone"),
          0, 1, [](auto& l) -> auto& { return l.training.energyWeight; }),
      row(
          ParameterEffect::ClassifierMargins, "marginIn", EBM_TRANSLATE_NOOP("ebm", "Data margin m_in"),
          EBM_TRANSLATE_NOOP("ebm",
                             "Fine-tuning pushes the energy of the labelled data below m_in (Liu et al. use "
                             "−25 on CIFAR-10)"),
          -40, 10, [](auto& l) -> auto& { return l.training.marginIn; }),
      row(
          ParameterEffect::ClassifierMargins, "marginOut", EBM_TRANSLATE_NOOP("ebm", "Outlier margin m_out"),
          EBM_TRANSLATE_NOOP(
              "ebm",
              "Fine-tuning pushes the energy of the outliers above m_out (Liu et al. use −7 on CIFAR-10)"),
          -40, 10, [](auto& l) -> auto& { return l.training.marginOut; }),
      row(
          ParameterEffect::ClassifierOutliers, "outliers", EBM_TRANSLATE_NOOP("ebm", "Outliers"),
          EBM_TRANSLATE_NOOP("ebm",
                             "How many auxiliary outliers (uniform around the data) fine-tuning trains with"),
          0, 20000, [](auto& l) -> auto& { return l.training.outliers; }, false, true),
      row(
          ParameterEffect::ParticleCount, "particles", EBM_TRANSLATE_NOOP("ebm", "Particles"),
          EBM_TRANSLATE_NOOP("ebm", "How many particles sample the landscape"), 1, SamplerSpec::kMaxParticles,
          [](auto& l) -> auto& { return l.sampler.particles; }, true, true),
      row(
          ParameterEffect::StepSize, "stepSize", EBM_TRANSLATE_NOOP("ebm", "Step size ε"),
          EBM_TRANSLATE_NOOP("ebm",
                             "Langevin step: x ← x − (ε/2)∇E/T + √ε·ξ; too large and the sampler overshoots"),
          1e-5, 1, [](auto& l) -> auto& { return l.sampler.stepSize; }, true),
      row(
          ParameterEffect::Playing, "playing", EBM_TRANSLATE_NOOP("ebm", "Particles moving"),
          EBM_TRANSLATE_NOOP("ebm", "1 = the particles move, 0 = frozen"), 0, 1,
          [](auto& l) -> auto& { return l.sampler.playing; }, false, true),
      cameraRow("camera.azimuth", EBM_TRANSLATE_NOOP("ebm", "Camera azimuth"),
                EBM_TRANSLATE_NOOP("ebm", "Turns the camera around the vertical axis (degrees)"), -3600,
                3600),
      cameraRow("camera.elevation", EBM_TRANSLATE_NOOP("ebm", "Camera elevation"),
                EBM_TRANSLATE_NOOP("ebm", "Raises the camera above the landscape (degrees)"), -89, 89),
  };
  for (const auto& kind : experimentKinds()) {
    for (const auto& e : kind.parameters)
      table.push_back(experimentRow(kind.name, e));
  }
  return table;
}

}  // namespace

const std::vector<ParameterInfo>& lessonParameters() {
  static const std::vector<ParameterInfo> parameters = makeTable();
  return parameters;
}

const ParameterInfo& parameterInfo(const std::string& name) {
  for (const auto& p : lessonParameters()) {
    if (p.name == name) return p;
  }
  throw ArgumentError("There is no parameter called \"" + name + "\".");
}

bool lessonHasParameter(const Lesson& lesson, const ParameterInfo& info) {
  if (info.experiment.empty()) return true;
  return lesson.experiment.is_object() && lesson.experiment.value("kind", std::string()) == info.experiment;
}

double parameterValue(const Lesson& lesson, const std::string& name) {
  const ParameterInfo& info = parameterInfo(name);
  if (info.view) throw ArgumentError("\"" + name + "\" is not a lesson parameter.");
  return info.get(lesson);
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
  parameterInfo(name).set(lesson, value);
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
