// The engine's side of the window: a worker thread that owns the running lesson (ebm::Simulation), takes the
// GUI's edits and commands, and sends back frames — the newest one wins, so the GUI never falls behind.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <memory>

#include "io/lesson.h"
#include "simulation/frame.h"
#include "simulation/simulation.h"

namespace ebm {
class JobThread;
}

namespace ebmui {

/// Runs an ebm::Simulation on its own thread (ebm::JobThread). Every public call is asynchronous and safe
/// from the GUI thread; results arrive as signals on the GUI thread. At most one frame is in flight: a new
/// one is sent only after the GUI called frameConsumed(), so a slow repaint never queues stale frames. Every
/// result is stamped with the lesson it comes from, and none of a lesson since replaced by open() is
/// emitted: a frame, a failure or trained weights still in flight when a lesson opens never reach it. Calls
/// made for a replaced lesson that the engine has not got to yet are not applied.
class SimulationWorker : public QObject {
  Q_OBJECT
 public:
  explicit SimulationWorker(QObject* parent = nullptr);
  /// Stops the thread (after its current tick, well under a second) and drops the simulation.
  ~SimulationWorker() override;

  /// Builds a simulation for `lesson`; emits opened() or failed().
  void open(const ebm::Lesson& lesson);
  void update(const ebm::Lesson& lesson, ebm::LessonChange change);
  void setParameter(const QString& name, double value);
  /// A command for the lesson's experiment ("reheat", "step", …).
  void command(const std::string& name, const nlohmann::json& arguments);
  void resetParticles();
  /// One frame's particle steps, also while they are paused.
  void stepParticles();
  void startTraining();
  void pauseTraining();
  void stopTraining();
  void resetTraining();
  /// The GUI has drawn the last frame it was sent; the next one may come.
  void frameConsumed();
  /// True when the last frame sent reflects every call made so far: no edit is still on its way to the
  /// engine (a frame already in flight when the lesson changed reflects the lesson before).
  [[nodiscard]] bool frameIsCurrent() const { return frameRevision_ == posted_.load(); }
  /// How many calls the GUI has made to the engine (tests: a control reached it).
  [[nodiscard]] std::uint64_t callsPosted() const { return posted_.load(); }
  /// Blocks until the engine has applied every call made so far (tests: what those calls sent back is then
  /// queued for the GUI thread, not yet delivered).
  void waitUntilApplied();
  /// Ends the thread now (idempotent): used when the window closes. Returns once the thread has ended.
  void shutdown();
  /// True until shutdown(): the engine thread is alive.
  [[nodiscard]] bool running() const { return job_ != nullptr; }

 signals:
  void opened();
  void frameReady(const ebm::FramePtr& frame);
  /// Something the teacher must read went wrong (the lesson could not be built, a run diverged, …).
  void failed(const QString& message);
  /// New trained weights for energy `index`, as its JSON spec text, to be kept in the lesson.
  void trainedSpec(int index, const QString& specJson);

 private:
  void post(std::function<void(ebm::Simulation&)> command);
  /// The one way results cross to the GUI thread: `deliver` runs there if lesson `generation` is still the
  /// open one, else `dropped` does.
  void toGui(std::uint64_t generation, std::function<void()> deliver, std::function<void()> dropped = {});
  void sendFailure(std::uint64_t generation, const std::exception& error);
  bool tick();
  void publish();

  std::unique_ptr<ebm::Simulation> simulation_;  // touched only on the job thread
  std::unique_ptr<ebm::JobThread> job_;
  std::atomic<bool> framePending_{false};
  // Lessons opened (GUI thread), and the one the simulation runs (job thread): results of a lesson that has
  // since been replaced are dropped, so its trained weights never land in the next lesson.
  std::atomic<std::uint64_t> generation_{0};
  std::uint64_t simulationGeneration_ = 0;
  // Calls posted (GUI thread), the last one the engine has applied (job thread), and the count a frame
  // reflected when it was sent (GUI thread).
  std::atomic<std::uint64_t> posted_{0};
  std::uint64_t applied_ = 0;
  std::uint64_t frameRevision_ = 0;
};

}  // namespace ebmui
