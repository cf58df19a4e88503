// Subnormal floats are flushed on every compute thread: the guard against raw-unit data making training 10×
// slower, checked by the thread modes themselves rather than by timing.
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

namespace ebm {
namespace {

#if !defined(__SSE__) && !defined(_M_X64)
#define SKIP_WITHOUT_SSE() GTEST_SKIP() << "no MXCSR on this CPU"
#else
#define SKIP_WITHOUT_SSE() (void)0
#endif

TEST(FloatMode, EnablingFlushesSubnormalResultsToZero) {
  SKIP_WITHOUT_SSE();
  std::thread([] {
    volatile float tiny = FLT_MIN;  // the smallest normal float
    EXPECT_FALSE(flushToZeroEnabled()) << "a new thread starts with subnormals on";
    EXPECT_GT(float(tiny / 4.0f), 0.0f) << "a subnormal result";
    enableFlushToZero();
    EXPECT_TRUE(flushToZeroEnabled());
    EXPECT_EQ(float(tiny / 4.0f), 0.0f) << "flushed";
  }).join();
}

TEST(FloatMode, EveryThreadOfThePoolComputesWithSubnormalsFlushed) {
  SKIP_WITHOUT_SSE();
  const int threads = parallelThreadCount();
  std::mutex mutex;
  std::set<std::thread::id> seen;
  std::atomic<int> withoutFlush{0};
  // Many small chunks, each slow enough that every worker takes some.
  std::thread([&] {
    parallelFor(4000, 1, [&](Index, Index) {
      if (!flushToZeroEnabled()) ++withoutFlush;
      std::lock_guard<std::mutex> lock(mutex);
      seen.insert(std::this_thread::get_id());
      std::this_thread::sleep_for(std::chrono::microseconds(20));
    });
  }).join();  // the caller is a fresh thread: parallelFor sets the mode on it too
  EXPECT_EQ(withoutFlush.load(), 0);
  EXPECT_EQ(int(seen.size()), threads) << "every pool thread ran chunks";
}

TEST(FloatMode, TheSimulationWorkerThreadFlushesSubnormals) {
  SKIP_WITHOUT_SSE();
  std::atomic<int> answer{-1};
  JobThread job([] { return false; });
  job.runAndWait([&] { answer = flushToZeroEnabled() ? 1 : 0; });
  EXPECT_EQ(answer.load(), 1);
}

TEST(FloatMode, ATrainersStepFlushesSubnormalsOnItsThread) {
  SKIP_WITHOUT_SSE();
  Points data(2, 64);
  Random random(3);
  random.fillNormal(data);
  std::thread([&] {
    DsmOptions o;
    o.architecture.hiddenWidths = {8};
    o.batchSize = 16;
    DsmTrainer trainer(o, data);
    EXPECT_FALSE(flushToZeroEnabled());
    (void)trainer.step();
    EXPECT_TRUE(flushToZeroEnabled());
  }).join();
}

}  // namespace
}  // namespace ebm
