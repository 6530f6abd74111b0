#include "common/allocator.h"

#include <malloc.h>

namespace dd {

void keepLargeBuffersForReuse()
{
    // Buffers up to 32 MiB (glibc's largest threshold) come from the heap, and up to 64 MiB of
    // free heap (a download's blocks in flight) stays mapped instead of being handed back.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

} // namespace dd
