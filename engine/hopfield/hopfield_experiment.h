// The experiment of the hopfield-memory lesson: a 16×16 Hopfield network that stores bitmaps (and random
// patterns), is given a cue — a memory with noise, or painted by hand — and recalls it by asynchronous
// updates at a temperature, one unit at a time, on an energy landscape drawn over the overlaps with two
// memories.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "experiment/experiment.h"
#include "hopfield/hopfield_capacity.h"
#include "hopfield/hopfield_settings.h"

namespace ebm {

/// What the Hopfield lesson shows in one frame. Pictures are kUnits values of ±1, row by row from the top.
struct HopfieldFrame : ExperimentFrame {
  hopfield::State state, cue;
  std::vector<std::string> patternNames;               ///< every stored pattern
  std::shared_ptr<const hopfield::Patterns> patterns;  ///< N×P
  Eigen::VectorXd overlaps;                            ///< m_μ of the state with every stored pattern
  double energy = 0;
  std::int64_t updates = 0;      ///< asynchronous updates since the cue
  std::vector<int> lastUpdated;  ///< the units updated since the previous frame (the newest last)
  bool recalling = false;        ///< the dynamics runs (not paused for painting, not settled)
  bool settled = false;          ///< every unit agrees with its field: a fixed point (T = 0)
  double temperature = 0, noise = 0;
  std::string rule, cueName;
  int axes[2] = {0, 0};  ///< the patterns of the landscape's m₁ and m₂
  /// Energy and overlaps (of the first few patterns) against updates since the cue.
  std::shared_ptr<const std::vector<double>> historyUpdates, historyEnergy;
  std::shared_ptr<const std::vector<std::vector<double>>> historyOverlaps;
  std::shared_ptr<const hopfield::CapacityCurve> capacity;  ///< the last capacity sweep, or null
};

/// The Hopfield lesson's running state; settings in hopfield/hopfield_settings.h. The lesson's temperature is
/// not used: T = 0 must be reachable, so the kind has its own "hopfield.temperature".
class HopfieldExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "hopfield";
  static constexpr int kHistoryPatterns = 12;
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit HopfieldExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "cue" (a new noisy cue), "paint" {"cell", "value": ±1} (pauses the recall), "recall", "step"
  /// {"updates"}, "capacity" {"neurons", "seed"} (the capacity sweep, T = 0, Hebbian random patterns).
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  void makeCue();
  void restartFrom(const hopfield::State& cue, bool recall);
  void run(Index updates);
  void record();
  void publish();
  [[nodiscard]] Index patternIndex(const std::string& name) const;

  hopfield::HopfieldSettings settings_;
  std::shared_ptr<const hopfield::Patterns> sharedPatterns_;  ///< the same, for frames
  hopfield::Patterns patterns_;
  std::vector<std::string> names_;
  std::shared_ptr<const hopfield::Couplings> couplings_;
  std::unique_ptr<hopfield::HopfieldSystem> system_;
  std::shared_ptr<const EnergyGrid> landscape_;
  Random random_;
  std::uint64_t cueDraws_ = 0;
  hopfield::State cue_;
  std::vector<Index> order_;
  std::size_t orderAt_ = 0;
  std::int64_t updates_ = 0;
  std::int64_t warmFrom_ = 0;  ///< updates_ when the recall last started (T > 0 stops kWarmSweeps later)
  std::int64_t changesThisSweep_ = 0;
  std::vector<int> lastUpdated_;
  bool recalling_ = false;
  bool settled_ = false;
  bool playing_ = true;
  std::chrono::steady_clock::time_point lastFrameTime_{};
  std::vector<double> historyUpdates_, historyEnergy_;
  std::vector<std::vector<double>> historyOverlaps_;
  Points path_;
  std::shared_ptr<const hopfield::CapacityCurve> capacity_;
  std::shared_ptr<const HopfieldFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
