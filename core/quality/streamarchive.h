#pragma once

// Do a gzip file and a tar archive open? Checked as the tools that read them do, front to back:
//
// - gzip (RFC 1952): every member's header, its deflate stream inflated to the end, and its
//   trailer's CRC-32 and size (zlib checks both); members may follow one another.
// - tar (POSIX.1-2017 pax/ustar, and GNU's long names): each 512-byte header's checksum, each
//   entry's data all there, nothing but whole blocks; inside a gzip file too (.tar.gz).
//
// Reads in bounded pieces; the inflated bytes are walked and dropped as they come. Time is
// bounded by what the file inflates to (deflate's limit: 1032 times its size), and the check
// stops when asked to.

#include <QIODevice>
#include <QString>

#include <atomic>

namespace dd::quality {

struct StreamArchiveCheck {
    bool opens = false;
    quint64 entries = 0; // the tar archive's (inside the gzip file, if it holds one)
    quint64 inflated = 0; // what a gzip file inflates to; 0 for a tar archive
    bool holdsTar = false; // a gzip file whose content is a tar archive
    QString problem; // why it does not open, in words; empty when it opens
};

// device: open for reading, at its start. cancel: stops the check (problem "Cancelled.").
StreamArchiveCheck checkGzip(QIODevice &device, const std::atomic_bool *cancel = nullptr);
StreamArchiveCheck checkTar(QIODevice &device, const std::atomic_bool *cancel = nullptr);

} // namespace dd::quality
