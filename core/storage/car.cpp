#include "storage/car.h"

#include "common/piecewrite.h"

#include <QFileDevice>
#include <QList>

#include <cstring>

#include <fcntl.h>

namespace dd::storage {

namespace {

// dag-cbor, only what a CAR header needs: maps, arrays, text, unsigned ints, tag 42 CIDs.
void cborHead(QByteArray &out, int major, quint64 value)
{
    const char m = char(major << 5);
    if (value < 24) {
        out.append(char(m | char(value)));
    } else if (value < 0x100) {
        out.append(char(m | 24)).append(char(value));
    } else {
        out.append(char(m | 25)).append(char(value >> 8)).append(char(value & 0xff));
    }
}

void cborText(QByteArray &out, const char *text)
{
    const QByteArray bytes(text);
    cborHead(out, 3, quint64(bytes.size()));
    out.append(bytes);
}

Error carError(const QString &why)
{
    return Error {QStringLiteral("Not a valid CAR: %1").arg(why), ErrorCode::InvalidInput, {}};
}

} // namespace

QByteArray carHeader(const QList<Cid> &roots)
{
    QByteArray map;
    cborHead(map, 5, 2);
    cborText(map, "roots"); // dag-cbor orders keys by length, then bytes
    cborHead(map, 4, quint64(roots.size()));
    for (const Cid &root : roots) {
        cborHead(map, 6, 42);
        const QByteArray cid = QByteArray(1, '\0') + root.bytes(); // the identity multibase prefix
        cborHead(map, 2, quint64(cid.size()));
        map.append(cid);
    }
    cborText(map, "version");
    cborHead(map, 0, 1);
    QByteArray out;
    appendVarint(out, quint64(map.size()));
    return out + map;
}

namespace {
constexpr qint64 mostQueued = 16 * 1024 * 1024;
constexpr quint64 writebackStep = 32 * 1024 * 1024;
} // namespace

CarWriter::~CarWriter()
{
    (void)stop();
}

Status CarWriter::write(const QByteArray &bytes)
{
    if (m_direct) {
        if (auto appended = m_direct->append(bytes); !appended)
            return Status::failure(
                QStringLiteral("The CAR could not be written: %1").arg(appended.message()), ErrorCode::Io);
        m_written += quint64(bytes.size());
        return success();
    }
    if (!writeInPieces(m_device, bytes))
        return Status::failure(
            QStringLiteral("The CAR could not be written: %1").arg(m_device.errorString()), ErrorCode::Io);
    m_written += quint64(bytes.size());
    return success();
}

Status CarWriter::begin(int rootLength)
{
    m_rootLength = rootLength;
    m_headerAt = m_device.pos();
    if (auto *file = qobject_cast<QFileDevice *>(&m_device); file && file->handle() >= 0 && file->flush()) {
        m_direct = std::make_unique<DirectFileWriter>(file->handle(), quint64(m_headerAt));
        if (!m_direct->direct()) { // a file system without O_DIRECT: the page cache, written back as it goes
            m_direct.reset();
            m_writebackFd = file->handle();
        }
    }
    m_writebackFrom = quint64(m_headerAt);
    // A placeholder root of the same length: the header's size does not change when it is filled.
    Cid placeholder {rootLength == 34 ? 0 : 1, codec::dagPb, QByteArray("\x12\x20", 2) + QByteArray(32, '\0')};
    if (placeholder.bytes().size() != rootLength)
        return Status::failure(QStringLiteral("No placeholder root of %1 bytes.").arg(rootLength));
    if (auto written = write(carHeader({placeholder})); !written)
        return written;
    m_thread = std::thread([this] { drain(); });
    return success();
}

void CarWriter::startWriteback()
{
    // The kernel is asked to start writing what is already written (without waiting), every
    // 32 MiB: the disk then works while the import hashes, and the final fsync (QSaveFile's
    // commit) finds little left. Without it, a 1 GiB CAR spent about a second in that fsync.
    const quint64 end = quint64(m_headerAt) + m_written;
    if (m_writebackFd < 0 || end - m_writebackFrom < writebackStep)
        return;
    (void)::sync_file_range(
        m_writebackFd, off64_t(m_writebackFrom), off64_t(end - m_writebackFrom), SYNC_FILE_RANGE_WRITE);
    if (m_writebackFrom >= writebackStep) // the step before this one: on the disk before going on
        (void)::sync_file_range(m_writebackFd, off64_t(m_writebackFrom - writebackStep), off64_t(writebackStep),
            SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    m_writebackFrom = end;
}

void CarWriter::drain()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return; // closing, and everything is written
        QByteArray section = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        Status written = m_error ? success() : write(section); // after an error, drop the rest
        if (written)
            startWriteback();
        lock.lock();
        m_queuedBytes -= section.size();
        if (!written && !m_error)
            m_error = written.error();
        m_changed.notify_all();
    }
}

