// Subnormal floats off on compute threads: numbers below 1.2·10⁻³⁸ (SiLU of a large negative input, a
// density far out in a tail) make x86 arithmetic 10–100× slower, so every thread that computes flushes them
// to zero.
#pragma once

namespace ebm {

/// Sets flush-to-zero (subnormal results become 0) and denormals-are-zero (subnormal inputs read as 0) on the
/// calling thread. The modes are per thread: the pool's workers, JobThread, parallelFor's caller and every
/// trainer's step() set them. Cheap when they are already set (one register read). Nothing on CPUs without
/// SSE.
void enableFlushToZero();

/// True when both modes are set on the calling thread (false on CPUs without SSE).
[[nodiscard]] bool flushToZeroEnabled();

}  // namespace ebm
