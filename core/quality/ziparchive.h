#pragma once

// Does a ZIP archive open? What an unzip tool reads first, checked as PKWARE's APPNOTE.TXT
// (section 4.3) lays it out: the end of central directory record within the last 64 KiB, the
// central directory it points to, one header per entry it counts, each entry's local header
// where its central header says. Reads at most the tail, the central directory and four bytes
// per local header (the first 1000): time and memory bounded by the archive's own size.

#include <QIODevice>
#include <QString>

namespace dd::quality {

struct ZipCheck {
    bool opens = false;
    quint64 entries = 0;
    bool zip64 = false; // the ZIP64 end record was found; its central directory is not walked
    QString problem; // why it does not open, in words; empty when it opens
};

// device: open for reading, random access.
ZipCheck checkZipArchive(QIODevice &device);

} // namespace dd::quality
