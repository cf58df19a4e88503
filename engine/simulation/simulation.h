// A running lesson, without any GUI: the data, the energies and their composition, the particles that sample
// them, the network being trained, and the frames that show it all. The window runs one on a worker thread;
// export and the command line step one frame by frame.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "io/lesson.h"
#include "simulation/frame.h"

namespace ebm {

/// What changed in a lesson, so a simulation redoes only what depends on it.
enum class LessonChange {
  Data,        ///< the data set: regenerate, restart training's buffer
  Energies,    ///< an energy's spec or the composition's structure: re-evaluate component grids
  Sampler,     ///< sampler settings: switch the sampler, keep the particles
  Training,    ///< training settings (take effect at the next start)
  View,        ///< grid resolution, shown field, score field: re-sample for drawing
  Experiment,  ///< the experiment's section (a new puzzle, other patterns): the experiment adopts it
  Everything,
};

/// One running lesson. Not thread-safe: one thread (the worker) calls everything.
class Simulation {
 public:
  /// Builds everything the lesson describes. Throws LessonError, ArgumentError or DataError with a message a
  /// teacher can act on (the lesson is then not opened).
  explicit Simulation(const Lesson& lesson);
  ~Simulation();
  Simulation(const Simulation&) = delete;
  Simulation& operator=(const Simulation&) = delete;

  /// Adopts an edited lesson. Throws as the constructor; on a throw the simulation keeps its previous state.
  void update(const Lesson& lesson, LessonChange change);
  [[nodiscard]] const Lesson& lesson() const;
  /// A slider moved: sets one named lesson parameter (io/lesson_parameters.h) — cheap, no lesson copy.
  void setParameter(const std::string& name, double value);

  /// A command for the lesson's experiment ("reheat", "step", …; see its kind). Throws ArgumentError when the
  /// lesson has no experiment or the experiment does not know the command.
  void command(const std::string& name, const nlohmann::json& arguments = nlohmann::json::object());

  /// Puts the particles back at their start (uniform in the box, or at the data), drawn from the seed.
  void resetParticles();
  /// One frame's particle steps (the sampler's stepsPerFrame), also while they are paused: Run ▸ Step.
  void stepParticles();

  /// Training control. start() begins a run or resumes a paused one (it needs data).
  void startTraining();
  void pauseTraining();
  void stopTraining();
  /// Forgets learned weights: the trained energy becomes a freshly initialized network.
  void resetTraining();
  [[nodiscard]] bool training() const;

  /// The trained energy's spec (weights inline) when it changed since the last call — for the lesson file.
  [[nodiscard]] std::optional<std::pair<int, nlohmann::json>> takeTrainedSpec();

  /// One tick of live work, spending about `budgetSeconds`: particle steps if they are playing, training
  /// iterations if a run is on, and the refreshed grids. Returns true while something is in motion.
  bool advance(double budgetSeconds);

  /// Exactly one frame of an animation: `stepsPerFrame` particle steps and `trainingIterations` training
  /// iterations, whatever the time they take — the same lesson and seed give the same frames.
  void advanceFrame(int trainingIterations = 0);

  /// A frame with everything current, or nullptr if nothing changed since the last one.
  [[nodiscard]] FramePtr takeFrame();
  /// A frame with everything current, always.
  [[nodiscard]] FramePtr currentFrame();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace ebm
