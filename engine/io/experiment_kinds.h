// The kinds of experiment a lesson can hold (lesson.experiment.kind): the one table that names each kind, its
// sliders and how to build it. Adding a kind is a row here and the kind's own files.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "experiment/experiment.h"

namespace ebm {

struct ExperimentKind {
  std::string name;                             ///< the `kind` of a lesson's `experiment` section
  std::vector<ExperimentParameter> parameters;  ///< its sliders, beside the lesson-wide ones
  /// Builds a running experiment; throws LessonError naming the path of a bad setting.
  std::function<std::unique_ptr<Experiment>(const ExperimentContext&)> make;
};

/// Every kind, in the order File ▸ Built-in Lessons lists their lessons.
[[nodiscard]] const std::vector<ExperimentKind>& experimentKinds();
/// The kind of that name; throws LessonError naming `path` for an unknown one.
[[nodiscard]] const ExperimentKind& experimentKind(const std::string& name,
                                                   const std::string& path = "experiment.kind");
/// Builds the experiment a settings object describes (its "kind" picks the kind). Throws LessonError.
[[nodiscard]] std::unique_ptr<Experiment> makeExperiment(const ExperimentContext& context);

}  // namespace ebm
