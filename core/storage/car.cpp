#include "storage/car.h"

#include <QList>

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

// An unsigned varint from the device; nullopt at a clean end of the data.
Result<std::optional<quint64>> readVarint(QIODevice &device)
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        char byte = 0;
        if (!device.getChar(&byte)) {
            if (shift == 0)
                return std::optional<quint64>();
            return carError(QStringLiteral("it ends inside a length"));
        }
        value |= quint64(quint8(byte) & 0x7f) << shift;
        if (!(quint8(byte) & 0x80))
            return std::optional<quint64>(value);
    }
    return carError(QStringLiteral("a length is longer than 64 bits"));
}

// A CID at the start of bytes: CIDv0 (a sha2-256 multihash) or CIDv1 (varints, then a
// multihash). Sets used to its length.
Result<Cid> parseCid(const QByteArray &bytes, qsizetype &used)
{
    auto varint = [&](qsizetype &at) -> std::optional<quint64> {
        quint64 value = 0;
        for (int shift = 0; shift < 64 && at < bytes.size(); shift += 7) {
            const quint8 b = quint8(bytes[at++]);
            value |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
        return std::nullopt;
    };
    if (bytes.size() >= 34 && quint8(bytes[0]) == 0x12 && quint8(bytes[1]) == 0x20) {
        used = 34;
        return Cid {0, codec::dagPb, bytes.left(34)};
    }
    qsizetype at = 0;
    const auto version = varint(at);
    const auto codec = varint(at);
    const qsizetype hashStart = at;
    const auto hashCode = varint(at);
    const auto hashLength = varint(at);
    if (!version || *version != 1 || !codec || !hashCode || !hashLength || at + qsizetype(*hashLength) > bytes.size())
        return carError(QStringLiteral("a section does not start with a CID"));
    used = at + qsizetype(*hashLength);
    return Cid {1, *codec, bytes.mid(hashStart, used - hashStart)};
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
constexpr qint64 mostQueued = 64 * 1024 * 1024;
}

CarWriter::~CarWriter()
{
    (void)stop();
}

Status CarWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size())
        return Status::failure(
            QStringLiteral("The CAR could not be written: %1").arg(m_device.errorString()), ErrorCode::Io);
    m_written += quint64(bytes.size());
    return success();
}

Status CarWriter::begin(int rootLength)
{
    m_rootLength = rootLength;
    m_headerAt = m_device.pos();
    // A placeholder root of the same length: the header's size does not change when it is filled.
    Cid placeholder {rootLength == 34 ? 0 : 1, codec::dagPb, QByteArray("\x12\x20", 2) + QByteArray(32, '\0')};
    if (placeholder.bytes().size() != rootLength)
        return Status::failure(QStringLiteral("No placeholder root of %1 bytes.").arg(rootLength));
    if (auto written = write(carHeader({placeholder})); !written)
        return written;
    m_thread = std::thread([this] { drain(); });
    return success();
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
    const qint64 end = m_device.pos();
    if (!m_device.seek(m_headerAt))
        return Status::failure(
            QStringLiteral("The CAR's header could not be rewritten (the output cannot seek)."), ErrorCode::Io);
    const QByteArray header = carHeader({root});
    if (m_device.write(header) != header.size() || !m_device.seek(end))
        return Status::failure(
            QStringLiteral("The CAR could not be written: %1").arg(m_device.errorString()), ErrorCode::Io);
    return success();
}

Result<CarSummary> readCar(
    QIODevice &device, const std::function<Status(const Cid &cid, const QByteArray &block)> &onBlock)
{
    CarSummary summary;
    auto headerLength = readVarint(device);
    if (!headerLength)
        return headerLength.error();
    if (!headerLength.value() || *headerLength.value() == 0 || *headerLength.value() > 1024 * 1024)
        return carError(QStringLiteral("it has no header"));
    const QByteArray header = device.read(qint64(*headerLength.value()));
    if (header.size() != qsizetype(*headerLength.value()))
        return carError(QStringLiteral("it ends inside its header"));
    if (!header.contains(QByteArray("\x67version\x01", 9)))
        return carError(QStringLiteral("its header does not say version 1"));
    // Roots: each tag-42 byte string in the header.
    for (qsizetype at = header.indexOf(QByteArray("\xd8\x2a", 2)); at >= 0;
         at = header.indexOf(QByteArray("\xd8\x2a", 2), at + 2)) {
        qsizetype start = at + 2;
        if (start + 2 > header.size() || quint8(header[start]) != 0x58)
            return carError(QStringLiteral("a root is not a CID"));
        const int length = quint8(header[start + 1]);
        const QByteArray cidBytes = header.mid(start + 3, length - 1); // after the 0x00 prefix
        qsizetype used = 0;
        auto root = parseCid(cidBytes, used);
        if (!root)
            return root.error();
        summary.roots.append(root.value());
    }
    if (summary.roots.isEmpty())
        return carError(QStringLiteral("its header names no root"));
    while (true) {
        auto length = readVarint(device);
        if (!length)
            return length.error();
        if (!length.value())
            break; // a clean end
        if (*length.value() > 64 * 1024 * 1024)
            return carError(QStringLiteral("a block is larger than 64 MiB"));
        const QByteArray section = device.read(qint64(*length.value()));
        if (section.size() != qsizetype(*length.value()))
            return carError(QStringLiteral("it is truncated (a block is cut short)"));
        qsizetype used = 0;
        auto cid = parseCid(section, used);
        if (!cid)
            return cid.error();
        const QByteArray block = section.mid(used);
        if (cid.value().multihash.left(2) != QByteArray("\x12\x20", 2))
            return carError(QStringLiteral("block %1 is not hashed with sha2-256").arg(cid.value().toString()));
        if (sha256Multihash(sha256(block)) != cid.value().multihash)
            return carError(QStringLiteral("block %1 does not match its hash").arg(cid.value().toString()));
        ++summary.blocks;
        summary.blockBytes += quint64(block.size());
        if (onBlock) {
            if (auto handled = onBlock(cid.value(), block); !handled)
                return handled.error();
        }
    }
    return summary;
}

} // namespace dd::storage
