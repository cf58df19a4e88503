// Subnormal floats are flushed on every compute thread — the guard against raw-unit data making training 10×
// slower, checked by the threads' modes rather than by timing — and a thread the engine only borrows gets its
// own modes back.
#include <gtest/gtest.h>

#include <atomic>
#include <cfloat>
#include <mutex>
#include <set>
#include <thread>

#include "core/float_mode.h"
#include "core/parallel.h"
#include "core/random.h"
#include "jobs/job_thread.h"
#include "training/dsm_trainer.h"

#if defined(__SSE__) || defined(_M_X64)
#include <xmmintrin.h>
#define HAS_MXCSR 1
#endif

namespace ebm {
namespace {

#if defined(HAS_MXCSR)
// Runs `work` on a new thread with both modes off (a new thread inherits its creator's modes on Linux).
void onThreadWithSubnormals(const std::function<void()>& work) {
  std::thread([&] {
    _mm_setcsr(_mm_getcsr() & ~0x8040u);
    work();
  }).join();
}
#define SKIP_WITHOUT_SSE() (void)0
#else
void onThreadWithSubnormals(const std::function<void()>&) {}
#define SKIP_WITHOUT_SSE() GTEST_SKIP() << "no MXCSR on this CPU"
#endif

DsmTrainer smallTrainer() {
  Points data(2, 64);
  Random random(3);
  random.fillNormal(data);
  DsmOptions o;
  o.architecture.hiddenWidths = {8};
  o.batchSize = 16;
  return DsmTrainer(o, data);
}

TEST(FloatMode, FlushingTurnsSubnormalResultsIntoZeroAndAScopeGivesTheModesBack) {
  SKIP_WITHOUT_SSE();
  onThreadWithSubnormals([] {
    volatile float tiny = FLT_MIN;  // the smallest normal float
    EXPECT_FALSE(flushToZeroEnabled());
    EXPECT_GT(float(tiny / 4.0f), 0.0f) << "a subnormal result";
    {
      const FlushToZeroScope scope;
      EXPECT_TRUE(flushToZeroEnabled());
      EXPECT_EQ(float(tiny / 4.0f), 0.0f) << "flushed";
    }
    EXPECT_FALSE(flushToZeroEnabled()) << "the scope restored the thread's modes";
    enableFlushToZero();
    EXPECT_TRUE(flushToZeroEnabled());
  });
}

TEST(FloatMode, EveryThreadOfThePoolComputesWithSubnormalsFlushed) {
  SKIP_WITHOUT_SSE();
  std::mutex mutex;
  std::set<std::thread::id> seen;
  std::atomic<int> withoutFlush{0};
  onThreadWithSubnormals([&] {
    // Many small chunks, each slow enough that every worker takes some.
    parallelFor(4000, 1, [&](Index, Index) {
      if (!flushToZeroEnabled()) ++withoutFlush;
      std::lock_guard<std::mutex> lock(mutex);
      seen.insert(std::this_thread::get_id());
      std::this_thread::sleep_for(std::chrono::microseconds(20));
    });
    EXPECT_FALSE(flushToZeroEnabled()) << "the caller got its modes back";
  });
  EXPECT_EQ(withoutFlush.load(), 0);
  EXPECT_EQ(int(seen.size()), parallelThreadCount()) << "every pool thread ran chunks";
}

TEST(FloatMode, TheSimulationWorkerThreadFlushesSubnormals) {
  SKIP_WITHOUT_SSE();
  std::atomic<int> answer{-1};
  onThreadWithSubnormals([&] {
    JobThread job([] { return false; });
    job.runAndWait([&] { answer = flushToZeroEnabled() ? 1 : 0; });
  });
  EXPECT_EQ(answer.load(), 1);
}

TEST(FloatMode, ATrainersRunFlushesSubnormalsOnItsThreadAndRestoresThem) {
  SKIP_WITHOUT_SSE();
  onThreadWithSubnormals([] {
    DsmTrainer trainer = smallTrainer();
    int flushedCallbacks = 0;
    (void)trainer.run({3, 0, 1}, [&](const TrainingMetrics&) {
      flushedCallbacks += flushToZeroEnabled();
      return CallbackResult::kContinue;
    });
    EXPECT_EQ(flushedCallbacks, 3);
    EXPECT_FALSE(flushToZeroEnabled());
    (void)trainer.step();
    EXPECT_FALSE(flushToZeroEnabled()) << "a step borrows the thread and gives its modes back";
  });
}

}  // namespace
}  // namespace ebm