Status CarWriter::add(const Cid &cid, const QByteArray &block)
{
    // The section's head (length and CID), then the block itself: shared, not copied.
    const QByteArray cidBytes = cid.bytes();
    QByteArray head;
    appendVarint(head, quint64(cidBytes.size() + block.size()));
    head.append(cidBytes);
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        return Status::failure(QStringLiteral("The CAR was not begun."));
    m_changed.wait(lock, [this] { return m_queuedBytes < mostQueued || m_error; });
    if (m_error)
        return *m_error;
    m_queuedBytes += head.size() + block.size();
    m_queue.push_back(std::move(head));
    m_queue.push_back(block);
    m_changed.notify_all();
    return success();
}

Status CarWriter::stop()
{
    if (!m_thread.joinable())
        return success();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return m_error ? Status(*m_error) : success();
}

Status CarWriter::finish(const Cid &root)
{
    if (auto stopped = stop(); !stopped)
        return stopped;
    if (root.bytes().size() != m_rootLength)
        return Status::failure(QStringLiteral("The root CID is not the length announced in the CAR header."));
    if (m_direct) {
        if (auto tail = m_direct->finish(); !tail)
            return Status::failure(
                QStringLiteral("The CAR could not be written: %1").arg(tail.message()), ErrorCode::Io);
        m_direct.reset(); // the descriptor is the device's again
    }
    const qint64 end = m_headerAt + qint64(m_written);
    if (!m_device.seek(m_headerAt))
        return Status::failure(
            QStringLiteral("The CAR's header could not be rewritten (the output cannot seek)."), ErrorCode::Io);
    const QByteArray header = carHeader({root});
    if (m_device.write(header) != header.size() || !m_device.seek(end))
        return Status::failure(
            QStringLiteral("The CAR could not be written: %1").arg(m_device.errorString()), ErrorCode::Io);
    return success();
}

Status CarStreamReader::parseHeader(const QByteArray &header)
{
    if (!header.contains(QByteArray("\x67version\x01", 9)))
        return carError(QStringLiteral("its header does not say version 1"));
    // Roots: each tag-42 byte string in the header.
    for (qsizetype at = header.indexOf(QByteArray("\xd8\x2a", 2)); at >= 0;
         at = header.indexOf(QByteArray("\xd8\x2a", 2), at + 2)) {
        const qsizetype start = at + 2;
        if (start + 2 > header.size() || quint8(header[start]) != 0x58)
            return carError(QStringLiteral("a root is not a CID"));
        const int length = quint8(header[start + 1]);
        const QByteArray cidBytes = header.mid(start + 3, length - 1); // after the 0x00 prefix
        qsizetype used = 0;
        auto root = Cid::fromBytes(cidBytes, used);
        if (!root)
            return carError(QStringLiteral("a root is not a CID"));
        m_summary.roots.append(root.value());
    }
    if (m_summary.roots.isEmpty())
        return carError(QStringLiteral("its header names no root"));
    return success();
}

Status CarStreamReader::deliver(const Cid &cid, const QByteArray &block)
{
    if (!cid.isIdentity() && cid.multihash.left(2) != QByteArray("\x12\x20", 2))
        return carError(QStringLiteral("block %1 is not hashed with sha2-256").arg(cid.toString()));
    if (m_check == HashCheck::Here && !cid.matches(block))
        return carError(QStringLiteral("block %1 does not match its hash").arg(cid.toString()));
    ++m_summary.blocks;
    m_summary.blockBytes += quint64(block.size());
    return m_onBlock ? m_onBlock(cid, block) : success();
}

