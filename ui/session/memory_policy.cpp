#include "session/memory_policy.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ebmui {

void useReturnableMemory() {
#if defined(__GLIBC__)
  // A fixed threshold: glibc otherwise raises it after every large free (up to 32 MiB), and the blocks of
  // the next lesson then land in the heap.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
}

}  // namespace ebmui
