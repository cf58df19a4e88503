#include "jobs/job_thread.h"

#include <future>

#include "core/float_mode.h"
#include "core/parallel.h"

namespace ebm {

JobThread::JobThread(std::function<bool()> tick) : tick_(std::move(tick)), thread_([this] { loop(); }) {}

JobThread::~JobThread() {
  stop();
}

void JobThread::post(std::function<void()> task) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    tasks_.push_back(std::move(task));
  }
  wake_.notify_one();
}

void JobThread::runAndWait(const std::function<void()>& task) {
  if (onJobThread()) {
    task();
    return;
  }
  // The promise lives only in the posted task: if stop() drops the task, the future reports a broken promise
  // instead of waiting forever.
  auto done = std::make_shared<std::promise<void>>();
  auto future = done->get_future();
  post([&task, done = std::move(done)] {
    try {
      task();
      done->set_value();
    } catch (...) {
      done->set_exception(std::current_exception());
    }
  });
  try {
    future.get();
  } catch (const std::future_error&) {
    // stopped before the task ran
  }
}

void JobThread::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    wantTicks_ = true;
    ++wakeSerial_;
  }
  wake_.notify_one();
}

void JobThread::pause() {
  std::lock_guard<std::mutex> lock(mutex_);
  paused_ = true;
}

void JobThread::resume() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    paused_ = false;
  }
  wake_.notify_one();
}

bool JobThread::paused() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return paused_;
}

void JobThread::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    tasks_.clear();
  }
  wake_.notify_one();
  if (thread_.joinable() && !onJobThread()) thread_.join();
}

void JobThread::loop() {
  applyBackgroundNiceness();
  enableFlushToZero();  // the simulation computes here: particles, grids, training
  for (;;) {
    std::function<void()> task;
    bool runTick = false;
    std::uint64_t serial = 0;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !tasks_.empty() || (wantTicks_ && !paused_); });
      if (stopping_) return;
      if (!tasks_.empty()) {
        task = std::move(tasks_.front());
        tasks_.pop_front();
      } else {
        runTick = true;
        serial = wakeSerial_;
      }
    }
    if (task) {
      task();
      continue;
    }
    if (runTick && !tick_()) {
      // A wake() during the tick means new work arrived: keep ticking.
      std::lock_guard<std::mutex> lock(mutex_);
      if (serial == wakeSerial_) wantTicks_ = false;
    }
  }
}

}  // namespace ebm
