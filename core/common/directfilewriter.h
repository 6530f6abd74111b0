#pragma once

#include "common/result.h"

#include <QByteArrayView>

#include <memory>

namespace dd {

// Appends bytes to an open file, past the page cache (O_DIRECT), 4 MiB at a time from an
// aligned buffer of its own. On the CI machine's VM, page-cache pages the guest has not touched
// before cost up to 3 s per GiB to write into, while the disk itself takes 0.4-1.1 s per GiB
// without the cache (dd of the same GiB, measured alternately). Where the file system refuses
// O_DIRECT (tmpfs, some network file systems), or the start is not 4 KiB-aligned, the same
// bytes go through the page cache in 64 KiB writes instead.
//
// The caller keeps the descriptor, and must not write to it in between. finish() writes the
// last partial 4 MiB through the page cache and gives the descriptor its flags back; the caller
// then syncs it (QSaveFile::commit does) for the bytes to be durable.
class DirectFileWriter {
public:
    DirectFileWriter(int fd, quint64 offset);
    ~DirectFileWriter();
    DirectFileWriter(const DirectFileWriter &) = delete;
    DirectFileWriter &operator=(const DirectFileWriter &) = delete;

    Status append(QByteArrayView bytes);
    Status finish();
    bool direct() const { return m_direct; }
    // The bytes appended and not yet written, and the file offset they go to: until finish(),
    // a reader of the file finds them here, not in the file.
    quint64 bufferedAt() const { return m_offset; }
    QByteArrayView buffered() const { return QByteArrayView(m_buffer.get(), m_filled); }

private:
    Status writeBuffer(); // m_filled bytes at m_offset
    Status writeAt(const char *data, qsizetype size, quint64 offset);
    void stopDirect();

    int m_fd;
    int m_flags; // the descriptor's flags before
    bool m_direct = false;
    quint64 m_offset; // where the buffer's first byte goes
    std::unique_ptr<char, void (*)(void *)> m_buffer;
    qsizetype m_filled = 0;
};

} // namespace dd