Status CarStreamReader::feed(QByteArrayView bytes)
{
    constexpr qsizetype step = 128; // enough for a length and a CID, never much of a block
    auto take = [&](qsizetype most) {
        const qsizetype n = std::min(bytes.size(), most);
        m_head.append(bytes.data(), n);
        bytes = bytes.sliced(n);
    };
    while (true) {
        if (m_filling) {
            const qsizetype n = std::min(bytes.size(), m_block.size() - m_filled);
            if (n > 0)
                std::memcpy(m_block.data() + m_filled, bytes.data(), size_t(n));
            m_filled += n;
            bytes = bytes.sliced(n);
            if (m_filled < m_block.size())
                return success();
            m_filling = false;
            if (auto delivered = deliver(m_blockCid, std::exchange(m_block, {})); !delivered)
                return delivered;
            continue;
        }
        qsizetype at = 0;
        const auto length = readVarint(m_head, at);
        if (!length) {
            if (m_head.size() >= 10)
                return carError(QStringLiteral("a length is longer than 64 bits"));
            if (bytes.isEmpty())
                return success(); // the length is still arriving
            take(step);
            continue;
        }
        if (!m_headerRead && (*length == 0 || *length > 1024 * 1024))
            return carError(QStringLiteral("it has no header"));
        if (*length > 64 * 1024 * 1024)
            return carError(QStringLiteral("a block is larger than 64 MiB"));
        const qsizetype sectionLength = qsizetype(*length);
        if (!m_headerRead) {
            if (m_head.size() - at < sectionLength) {
                if (bytes.isEmpty())
                    return success();
                take(sectionLength - (m_head.size() - at));
                continue;
            }
            if (auto header = parseHeader(m_head.mid(at, sectionLength)); !header)
                return header;
            m_headerRead = true;
            m_head.remove(0, at + sectionLength);
            continue;
        }
        qsizetype used = 0;
        auto cid = Cid::fromBytes(m_head.mid(at, std::min(m_head.size() - at, sectionLength)), used);
        if (!cid) {
            if (m_head.size() - at >= std::min(sectionLength, step))
                return carError(QStringLiteral("a section does not start with a CID"));
            if (bytes.isEmpty())
                return success(); // the CID is still arriving
            take(step);
            continue;
        }
        const qsizetype blockSize = sectionLength - used;
        const qsizetype have = m_head.size() - at - used;
        if (have >= blockSize) { // a small block, whole in m_head
            const QByteArray block = m_head.mid(at + used, blockSize);
            m_head.remove(0, at + used + blockSize);
            if (auto delivered = deliver(cid.value(), block); !delivered)
                return delivered;
            continue;
        }
        m_block = QByteArray(blockSize, Qt::Uninitialized);
        if (have > 0)
            std::memcpy(m_block.data(), m_head.constData() + at + used, size_t(have));
        m_filled = have;
        m_blockCid = cid.value();
        m_filling = true;
        m_head.clear();
    }
}

Status CarStreamReader::feed(QIODevice &device, qint64 maxBytes)
{
    qint64 total = 0;
    while (total < maxBytes) {
        if (m_filling) {
            // -1 is the end of what a finished answer holds: its errors are the caller's to read.
            const qint64 n = device.read(m_block.data() + m_filled, m_block.size() - m_filled);
            if (n <= 0)
                return success();
            total += n;
            m_filled += n;
            if (m_filled < m_block.size())
                continue;
            m_filling = false;
            if (auto delivered = deliver(m_blockCid, std::exchange(m_block, {})); !delivered)
                return delivered;
            continue;
        }
        char head[128]; // a section's length and CID; feed() copies any block bytes past them
        const qint64 n = device.read(head, sizeof head);
        if (n <= 0)
            return success();
        total += n;
        if (auto fed = feed(QByteArrayView(head, n)); !fed)
            return fed;
    }
    return success();
}

Status CarStreamReader::finish() const
{
    if (!m_headerRead)
        return carError(m_head.isEmpty() ? QStringLiteral("it is empty") : QStringLiteral("it has no header"));
    if (m_filling)
        return carError(QStringLiteral("it is truncated (a block is cut short)"));
    if (!m_head.isEmpty()) {
        qsizetype at = 0;
        return carError(readVarint(m_head, at) ? QStringLiteral("it is truncated (a block is cut short)")
                                               : QStringLiteral("it ends inside a length"));
    }
    return success();
}

Result<CarSummary> readCar(
    QIODevice &device, const std::function<Status(const Cid &cid, const QByteArray &block)> &onBlock)
{
    CarStreamReader reader(onBlock);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return Result<CarSummary>::failure(
                QStringLiteral("The CAR could not be read: %1").arg(device.errorString()), ErrorCode::Io);
        if (got == 0)
            break;
        if (auto fed = reader.feed(QByteArrayView(chunk.constData(), got)); !fed)
            return fed.error();
    }
    if (auto finished = reader.finish(); !finished)
        return finished.error();
    return reader.summary();
}

} // namespace dd::storage
