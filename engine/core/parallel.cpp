#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "core/float_mode.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ebm {
namespace {

std::atomic<int> niceness{0};

// The pool's workers sleep on a condition variable between jobs and claim chunks from an atomic counter,
// so an uneven chunk never leaves a core idle. One job runs at a time (jobMutex_).
class Pool {
 public:
  static Pool& instance() {
    static Pool pool;
    return pool;
  }

  int threads() const { return threads_.load(); }

  void setThreads(int threads) {
    std::lock_guard<std::mutex> job(jobMutex_);
    stopWorkers();
    threads_ = std::max(1, threads);
    startWorkers();
  }

  void run(Index count, Index grain, const std::function<void(Index, Index)>& body) {
    if (count <= 0) return;
    const FlushToZeroScope flushed;  // the caller computes chunks too, and gets its own modes back after
    grain = std::max<Index>(1, grain);
    const Index chunks = (count + grain - 1) / grain;
    if (insideBody_ || chunks == 1 || threads_ == 1) {
      for (Index c = 0; c < chunks; ++c)
        body(c * grain, std::min(count, (c + 1) * grain));
      return;
    }
    std::lock_guard<std::mutex> job(jobMutex_);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      body_ = &body;
      count_ = count;
      grain_ = grain;
      chunks_ = chunks;
      next_ = 0;
      pending_ = Index(workers_.size());
      error_ = nullptr;
      ++generation_;
    }
    wake_.notify_all();
    work();
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return pending_ == 0; });
    body_ = nullptr;
    if (error_) std::rethrow_exception(error_);
  }

 private:
  Pool() {
    threads_ = std::max(1u, std::thread::hardware_concurrency());
    startWorkers();
  }
  ~Pool() { stopWorkers(); }

  void startWorkers() {
    stopping_ = false;
    for (int i = 1; i < threads_; ++i) {
      workers_.emplace_back([this] {
        applyBackgroundNiceness();
        enableFlushToZero();
        loop();
      });
    }
  }

  void stopWorkers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (auto& worker : workers_)
      worker.join();
    workers_.clear();
  }

  void loop() {
    std::uint64_t seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
        if (stopping_) return;
        seen = generation_;
      }
      work();
      std::lock_guard<std::mutex> lock(mutex_);
      if (--pending_ == 0) done_.notify_one();
    }
  }

  void work() {
    insideBody_ = true;
    for (;;) {
      const Index c = next_.fetch_add(1);
      if (c >= chunks_) break;
      try {
        (*body_)(c * grain_, std::min(count_, (c + 1) * grain_));
      } catch (...) {
        std::lock_guard<std::mutex> lock(errorMutex_);
        if (!error_) error_ = std::current_exception();
      }
    }
    insideBody_ = false;
  }

  std::atomic<int> threads_{1};
  std::vector<std::thread> workers_;
  std::mutex jobMutex_, mutex_, errorMutex_;
  std::condition_variable wake_, done_;
  const std::function<void(Index, Index)>* body_ = nullptr;
  Index count_ = 0, grain_ = 1, chunks_ = 0, pending_ = 0;
  std::atomic<Index> next_{0};
  std::uint64_t generation_ = 0;
  bool stopping_ = false;
  std::exception_ptr error_;
  static thread_local bool insideBody_;
};

thread_local bool Pool::insideBody_ = false;

}  // namespace

void parallelFor(Index count, Index grain, const std::function<void(Index, Index)>& body) {
  Pool::instance().run(count, grain, body);
}

int parallelThreadCount() {
  return Pool::instance().threads();
}

void setParallelThreadCount(int threads) {
  Pool::instance().setThreads(threads);
}

void setBackgroundNiceness(int value) {
  value = std::clamp(value, 0, 19);
  if (niceness.exchange(value) == value) return;
  Pool::instance().setThreads(Pool::instance().threads());  // fresh workers start at the new niceness
}

int backgroundNiceness() {
  return niceness.load();
}

void applyBackgroundNiceness() {
#if defined(__linux__)
  const int extra = niceness.load();
  if (extra == 0) return;
  // Linux: PRIO_PROCESS with a thread id addresses that one thread; the process id is its main thread.
  const int base = getpriority(PRIO_PROCESS, id_t(getpid()));
  const auto thread = id_t(gettid());
  const int wanted = std::min(19, std::max(base + extra, getpriority(PRIO_PROCESS, thread)));
  // An error (a sandbox that forbids it) leaves the thread as it was: a slower window, nothing wrong.
  (void)setpriority(PRIO_PROCESS, thread, wanted);
#endif
}

}  // namespace ebm
