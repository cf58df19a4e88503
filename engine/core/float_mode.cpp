#include "core/float_mode.h"

#if defined(__SSE__) || defined(_M_X64)
#include <xmmintrin.h>
#define EBM_HAS_MXCSR 1
#endif

namespace ebm {
namespace {

#if defined(EBM_HAS_MXCSR)
// MXCSR bit 15 is flush-to-zero, bit 6 denormals-are-zero (Intel SDM vol. 1, 10.2.3).
constexpr unsigned kBoth = 0x8000u | 0x0040u;
#endif

}  // namespace

void enableFlushToZero() {
#if defined(EBM_HAS_MXCSR)
  const unsigned mode = _mm_getcsr();
  if ((mode & kBoth) != kBoth) _mm_setcsr(mode | kBoth);
#endif
}

bool flushToZeroEnabled() {
#if defined(EBM_HAS_MXCSR)
  return (_mm_getcsr() & kBoth) == kBoth;
#else
  return false;
#endif
}

FlushToZeroScope::FlushToZeroScope() {
#if defined(EBM_HAS_MXCSR)
  saved_ = _mm_getcsr();
  if ((saved_ & kBoth) != kBoth) _mm_setcsr(saved_ | kBoth);
#endif
}

FlushToZeroScope::~FlushToZeroScope() {
#if defined(EBM_HAS_MXCSR)
  // Only the two modes go back: the exception flags the work raised stay as the work left them.
  const unsigned now = _mm_getcsr();
  if ((now & kBoth) != (saved_ & kBoth)) _mm_setcsr((now & ~kBoth) | (saved_ & kBoth));
#endif
}

}  // namespace ebm
