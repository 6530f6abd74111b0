#include "common/directfilewriter.h"

#include "common/piecewrite.h"

#include <QString>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace dd {

namespace {
constexpr qsizetype bufferBytes = 4 * 1024 * 1024;
constexpr quint64 alignment = 4096; // the page size; covers every logical block size in use

Status writeFailed(int error)
{
    return Status::failure(
        QStringLiteral("The file could not be written: %1").arg(QString::fromLocal8Bit(std::strerror(error))),
        ErrorCode::Io);
}
} // namespace

DirectFileWriter::DirectFileWriter(int fd, quint64 offset)
    : m_fd(fd),
      m_flags(::fcntl(fd, F_GETFL)),
      m_offset(offset),
      m_buffer(static_cast<char *>(std::aligned_alloc(alignment, bufferBytes)), std::free)
{
    if (m_flags >= 0 && m_buffer && offset % alignment == 0)
        m_direct = ::fcntl(fd, F_SETFL, m_flags | O_DIRECT) == 0;
}

DirectFileWriter::~DirectFileWriter()
{
    stopDirect();
}

void DirectFileWriter::stopDirect()
{
    if (m_direct)
        (void)::fcntl(m_fd, F_SETFL, m_flags);
    m_direct = false;
}

Status DirectFileWriter::append(QByteArrayView bytes)
{
    if (!m_buffer)
        return Status::failure(QStringLiteral("No memory for a 4 MiB write buffer."), ErrorCode::Io);
    while (!bytes.isEmpty()) {
        const qsizetype n = std::min(bytes.size(), bufferBytes - m_filled);
        std::memcpy(m_buffer.get() + m_filled, bytes.data(), size_t(n));
        m_filled += n;
        bytes = bytes.sliced(n);
        if (m_filled == bufferBytes) {
            if (auto written = writeBuffer(); !written)
                return written;
        }
    }
    return success();
}

Status DirectFileWriter::finish()
{
    stopDirect(); // the tail is not a whole number of blocks
    if (!m_buffer)
        return success();
    return writeBuffer();
}

Status DirectFileWriter::writeBuffer()
{
    if (m_direct) {
        ssize_t written = -1;
        do
            written = ::pwrite(m_fd, m_buffer.get(), size_t(m_filled), off_t(m_offset));
        while (written < 0 && errno == EINTR);
        if (written == m_filled) {
            m_offset += quint64(m_filled);
            m_filled = 0;
            return success();
        }
        if (written >= 0 || errno != EINVAL)
            return writeFailed(written >= 0 ? ENOSPC : errno);
        stopDirect(); // the file system takes no O_DIRECT after all: through the page cache
    }
    for (qsizetype at = 0; at < m_filled; at += pageCachePiece) {
        const qsizetype n = std::min(pageCachePiece, m_filled - at);
        if (auto written = writeAt(m_buffer.get() + at, n, m_offset + quint64(at)); !written)
            return written;
    }
    m_offset += quint64(m_filled);
    m_filled = 0;
    return success();
}

Status DirectFileWriter::writeAt(const char *data, qsizetype size, quint64 offset)
{
    while (size > 0) {
        const ssize_t written = ::pwrite(m_fd, data, size_t(size), off_t(offset));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return writeFailed(written < 0 ? errno : ENOSPC);
        data += written;
        size -= written;
        offset += quint64(written);
    }
    return success();
}

} // namespace dd
