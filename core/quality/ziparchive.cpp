#include "quality/ziparchive.h"

#include <algorithm>

namespace dd::quality {

namespace {

constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr qint64 kEndSize = 22; // the end record without its comment
constexpr qint64 kCentralSize = 46; // a central header without its name, extra field and comment

quint32 u16(const QByteArray &b, qint64 at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8;
}

quint32 u32(const QByteArray &b, qint64 at)
{
    return u16(b, at) | u16(b, at + 2) << 16;
}

ZipCheck refused(const QString &why)
{
    return ZipCheck {false, 0, false, why};
}

QByteArray readAt(QIODevice &device, qint64 offset, qint64 size)
{
    if (!device.seek(offset))
        return {};
    return device.read(size);
}

} // namespace

ZipCheck checkZipArchive(QIODevice &device)
{
    const qint64 size = device.size();
    if (size < kEndSize)
        return refused(QStringLiteral("it is shorter than a ZIP archive's end record"));
    // The end record, then a comment of up to 65535 bytes: search the tail from its end.
    const qint64 tailStart = std::max<qint64>(0, size - (kEndSize + 0xffff));
    const QByteArray tail = readAt(device, tailStart, size - tailStart);
    if (tail.size() != size - tailStart)
        return refused(QStringLiteral("its end could not be read"));
    qint64 end = -1;
    for (qint64 at = tail.size() - kEndSize; at >= 0; --at) {
        if (u32(tail, at) == kEndSignature && at + kEndSize + qint64(u16(tail, at + 20)) == tail.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return refused(QStringLiteral("it has no end of central directory record (the file is cut short, or "
                                      "not a ZIP archive)"));
    const quint32 disk = u16(tail, end + 4);
    const quint32 total = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (end >= 20 && u32(tail, end - 20) == kZip64LocatorSignature)
        return ZipCheck {true, total, true, {}}; // its sizes are in the ZIP64 record: not walked here
    if (disk != 0)
        return refused(QStringLiteral("it is one part of an archive split over several files"));
    const qint64 endOffset = tailStart + end;
    if (qint64(directoryOffset) + qint64(directorySize) > endOffset)
        return refused(QStringLiteral("its central directory (%1 bytes at byte %2) lies past the end record at byte %3")
                           .arg(directorySize)
                           .arg(directoryOffset)
                           .arg(endOffset));
    // The central directory, in steps of at most 1 MiB so a large one is not held whole.
    quint64 entries = 0;
    qint64 at = directoryOffset;
    const qint64 directoryEnd = qint64(directoryOffset) + qint64(directorySize);
    QByteArray window;
    qint64 windowStart = at;
    auto have = [&](qint64 from, qint64 count) {
        if (from >= windowStart && from + count <= windowStart + window.size())
            return true;
        windowStart = from;
        window = readAt(device, from, std::min<qint64>(directoryEnd - from, std::max<qint64>(count, 1 << 20)));
        return window.size() >= count;
    };
    while (at < directoryEnd) {
        if (at + kCentralSize > directoryEnd || !have(at, kCentralSize))
            return refused(QStringLiteral("its central directory ends inside entry %1").arg(entries + 1));
        const qint64 local = at - windowStart;
        if (u32(window, local) != kCentralSignature)
            return refused(
                QStringLiteral("entry %1 of its central directory has no header signature").arg(entries + 1));
        const qint64 variable
            = qint64(u16(window, local + 28)) + qint64(u16(window, local + 30)) + qint64(u16(window, local + 32));
        const quint32 localOffset = u32(window, local + 42);
        if (entries < 1000 && localOffset != 0xffffffff) {
            if (qint64(localOffset) + 4 > directoryOffset)
                return refused(QStringLiteral("entry %1 points past the archive's data").arg(entries + 1));
            const QByteArray signature = readAt(device, localOffset, 4);
            if (signature.size() != 4 || u32(signature, 0) != kLocalSignature)
                return refused(QStringLiteral("entry %1 points at byte %2, where no file starts")
                                   .arg(entries + 1)
                                   .arg(localOffset));
            window.clear(); // the local read moved the device: read the directory again
        }
        at += kCentralSize + variable;
        ++entries;
    }
    if (at != directoryEnd)
        return refused(QStringLiteral("its last central directory entry runs past the directory"));
    if (entries != total)
        return refused(QStringLiteral("its end record counts %1 entries, but its central directory holds %2")
                           .arg(total)
                           .arg(entries));
    return ZipCheck {true, entries, false, {}};
}

} // namespace dd::quality
