#pragma once

namespace dd {

// Keeps freed megabyte buffers in the heap for reuse. By default glibc maps each buffer of
// 128 KiB or more fresh from the kernel and unmaps it when freed, so a stream of 1 MiB blocks
// (a download, an import) faults in every page of every block again: measured over loopback,
// that made Qt's HTTP reads about 6x slower than curl. Called first thing in main().
void keepLargeBuffersForReuse();

} // namespace dd
