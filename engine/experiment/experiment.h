// The interface of a lesson's experiment: the part of a lesson that is not a density over points — a Sudoku
// solved by energy descent, a Hopfield network recalling a memory, a recommender's softmax over items. A
// Simulation runs it on the worker thread beside (or instead of) the density of the lesson's energies.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/box.h"
#include "core/types.h"
#include "energy/energy_grid.h"

namespace ebm {

/// What an experiment shows in one frame, immutable once published. Each kind derives its own frame with what
/// its panel and stage draw; the members here are what the landscape views draw for any kind.
struct ExperimentFrame {
  virtual ~ExperimentFrame() = default;
  std::string kind;
  /// A 2D field the landscape and the map draw in place of the lesson's energy (null: the lesson's energy).
  std::shared_ptr<const EnergyGrid> landscape;
  /// Labelled points drawn on the landscape (stored memories, items, …), 2×N, and a label per point.
  Points markers;
  std::vector<int> markerLabels;
  /// Where the experiment's state has been on the landscape, oldest first, 2×K; the last column is now.
  Points path;
};

/// A number of an experiment kind that a slider moves and a keyframe animates, kept in the lesson's
/// `experiment` section under `key`. Experiments also receive the lesson-wide "temperature".
struct ExperimentParameter {
  std::string name;     ///< unique among all lesson parameters, e.g. "hopfield.noise"
  std::string label;    ///< for people: "Cue noise"
  std::string tooltip;  ///< the physics in one line
  double lowest = 0, highest = 1;
  bool logScale = false;
  bool integer = false;
  std::string key;      ///< the member of the `experiment` section that holds it
  double fallback = 0;  ///< its value when the section does not say
};

/// What an experiment is built from: its section of the lesson and the lesson-wide settings it may use.
struct ExperimentContext {
  nlohmann::json settings;   ///< the lesson's `experiment` object (with "kind")
  double temperature = 1.0;  ///< the lesson's T
  bool playing = true;       ///< the lesson's Play/Pause (Space): whether the experiment moves by itself
  Box box;                   ///< the lesson's box
  std::vector<nlohmann::json> energySpecs;  ///< the lesson's energies' specs, for a kind that reads one
  std::string path = "experiment";          ///< JSON path of `settings`, for error messages
};

/// A running experiment. Not thread-safe: one thread (the simulation's) calls everything. Constructors and
/// update() throw LessonError naming the JSON path of a bad setting; command() throws ArgumentError.
class Experiment {
 public:
  virtual ~Experiment() = default;

  /// The lesson's experiment section was edited (not a slider): adopt it, restarting what depends on it.
  virtual void update(const ExperimentContext& context) = 0;
  /// A lesson parameter moved: "temperature", "playing" (1 or 0) or one of the kind's own (already in its
  /// admissible range).
  virtual void setParameter(const std::string& name, double value) = 0;
  /// A command from the kind's panel — "reheat", "step", "paint" with {"cell": 17, "value": 1}, … Throws
  /// ArgumentError for a command the kind does not know or arguments that do not fit.
  virtual void command(const std::string& name, const nlohmann::json& arguments) = 0;
  /// Live work for about `budgetSeconds`. Returns true while the experiment moves by itself.
  virtual bool advance(double budgetSeconds) = 0;
  /// One frame of an animation: a fixed amount of work, so the same lesson gives the same frames.
  virtual void advanceFrame() = 0;
  /// The current state when it changed since the last call (or always, with `always`); else nullptr.
  [[nodiscard]] virtual std::shared_ptr<const ExperimentFrame> takeFrame(bool always) = 0;
};

}  // namespace ebm
