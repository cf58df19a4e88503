// Subnormal floats off on compute threads: numbers below 1.2·10⁻³⁸ (the backward signals of a network fed raw
// units such as millimetres) make arithmetic 10–100× slower on many x86 CPUs, so the engine computes with
// them flushed to zero.
#pragma once

namespace ebm {

/// Sets flush-to-zero (subnormal results become 0) and denormals-are-zero (subnormal inputs read as 0) on the
/// calling thread for good: for the threads the engine owns (the pool's workers, JobThread). Cheap when
/// already set (one register read). Nothing on CPUs without SSE. Threads created later by this thread
/// inherit the modes (Linux copies them).
void enableFlushToZero();

/// True when both modes are set on the calling thread (false on CPUs without SSE).
[[nodiscard]] bool flushToZeroEnabled();

/// Both modes on the calling thread while the scope lives, then the thread's modes as they were: for threads
/// the engine only borrows — parallelFor's caller, a trainer's step() — whose other work must keep
/// subnormals (a subnormal weight read from a model file stays bit for bit what it was).
class FlushToZeroScope {
 public:
  FlushToZeroScope();
  ~FlushToZeroScope();
  FlushToZeroScope(const FlushToZeroScope&) = delete;
  FlushToZeroScope& operator=(const FlushToZeroScope&) = delete;

 private:
  unsigned saved_ = 0;
};

}  // namespace ebm
