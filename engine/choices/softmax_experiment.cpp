#include "choices/softmax_experiment.h"

#include <algorithm>
#include <cmath>

#include "choices/softmax.h"
#include "core/errors.h"
#include "core/json_read.h"
#include "core/json_section.h"
#include "core/localized_text.h"

namespace ebm {
namespace {

constexpr int kMaxChoices = 64;
constexpr int kLandscapeNodes = 97;
constexpr int kMaxDraws = 100000;

}  // namespace

std::vector<ExperimentParameter> SoftmaxExperiment::parameters() {
  return {
      {"softmax.user", EBM_TRANSLATE_NOOP("ebm", "User"),
       EBM_TRANSLATE_NOOP("ebm", "Whose recommendations: p(i | u) ∝ exp(U_u·V_i / τ) for the chosen user u"),
       0, kMaxChoices - 1, false, true, "user", 0}};
}

SoftmaxExperiment::SoftmaxExperiment(const ExperimentContext& context) {
  update(context);
}

void SoftmaxExperiment::read(const ExperimentContext& context) {
  JsonSection section(context.settings, context.path);
  (void)section.text("kind", kKind);
  auto choices = [&](const std::string& key, std::size_t least) {
    const auto& list = json_read::array(section.at(key), section.path(key));
    if (list.size() < least || list.size() > std::size_t(kMaxChoices)) {
      throw LessonError("`" + section.path(key) + "` must list " + std::to_string(least) + " to " +
                        std::to_string(kMaxChoices) + " entries.");
    }
    std::vector<Choice> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = section.path(key) + "[" + std::to_string(i) + "]";
      JsonSection entry(list[i], at);
      Choice c;
      c.name = entry.text("name", key.substr(0, key.size() - 1) + " " + std::to_string(i + 1));
      const auto e = json_read::vector(entry.at("embedding"), entry.path("embedding"), 2);
      c.x = e[0];
      c.y = e[1];
      out.push_back(std::move(c));
    }
    return out;
  };
  users_ = choices("users", 1);
  items_ = choices("items", 2);
  user_ = section.integer("user", 0, 0, kMaxChoices - 1);
  if (user_ >= int(users_.size())) {
    throw LessonError("`" + section.path("user") + "` is " + std::to_string(user_) + " but there are only " +
                      std::to_string(users_.size()) + " users (counted from 0).");
  }
  drawsPerRecommendation_ = section.integer("draws", 20, 1, kMaxDraws);
  random_ = Random(section.seed("seed", 5));
  categoryNames_.clear();
  categoryCounts_.clear();
  if (section.has("categories")) {
    const auto& list = json_read::array(section.at("categories"), section.path("categories"));
    for (std::size_t i = 0; i < list.size(); ++i) {
      JsonSection entry(list[i], section.path("categories") + "[" + std::to_string(i) + "]");
      categoryNames_.push_back(entry.text("name", "category " + std::to_string(i + 1)));
      categoryCounts_.push_back(entry.number("count", 0, 0, 1e15));
    }
    if (!categoryCounts_.empty()) {
      try {
        (void)surpriseFromCounts(categoryCounts_);
      } catch (const ArgumentError& e) {
        throw LessonError("`" + section.path("categories") + "`: " + e.what());
      }
    }
  }
  temperature_ = context.temperature;
  if (context.box.dimension != 2) throw LessonError("The softmax lesson needs a 2D `box`.");
  box_ = context.box;
}

void SoftmaxExperiment::update(const ExperimentContext& context) {
  read(context);
  recommended_.assign(items_.size(), 0);
  draws_ = 0;
  rebuildLandscape();
  recompute();
}

void SoftmaxExperiment::setParameter(const std::string& name, double value) {
  if (name == "temperature") {
    temperature_ = value;
  } else if (name == "softmax.user") {
    const int user = std::clamp(int(std::lround(value)), 0, int(users_.size()) - 1);
    if (user == user_) return;
    user_ = user;
    recommended_.assign(items_.size(), 0);
    draws_ = 0;
    rebuildLandscape();
  } else {
    return;
  }
  recompute();
}

void SoftmaxExperiment::command(const std::string& name, const nlohmann::json& /*arguments*/) {
  if (name != "recommend") throw ArgumentError("The softmax lesson has no command \"" + name + "\".");
  recommended_ = drawChoices(frame_->probabilities, drawsPerRecommendation_, random_);
  draws_ = drawsPerRecommendation_;
  recompute();
}

bool SoftmaxExperiment::advance(double /*budgetSeconds*/) {
  return false;  // nothing moves by itself: the class moves τ and picks users
}

void SoftmaxExperiment::advanceFrame() {}

// The energy of a hypothetical item at x for the chosen user, E(x) = −U_u·x: a tilted plane that falls
// towards the user's direction, so items further along it are likelier.
void SoftmaxExperiment::rebuildLandscape() {
  auto grid = std::make_shared<EnergyGrid>();
  grid->lattice = Lattice::over(box_, kLandscapeNodes);
  const Points nodes = grid->lattice.allNodes();
  const Choice& u = users_[std::size_t(user_)];
  grid->values = -(float(u.x) * nodes.row(0) + float(u.y) * nodes.row(1)).transpose();
  landscape_ = grid;
}

void SoftmaxExperiment::recompute() {
  auto frame = std::make_shared<SoftmaxFrame>();
  frame->kind = kKind;
  frame->landscape = landscape_;
  const Index n = Index(items_.size() + users_.size());
  frame->markers.resize(2, n);
  for (std::size_t i = 0; i < items_.size(); ++i) {
    frame->markers(0, Index(i)) = float(items_[i].x);
    frame->markers(1, Index(i)) = float(items_[i].y);
    frame->markerLabels.push_back(0);
  }
  for (std::size_t k = 0; k < users_.size(); ++k) {
    const Index c = Index(items_.size() + k);
    frame->markers(0, c) = float(users_[k].x);
    frame->markers(1, c) = float(users_[k].y);
    frame->markerLabels.push_back(int(k) == user_ ? 2 : 1);
  }
  for (const auto& u : users_)
    frame->userNames.push_back(u.name);
  for (const auto& i : items_)
    frame->itemNames.push_back(i.name);
  frame->user = user_;
  frame->temperature = temperature_;
  const Choice& u = users_[std::size_t(user_)];
  for (const auto& i : items_)
    frame->energies.push_back(-(u.x * i.x + u.y * i.y));
  frame->probabilities = boltzmannChoice(frame->energies, temperature_);
  frame->entropy = entropyNats(frame->probabilities);
  frame->recommended = recommended_;
  frame->draws = draws_;
  frame->categoryNames = categoryNames_;
  frame->categoryCounts = categoryCounts_;
  if (!categoryCounts_.empty()) {
    frame->categorySurprise = surpriseFromCounts(categoryCounts_);
    double total = 0;
    for (double c : categoryCounts_)
      total += c;
    for (double c : categoryCounts_)
      frame->categoryProbabilities.push_back(c / total);
  }
  frame_ = frame;
  changed_ = true;
}

std::shared_ptr<const ExperimentFrame> SoftmaxExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
