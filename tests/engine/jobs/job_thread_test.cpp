// The job thread: tasks in order between ticks, pause/resume, and stops answered within one tick.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "jobs/job_thread.h"
#include "jobs/progress.h"

namespace ebm {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

TEST(JobThread, RunsTasksInTheOrderTheyWerePosted) {
  std::vector<int> order;
  JobThread job([] { return false; });
  for (int i = 0; i < 100; ++i)
    job.post([&order, i] { order.push_back(i); });
  job.runAndWait([] {});
  ASSERT_EQ(order.size(), 100u);
  for (int i = 0; i < 100; ++i)
    EXPECT_EQ(order[std::size_t(i)], i);
}

TEST(JobThread, TicksWhileThereIsWorkAndSleepsAfter) {
  std::atomic<int> ticks{0};
  JobThread job([&] { return ++ticks < 10; });
  job.wake();
  std::this_thread::sleep_for(100ms);
  EXPECT_EQ(ticks.load(), 10);
  job.wake();
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(ticks.load(), 11);
}

TEST(JobThread, PauseStopsTicksButNotTasks) {
  std::atomic<int> ticks{0};
  JobThread job([&] {
    ++ticks;
    std::this_thread::sleep_for(1ms);
    return true;
  });
  job.wake();
  std::this_thread::sleep_for(30ms);
  job.pause();
  std::this_thread::sleep_for(10ms);
  const int atPause = ticks.load();
  std::this_thread::sleep_for(40ms);
  EXPECT_EQ(ticks.load(), atPause);
  bool ran = false;
  job.runAndWait([&] { ran = true; });
  EXPECT_TRUE(ran);
  job.resume();
  std::this_thread::sleep_for(30ms);
  EXPECT_GT(ticks.load(), atPause);
}

TEST(JobThread, StopIsAnsweredWithinOneTick) {
  JobThread job([] {
    std::this_thread::sleep_for(5ms);
    return true;
  });
  job.wake();
  std::this_thread::sleep_for(20ms);
  const auto start = Clock::now();
  job.stop();
  EXPECT_LT(Clock::now() - start, 50ms);
}

TEST(JobThread, ManyThreadsPostingConcurrently) {
  std::atomic<int> ticks{0};
  int sum = 0;  // touched only on the job thread
  JobThread job([&] { return ++ticks < 1000; });
  job.wake();
  std::vector<std::thread> posters;
  for (int t = 0; t < 4; ++t) {
    posters.emplace_back([&] {
      for (int i = 0; i < 500; ++i)
        job.post([&sum] { ++sum; });
    });
  }
  for (auto& p : posters)
    p.join();
  int seen = 0;
  job.runAndWait([&] { seen = sum; });
  EXPECT_EQ(seen, 2000);
}

TEST(JobThread, RunAndWaitAfterStopReturns) {
  JobThread job([] { return false; });
  job.stop();
  bool ran = false;
  job.runAndWait([&] { ran = true; });
  EXPECT_FALSE(ran);
}

TEST(Progress, EstimatesTimeLeftFromTheRate) {
  Progress progress(100);
  for (int i = 0; i < 20; ++i) {
    std::this_thread::sleep_for(2ms);
    progress.advance();
  }
  EXPECT_DOUBLE_EQ(progress.fraction(), 0.2);
  EXPECT_GT(progress.rate(), 20.0);  // nominally 500/s; sleeps only overshoot (busy machine)
  EXPECT_LT(progress.rate(), 1000.0);
  EXPECT_GT(progress.etaSeconds(), 0.05);
  EXPECT_LT(progress.etaSeconds(), 2.0);
  EXPECT_LT(Progress().etaSeconds(), 0);
}

}  // namespace
}  // namespace ebm
