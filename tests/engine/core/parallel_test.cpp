// parallelFor: every index exactly once, fixed chunk boundaries, exceptions reach the caller; background
// threads run nicer than the process when asked.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/parallel.h"
#include "jobs/job_thread.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ebm {
namespace {

TEST(ParallelFor, VisitsEveryIndexExactlyOnce) {
  std::vector<std::atomic<int>> visits(100003);
  parallelFor(Index(visits.size()), 1000, [&](Index begin, Index end) {
    for (Index i = begin; i < end; ++i)
      visits[std::size_t(i)]++;
  });
  for (const auto& v : visits)
    ASSERT_EQ(v.load(), 1);
}

TEST(ParallelFor, ChunksDependOnlyOnCountAndGrain) {
  for (int threads : {1, 2, 3}) {
    setParallelThreadCount(threads);
    std::vector<std::pair<Index, Index>> chunks(10);
    parallelFor(95, 10, [&](Index begin, Index end) { chunks[std::size_t(begin / 10)] = {begin, end}; });
    EXPECT_EQ(chunks[0], std::make_pair(Index(0), Index(10)));
    EXPECT_EQ(chunks[9], std::make_pair(Index(90), Index(95)));
  }
  setParallelThreadCount(2);
}

TEST(ParallelFor, NestedCallsRunInline) {
  std::atomic<int> total{0};
  parallelFor(8, 1,
              [&](Index, Index) { parallelFor(10, 2, [&](Index b, Index e) { total += int(e - b); }); });
  EXPECT_EQ(total.load(), 80);
}

TEST(ParallelFor, RethrowsTheFirstExceptionAfterAllChunksEnd) {
  std::atomic<int> ran{0};
  EXPECT_THROW(parallelFor(50, 1,
                           [&](Index begin, Index) {
                             ++ran;
                             if (begin == 7) throw std::runtime_error("chunk 7");
                           }),
               std::runtime_error);
  EXPECT_EQ(ran.load(), 50);
}

#if defined(__linux__)
// The pool's workers and a JobThread started after setBackgroundNiceness(5) run 5 steps nicer than the main
// thread; the thread that calls parallelFor keeps its own niceness.
TEST(BackgroundNiceness, PoolWorkersAndJobThreadsRunNicer) {
  const auto niceOf = [] { return getpriority(PRIO_PROCESS, id_t(gettid())); };
  const int base = getpriority(PRIO_PROCESS, id_t(getpid()));
  if (base + 5 > 19 || niceOf() != base)
    GTEST_SKIP() << "this test process already runs at niceness " << base;
  setBackgroundNiceness(5);
  EXPECT_EQ(backgroundNiceness(), 5);
  int onJobThread = -100;
  {
    JobThread job([] { return false; });
    job.runAndWait([&] { onJobThread = niceOf(); });
  }
  EXPECT_EQ(onJobThread, base + 5);

  const auto caller = std::this_thread::get_id();
  std::mutex mutex;
  std::vector<int> workerNiceness;
  parallelFor(64, 1, [&](Index, Index) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (std::this_thread::get_id() == caller) return;
    std::lock_guard<std::mutex> lock(mutex);
    workerNiceness.push_back(niceOf());
  });
  EXPECT_EQ(niceOf(), base);
  if (parallelThreadCount() > 1) {
    ASSERT_FALSE(workerNiceness.empty());
    for (int n : workerNiceness)
      EXPECT_EQ(n, base + 5);
  }
  setBackgroundNiceness(0);  // fresh workers, started by this (un-niced) thread
  EXPECT_EQ(backgroundNiceness(), 0);
}
#endif

}  // namespace
}  // namespace ebm
