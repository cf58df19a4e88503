// The experiment of the attention-as-energy lesson: a query ξ on the landscape of a modern Hopfield energy,
// moved by the attention step ξ ← X·softmax(β s(ξ)), with the attention weights over the stored patterns.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "energy/analytic/modern_hopfield.h"
#include "experiment/experiment.h"

namespace ebm {

/// What the attention lesson shows in one frame (markers: the stored patterns; path: the query's steps).
struct AttentionFrame : ExperimentFrame {
  Eigen::VectorXd weights;  ///< the attention weights softmax(β s(ξ)) over the patterns, at the current ξ
  Eigen::Vector2d query = Eigen::Vector2d::Zero();  ///< ξ now
  double energy = 0;                                ///< E(ξ)
  int steps = 0;                                    ///< attention steps since the query was placed
  double beta = 1;
  bool euclidean = false, normalize = false;
};

/// The attention lesson's running state. Settings (lesson.experiment): "energy" (the index of a
/// `modern_hopfield` energy among the lesson's energies; its β, variant and patterns live in that spec only),
/// "x" and "y" (the query where it is placed). Edits of the energy restart the query there.
class AttentionExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "attention";
  /// Its sliders: the query's x and y.
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit AttentionExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "step": one attention update of ξ; "reset": ξ back to where it was placed.
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  void restart();
  void recompute();

  std::shared_ptr<const ModernHopfieldEnergy> energy_;
  Eigen::Vector2d start_ = Eigen::Vector2d::Zero();
  std::vector<Eigen::Vector2d> trace_;  ///< ξ after every step, the start first
  std::shared_ptr<const AttentionFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
