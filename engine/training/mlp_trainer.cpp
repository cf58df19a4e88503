#include "training/mlp_trainer.h"

#include "core/errors.h"

namespace ebm {
namespace {

// The network's size, once the options are known to be usable (an empty architecture has no size).
Index checkedParameterCount(const TrainerOptions& options) {
  if (const auto text = options.validate(); !text.empty()) throw ArgumentError(text);
  return options.architecture.parameterCount();
}

}  // namespace

MlpTrainer::MlpTrainer(const TrainerOptions& options, Points data)
    : NetworkTrainer(options, std::move(data), checkedParameterCount(options)),
      model_(options.architecture, options.seed) {
  begin();
}

MlpEnergyPtr MlpTrainer::modelSnapshot() const {
  return std::make_shared<const MlpEnergy>(model_.architecture(), shownParameters());
}

}  // namespace ebm
