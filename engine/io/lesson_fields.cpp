#include "io/lesson_fields.h"

#include <type_traits>

#include "core/json_section.h"

namespace ebm {

const std::vector<SpecField<SamplerSpec, int>>& samplerCounts() {
  using S = SamplerSpec;
  static const std::vector<SpecField<S, int>> fields = {
      {"particles", &S::particles, 1, S::kMaxParticles}, {"stepsPerFrame", &S::stepsPerFrame, 1, 1000},
      {"leapfrogSteps", &S::leapfrogSteps, 1, 1000},     {"trailLength", &S::trailLength, 0, 64},
      {"annealSteps", &S::annealSteps, 1, 1000000},
  };
  return fields;
}

const std::vector<SpecField<SamplerSpec, double>>& samplerNumbers() {
  using S = SamplerSpec;
  static const std::vector<SpecField<S, double>> fields = {
      {"stepSize", &S::stepSize, 1e-8, 10.0},
      {"gradientClip", &S::gradientClip, 0.0, 1e9},
      {"annealFrom", &S::annealFrom, 1e-4, 1e4},
  };
  return fields;
}

const std::vector<SpecField<TrainingSpec, int>>& trainingCounts() {
  using T = TrainingSpec;
  static const std::vector<SpecField<T, int>> fields = {
      {"iterations", &T::iterations, 1, 10000000},   {"batchSize", &T::batchSize, 1, 65536},
      {"langevinSteps", &T::langevinSteps, 1, 1000}, {"hiddenUnits", &T::hiddenUnits, 1, kMaxTrainingWidth},
      {"outliers", &T::outliers, 0, 100000},
  };
  return fields;
}

const std::vector<SpecField<TrainingSpec, double>>& trainingNumbers() {
  using T = TrainingSpec;
  static const std::vector<SpecField<T, double>> fields = {
      {"learningRate", &T::learningRate, 1e-8, 1.0},   {"langevinStepSize", &T::langevinStepSize, 1e-8, 10.0},
      {"langevinNoise", &T::langevinNoise, 0.0, 10.0}, {"regularization", &T::regularization, 0.0, 100.0},
      {"noiseLevel", &T::noiseLevel, 1e-4, 10.0},      {"energyWeight", &T::energyWeight, 0.0, 100.0},
      {"marginIn", &T::marginIn, -1e4, 1e4},           {"marginOut", &T::marginOut, -1e4, 1e4},
  };
  return fields;
}

namespace {

// The first field of `spec` outside its range, as the lesson reader words it, or "".
template <class Spec, class Value>
std::string firstOutOfRange(const Spec& spec, const std::vector<SpecField<Spec, Value>>& fields,
                            const std::string& section) {
  for (const auto& field : fields) {
    const Value value = spec.*field.member;
    if (value >= field.lowest && value <= field.highest) continue;
    if constexpr (std::is_integral_v<Value>) {
      return integerOutOfRange(section + "." + field.key, value, field.lowest, field.highest);
    } else {
      return numberOutOfRange(section + "." + field.key, value, field.lowest, field.highest);
    }
  }
  return "";
}

}  // namespace

std::string SamplerSpec::validate() const {
  if (auto problem = firstOutOfRange(*this, samplerCounts(), "sampler"); !problem.empty()) return problem;
  return firstOutOfRange(*this, samplerNumbers(), "sampler");
}

std::string TrainingSpec::validate() const {
  if (auto problem = firstOutOfRange(*this, trainingCounts(), "training"); !problem.empty()) return problem;
  if (hiddenWidths.empty() || hiddenWidths.size() > 8)
    return "`training.hiddenWidths` must list 1 to 8 layer widths.";
  for (std::size_t i = 0; i < hiddenWidths.size(); ++i) {
    if (hiddenWidths[i] < 1 || hiddenWidths[i] > kMaxTrainingWidth)
      return "`training.hiddenWidths[" + std::to_string(i) + "]` must be a whole number from 1 to " +
             std::to_string(kMaxTrainingWidth) + ".";
  }
  return firstOutOfRange(*this, trainingNumbers(), "training");
}

}  // namespace ebm
