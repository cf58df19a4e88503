#include "io/experiment_kinds.h"

#include "attention/attention_experiment.h"
#include "choices/softmax_experiment.h"
#include "contrastive/contrastive_experiment.h"
#include "core/errors.h"
#include "hopfield/hopfield_experiment.h"
#include "sequences/sequence_experiment.h"
#include "sudoku/sudoku_experiment.h"

namespace ebm {
namespace {

template <typename Kind>
ExperimentKind kindOf() {
  return {Kind::kKind, Kind::parameters(),
          [](const ExperimentContext& context) -> std::unique_ptr<Experiment> {
            return std::make_unique<Kind>(context);
          }};
}

}  // namespace

const std::vector<ExperimentKind>& experimentKinds() {
  static const std::vector<ExperimentKind> kinds = {
      kindOf<SudokuExperiment>(),   kindOf<SoftmaxExperiment>(),  kindOf<ContrastiveExperiment>(),
      kindOf<SequenceExperiment>(), kindOf<HopfieldExperiment>(), kindOf<AttentionExperiment>()};
  return kinds;
}

const ExperimentKind& experimentKind(const std::string& name, const std::string& path) {
  std::string known;
  for (const auto& kind : experimentKinds()) {
    if (kind.name == name) return kind;
    known += (known.empty() ? "" : ", ") + kind.name;
  }
  throw LessonError("`" + path + "` is \"" + name + "\"; the kinds of experiment are " + known + ".");
}

std::unique_ptr<Experiment> makeExperiment(const ExperimentContext& context) {
  if (!context.settings.is_object() || !context.settings.contains("kind") ||
      !context.settings["kind"].is_string()) {
    throw LessonError("`" + context.path + "` must be an object with a \"kind\".");
  }
  return experimentKind(context.settings["kind"].get<std::string>(), context.path + ".kind").make(context);
}

}  // namespace ebm
