// The numbers of a lesson's sampler and training sections with their admissible ranges, in one table each:
// the lesson reader reads them, the writer writes them, and SamplerSpec/TrainingSpec::validate() check them.
#pragma once

#include <string>
#include <vector>

#include "core/errors.h"
#include "io/lesson.h"

namespace ebm {

/// One number of a settings section: its key in the lesson file, where it lives, and its range.
template <class Spec, class Value>
struct SpecField {
  const char* key;
  Value Spec::*member;
  Value lowest, highest;
};

[[nodiscard]] const std::vector<SpecField<SamplerSpec, int>>& samplerCounts();
[[nodiscard]] const std::vector<SpecField<SamplerSpec, double>>& samplerNumbers();
[[nodiscard]] const std::vector<SpecField<TrainingSpec, int>>& trainingCounts();
[[nodiscard]] const std::vector<SpecField<TrainingSpec, double>>& trainingNumbers();

/// The field of that key among `fields`; throws ArgumentError for an unknown key.
template <class Spec, class Value>
[[nodiscard]] const SpecField<Spec, Value>& specField(const std::vector<SpecField<Spec, Value>>& fields,
                                                      const std::string& key) {
  for (const auto& field : fields) {
    if (key == field.key) return field;
  }
  throw ArgumentError("There is no setting called \"" + key + "\".");
}

/// A training width (hiddenWidths, hiddenUnits) a lesson allows; a spec read elsewhere may be wider.
constexpr int kMaxTrainingWidth = 1024;

}  // namespace ebm
