// Data parallelism over both cores: a persistent pool that runs chunks of a batch side by side.
#pragma once

#include <functional>

#include "core/types.h"

namespace ebm {

/// Runs body(begin, end) over [0, count) split into chunks of at most `grain` items, spread over the pool.
/// Chunk boundaries depend only on count and grain (never on the thread count), so seeded work per chunk is
/// reproducible. A call from inside a running body runs inline; calls from several threads take turns.
/// The first exception a body throws is rethrown in the caller after every chunk has finished.
void parallelFor(Index count, Index grain, const std::function<void(Index begin, Index end)>& body);

/// Number of threads parallelFor uses (the caller included). Default: the machine's hardware threads.
[[nodiscard]] int parallelThreadCount();
/// Sets the number of threads (≥ 1) parallelFor uses from now on.
void setParallelThreadCount(int threads);

}  // namespace ebm
