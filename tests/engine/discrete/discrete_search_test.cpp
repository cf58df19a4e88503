// The run loop of a discrete search: sweep and time limits, the progress callback, cancel — the trainers'
// shape.
#include <gtest/gtest.h>

#include <thread>

#include "discrete/parallel_tempering.h"
#include "spin_glass.h"

namespace ebm {
namespace {

using testing::SpinGlass;

std::unique_ptr<ParallelTempering<SpinGlass>> search() {
  TemperingOptions o;
  o.temperatures = {0.5, 1.0};
  return std::make_unique<ParallelTempering<SpinGlass>>(SpinGlass(6, 1), o);
}

TEST(DiscreteSearch, RunStopsAtItsSweepLimit) {
  auto s = search();
  SearchLimits limits;
  limits.sweeps = 37;
  limits.sweepsPerSlice = 8;
  const SearchSummary summary = s->run(limits);
  EXPECT_EQ(summary.end, SearchEnd::kSweepLimit);
  EXPECT_EQ(summary.sweeps, 37);
  EXPECT_EQ(s->sweeps(), 37);
  EXPECT_EQ(searchEndName(summary.end), "sweep_limit");
}

TEST(DiscreteSearch, RunStopsAtItsTimeLimit) {
  auto s = search();
  SearchLimits limits;
  limits.seconds = 0.05;
  const SearchSummary summary = s->run(limits);
  EXPECT_EQ(summary.end, SearchEnd::kTimeLimit);
  EXPECT_GE(summary.seconds, 0.05);
  EXPECT_LT(summary.seconds, 1.0);
  EXPECT_GT(summary.sweeps, 0);
}

TEST(DiscreteSearch, TheCallbackSeesProgressAndCanStopTheRun) {
  auto s = search();
  SearchLimits limits;
  limits.sweepsPerSlice = 5;
  int calls = 0;
  const SearchSummary summary = s->run(limits, [&](const SearchProgress& p) {
    ++calls;
    EXPECT_EQ(p.sweeps, 5 * calls);
    EXPECT_LE(p.lowestEnergy, p.energy);
    return calls == 4 ? CallbackResult::kStop : CallbackResult::kContinue;
  });
  EXPECT_EQ(summary.end, SearchEnd::kStoppedByCallback);
  EXPECT_EQ(summary.sweeps, 20);
}

TEST(DiscreteSearch, CancelFromAnotherThreadEndsTheRun) {
  auto s = search();
  SearchLimits limits;
  limits.seconds = 30;
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    s->cancel();
  });
  const SearchSummary summary = s->run(limits);
  canceller.join();
  EXPECT_EQ(summary.end, SearchEnd::kCancelled);
  EXPECT_LT(summary.seconds, 5.0);
  // A cancel asked before a run stops it before its first sweep, and is consumed.
  s->cancel();
  EXPECT_EQ(s->run(limits).sweeps, 0);
  limits.seconds = 0.01;
  EXPECT_EQ(s->run(limits).end, SearchEnd::kTimeLimit);
}

TEST(DiscreteSearch, RefusesARunThatCouldNeverEnd) {
  auto s = search();
  EXPECT_THROW(s->run(SearchLimits{}), ArgumentError);
  SearchLimits bad;
  bad.sweepsPerSlice = 0;
  bad.sweeps = 10;
  EXPECT_THROW(s->run(bad), ArgumentError);
}

}  // namespace
}  // namespace ebm
