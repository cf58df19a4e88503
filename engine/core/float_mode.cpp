#include "core/float_mode.h"

#if defined(__SSE__) || defined(_M_X64)
#include <xmmintrin.h>
#define EBM_HAS_MXCSR 1
#endif

namespace ebm {
namespace {

#if defined(EBM_HAS_MXCSR)
// MXCSR bit 15 is flush-to-zero, bit 6 denormals-are-zero (Intel SDM vol. 1, 10.2.3).
constexpr unsigned kFlushToZero = 0x8000u, kDenormalsAreZero = 0x0040u;
constexpr unsigned kBoth = kFlushToZero | kDenormalsAreZero;
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

}  // namespace ebm
