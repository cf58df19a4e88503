// parallelFor: every index exactly once, fixed chunk boundaries, exceptions reach the caller.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "core/parallel.h"

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

}  // namespace
}  // namespace ebm
