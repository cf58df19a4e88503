// A worker thread that owns engine objects: it runs posted tasks in order and, while work is under way,
// a repeating tick (training steps, particle steps), so the caller's thread never computes.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ebm {

/// An actor thread. Everything that touches the objects it owns runs on it: tasks posted with post() (in
/// order, between ticks) and the tick function, which runs again and again while it returns true ("more
/// work") and the thread is not paused. A tick should take well under 50 ms, so pause, new tasks and stop()
/// are answered within one tick. post() and the controls are thread-safe; the destructor stops and joins.
class JobThread {
 public:
  /// `tick` is called on the job thread; it returns true while it has more work to do.
  explicit JobThread(std::function<bool()> tick);
  ~JobThread();
  JobThread(const JobThread&) = delete;
  JobThread& operator=(const JobThread&) = delete;

  /// Runs `task` on the job thread after the tasks posted before it.
  void post(std::function<void()> task);
  /// Runs `task` on the job thread and waits for it (for reads in tests and shutdown; never from the job
  /// thread).
  void runAndWait(const std::function<void()>& task);
  /// Asks for ticks again (after the tick function returned false, or after something made new work).
  void wake();
  /// Stops calling tick (tasks still run) until resume().
  void pause();
  void resume();
  [[nodiscard]] bool paused() const;
  /// Ends the thread after the running tick or task; tasks not yet run are dropped. Idempotent.
  void stop();
  /// True on the job thread itself.
  [[nodiscard]] bool onJobThread() const { return std::this_thread::get_id() == thread_.get_id(); }

 private:
  void loop();

  std::function<bool()> tick_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> tasks_;
  bool wantTicks_ = false;
  std::uint64_t wakeSerial_ = 0;
  bool paused_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace ebm
