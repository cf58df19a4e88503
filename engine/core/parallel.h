// Data parallelism over both cores: a persistent pool that runs chunks of a batch side by side.
// Hand-written on purpose. std::execution::par (libstdc++ needs TBB for it) and OpenMP give no chunking that
// is fixed by count and grain alone (seeded chunks must not depend on the thread count), OpenMP cannot carry
// an exception out of a parallel region, and neither lets the workers run at a lower priority than the
// window's thread; TBB would do most of it but is a large dependency for ~150 lines, and nests by stealing
// rather than by running an inner call inline.
#pragma once

#include <functional>

#include "core/types.h"

namespace ebm {

/// Runs body(begin, end) over [0, count) split into chunks of at most `grain` items, spread over the pool.
/// Chunk boundaries depend only on count and grain (never on the thread count), so seeded work per chunk is
/// reproducible. A call from inside a running body runs inline; calls from several threads take turns.
/// The first exception a body throws is rethrown in the caller after every chunk has finished. Every thread
/// that runs chunks, the caller included, computes with subnormal floats flushed to zero (core/float_mode.h).
void parallelFor(Index count, Index grain, const std::function<void(Index begin, Index end)>& body);

/// Number of threads parallelFor uses (the caller included). Default: the machine's hardware threads.
[[nodiscard]] int parallelThreadCount();
/// Sets the number of threads (≥ 1) parallelFor uses from now on.
void setParallelThreadCount(int threads);

/// Background computation yields the CPU to the interactive thread: from now on the pool's workers and every
/// JobThread run `niceness` steps nicer than the process (Linux schedules niceness per thread; elsewhere this
/// does nothing). A window sets it so drawing and input win two busy cores over training (a nice-10 thread
/// weighs a tenth of a nice-0 one); command-line tools leave it at 0 and get the whole machine. Only raising
/// is possible without privileges, so a thread already made nicer stays so.
void setBackgroundNiceness(int niceness);
[[nodiscard]] int backgroundNiceness();
/// Applies backgroundNiceness() to the calling thread (the pool's workers and JobThread do, when they start).
void applyBackgroundNiceness();

}  // namespace ebm
