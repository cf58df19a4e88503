// The experiment of the softmax-temperature lesson: a recommender whose users and items are points in a 2D
// embedding, E(u, i) = −U_u·V_i, and p(i | u) ∝ exp(−E(u, i)/τ) — a Boltzmann distribution over the items —
// beside a categorical data set read as energies u_i = −log p_i ("energy is surprise").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/random.h"
#include "experiment/experiment.h"

namespace ebm {

/// What the softmax lesson shows in one frame.
struct SoftmaxFrame : ExperimentFrame {
  std::vector<std::string> userNames, itemNames;
  int user = 0;                       ///< the chosen user
  double temperature = 1;             ///< τ
  std::vector<double> energies;       ///< E(u, i) for the chosen user, per item
  std::vector<double> probabilities;  ///< p(i | u) at τ
  double entropy = 0;                 ///< H(p) in nats
  std::vector<int> recommended;       ///< how often each item came up in the last draw of recommendations
  int draws = 0;                      ///< recommendations in that draw (0: none drawn yet)
  std::vector<std::string> categoryNames;
  std::vector<double> categoryCounts, categoryProbabilities, categorySurprise;  ///< surprise in nats
};

/// The softmax lesson's running state. Settings (lesson.experiment): "users" and "items" as arrays of
/// {"name", "embedding": [x, y]}, "user" (the chosen one), "draws" (recommendations per draw), "seed", and
/// optional "categories" as {"name", "count"}. The temperature τ is the lesson's T.
class SoftmaxExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "softmax";
  /// Its sliders: the chosen user (keyframes can walk through the users).
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit SoftmaxExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "recommend": draws `draws` recommendations for the chosen user from p(i | u).
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  struct Choice {
    std::string name;
    double x = 0, y = 0;
  };
  void read(const ExperimentContext& context);
  void recompute();
  void rebuildLandscape();

  std::vector<Choice> users_, items_;
  std::vector<std::string> categoryNames_;
  std::vector<double> categoryCounts_;
  int user_ = 0;
  int drawsPerRecommendation_ = 20;
  double temperature_ = 1;
  Box box_;
  Random random_;
  std::vector<int> recommended_;
  int draws_ = 0;
  std::shared_ptr<const EnergyGrid> landscape_;
  std::shared_ptr<const SoftmaxFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
