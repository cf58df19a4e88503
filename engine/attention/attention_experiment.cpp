#include "attention/attention_experiment.h"

#include "core/errors.h"
#include "core/json_section.h"
#include "core/localized_text.h"
#include "io/energy_spec.h"

namespace ebm {
namespace {

constexpr double kQueryRange = 100;  // |x|, |y| of the query; the box clips what is seen
constexpr int kMaxTrace = 1000;      // steps kept on the path (a settled query adds nothing to see)

}  // namespace

std::vector<ExperimentParameter> AttentionExperiment::parameters() {
  return {{"attention.x", EBM_TRANSLATE_NOOP("ebm", "Query x"),
           EBM_TRANSLATE_NOOP("ebm", "Where the query ξ starts (x); Step moves it by one attention update"),
           -5, 5, false, false, "x", 0},
          {"attention.y", EBM_TRANSLATE_NOOP("ebm", "Query y"),
           EBM_TRANSLATE_NOOP("ebm", "Where the query ξ starts (y); Step moves it by one attention update"),
           -5, 5, false, false, "y", 0}};
}

AttentionExperiment::AttentionExperiment(const ExperimentContext& context) {
  update(context);
}

void AttentionExperiment::update(const ExperimentContext& context) {
  JsonSection section(context.settings, context.path);
  (void)section.text("kind", kKind);
  const int index = section.integer("energy", 0, 0, 1000);
  if (index >= int(context.energySpecs.size())) {
    throw LessonError("`" + section.path("energy") + "` is " + std::to_string(index) +
                      " but the lesson has " + std::to_string(context.energySpecs.size()) +
                      " energies (counted from 0).");
  }
  const std::string at = "energies[" + std::to_string(index) + "].spec";
  auto energy =
      std::dynamic_pointer_cast<const ModernHopfieldEnergy>(buildEnergy(context.energySpecs[index], at));
  if (!energy || energy->dimension() != 2) {
    throw LessonError("`" + section.path("energy") + "` must name a 2D \"modern_hopfield\" energy (`" + at +
                      "` is another kind).");
  }
  energy_ = energy;
  start_ = {section.number("x", 0, -kQueryRange, kQueryRange),
            section.number("y", 0, -kQueryRange, kQueryRange)};
  restart();
}

void AttentionExperiment::restart() {
  trace_.assign(1, start_);
  recompute();
}

void AttentionExperiment::setParameter(const std::string& name, double value) {
  if (name == "attention.x") {
    start_.x() = value;
  } else if (name == "attention.y") {
    start_.y() = value;
  } else {
    return;  // temperature and playing: the query's steps are deterministic and made by hand
  }
  restart();
}

void AttentionExperiment::command(const std::string& name, const nlohmann::json& /*arguments*/) {
  if (name == "reset") {
    restart();
    return;
  }
  if (name != "step") throw ArgumentError("The attention lesson has no command \"" + name + "\".");
  if (int(trace_.size()) > kMaxTrace) trace_.erase(trace_.begin() + 1);
  trace_.emplace_back(energy_->update(trace_.back()));
  recompute();
}

bool AttentionExperiment::advance(double /*budgetSeconds*/) {
  return false;  // the class presses Step; the particles move with the lesson's sampler
}

void AttentionExperiment::advanceFrame() {}

void AttentionExperiment::recompute() {
  auto frame = std::make_shared<AttentionFrame>();
  frame->kind = kKind;
  const Eigen::MatrixXd& patterns = energy_->patterns();
  frame->markers = patterns.cast<float>();
  frame->markerLabels.assign(std::size_t(patterns.cols()), 0);
  frame->path.resize(2, Index(trace_.size()));
  for (std::size_t k = 0; k < trace_.size(); ++k)
    frame->path.col(Index(k)) = trace_[k].cast<float>();
  frame->query = trace_.back();
  frame->weights = energy_->weights(frame->query);
  frame->energy = energy_->energy(frame->query);
  frame->steps = int(trace_.size()) - 1;
  frame->beta = energy_->parameters().beta;
  frame->euclidean = energy_->parameters().euclidean;
  frame->normalize = energy_->parameters().normalize;
  frame_ = frame;
  changed_ = true;
}

std::shared_ptr<const ExperimentFrame> AttentionExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
