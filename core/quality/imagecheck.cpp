#include "quality/imagecheck.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>

namespace dd::quality {

namespace {

constexpr qint64 kPiece = 64 * 1024;

ImageCheck refused(const QString &why)
{
    return ImageCheck {false, 0, 0, why};
}

quint32 be32(const char *p)
{
    return quint32(quint8(p[0])) << 24 | quint32(quint8(p[1])) << 16 | quint32(quint8(p[2])) << 8 | quint8(p[3]);
}

constexpr quint64 kTooMany = std::numeric_limits<quint64>::max();

// a × b, or kTooMany past what 64 bits hold (a declared 2^31 × 2^31 image).
quint64 times(quint64 a, quint64 b)
{
    quint64 out = 0;
    return __builtin_mul_overflow(a, b, &out) ? kTooMany : out;
}

quint64 plus(quint64 a, quint64 b)
{
    quint64 out = 0;
    return __builtin_add_overflow(a, b, &out) ? kTooMany : out;
}

// The bytes one row of `width` pixels takes after its filter byte.
quint64 rowBytes(quint64 width, int bitsPerPixel)
{
    return plus(times(width, quint64(bitsPerPixel)), 7) / 8;
}

// What the image data inflates to: each row's filter byte and pixels, over the seven Adam7
// passes when interlaced (PNG section 8.2).
quint64 inflatedSize(quint64 width, quint64 height, int bitsPerPixel, bool interlaced)
{
    if (!interlaced)
        return times(height, plus(1, rowBytes(width, bitsPerPixel)));
    static constexpr std::array<int, 7> x0 {0, 4, 0, 2, 0, 1, 0}, y0 {0, 0, 4, 0, 2, 0, 1};
    static constexpr std::array<int, 7> dx {8, 8, 4, 4, 2, 2, 1}, dy {8, 8, 8, 4, 4, 2, 2};
    quint64 total = 0;
    for (int pass = 0; pass < 7; ++pass) {
        const quint64 w = width > quint64(x0[pass]) ? (width - x0[pass] + dx[pass] - 1) / dx[pass] : 0;
        const quint64 h = height > quint64(y0[pass]) ? (height - y0[pass] + dy[pass] - 1) / dy[pass] : 0;
        if (w > 0 && h > 0)
            total = plus(total, times(h, plus(1, rowBytes(w, bitsPerPixel))));
    }
    return total;
}

// Inflates the IDAT stream piece by piece, counting what comes out and checking each row's
// filter byte (0 to 4); stops at the stream's end or once more comes out than the rows need.
class IdatInflater {
public:
    IdatInflater(quint64 expected, quint64 rowStride, bool interlaced, quint32 height)
        : m_expected(expected), m_stride(rowStride), m_checkFilters(!interlaced), m_height(height)
    {
        m_stream.zalloc = Z_NULL;
        m_stream.zfree = Z_NULL;
        m_stream.opaque = Z_NULL;
        m_ready = inflateInit(&m_stream) == Z_OK;
    }
    ~IdatInflater() { inflateEnd(&m_stream); }
    IdatInflater(const IdatInflater &) = delete;
    IdatInflater &operator=(const IdatInflater &) = delete;

    // The problem, or empty.
    QString feed(const QByteArray &compressed)
    {
        if (!m_ready)
            return QStringLiteral("its image data could not be inflated here");
        if (m_ended)
            return compressed.isEmpty() ? QString() : QStringLiteral("its image data goes on after its end");
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
        m_stream.avail_in = uInt(compressed.size());
        while (m_stream.avail_in > 0 && !m_ended) {
            m_stream.next_out = m_out.data();
            m_stream.avail_out = uInt(m_out.size());
            const int status = inflate(&m_stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                return QStringLiteral("its image data is corrupt (%1)")
                    .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate failed"));
            const quint64 produced = m_out.size() - m_stream.avail_out;
            if (QString bad = checkRows(produced); !bad.isEmpty())
                return bad;
            m_total += produced;
            if (m_total > m_expected)
                return QStringLiteral("its image data holds more than its %1 rows").arg(m_height);
            if (status == Z_STREAM_END)
                m_ended = true;
            else if (status == Z_BUF_ERROR && produced == 0)
                break; // needs more input
        }
        if (m_ended && m_stream.avail_in > 0)
            return QStringLiteral("its image data goes on after its end");
        return {};
    }

    QString finish() const
    {
        if (!m_ended)
            return QStringLiteral("its image data ends early (the file is cut short, or corrupt)");
        if (m_total != m_expected)
            return QStringLiteral("its image data holds %1 of the %2 bytes its rows need").arg(m_total).arg(m_expected);
        return {};
    }

private:
    // Every row starts with its filter type: 0 (none) to 4 (Paeth), section 7.3. Visits the
    // filter bytes alone, not every byte.
    QString checkRows(quint64 produced)
    {
        if (!m_checkFilters)
            return {};
        const quint64 end = m_total + produced;
        for (; m_nextFilter < end; m_nextFilter = plus(m_nextFilter, plus(m_stride, 1))) {
            const quint8 filter = m_out[m_nextFilter - m_total];
            if (filter > 4)
                return QStringLiteral("row %1 has an unknown filter type (%2)").arg(m_row + 1).arg(filter);
            ++m_row;
        }
        return {};
    }

    z_stream m_stream {};
    std::array<Bytef, 32 * 1024> m_out {};
    quint64 m_expected;
    quint64 m_stride;
    bool m_checkFilters;
    quint32 m_height;
    bool m_ready = false;
    bool m_ended = false;
    quint64 m_total = 0;
    quint64 m_nextFilter = 0; // where the next row's filter byte stands in the inflated data
    quint64 m_row = 0;
};

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// The bits each pixel takes, or 0 where the colour type and bit depth do not go together
// (PNG table 11.1).
int bitsPerPixel(int colourType, int depth)
{
    auto depthIn = [depth](std::initializer_list<int> allowed) {
        for (int d : allowed)
            if (d == depth)
                return true;
        return false;
    };
    switch (colourType) {
    case 0:
        return depthIn({1, 2, 4, 8, 16}) ? depth : 0;
    case 2:
        return depthIn({8, 16}) ? 3 * depth : 0;
    case 3:
        return depthIn({1, 2, 4, 8}) ? depth : 0;
    case 4:
        return depthIn({8, 16}) ? 2 * depth : 0;
    case 6:
        return depthIn({8, 16}) ? 4 * depth : 0;
    default:
        return 0;
    }
}

} // namespace

ImageCheck checkPng(QIODevice &device)
{
    const QByteArray signature = device.read(8);
    if (signature != QByteArray("\x89PNG\r\n\x1a\n", 8))
        return refused(QStringLiteral("it does not start with the PNG signature"));
    ImageCheck out;
    bool seenHeader = false, seenPalette = false, seenEnd = false;
    bool inData = false, dataDone = false;
    int colourType = 0;
    std::unique_ptr<IdatInflater> inflater;
    for (int index = 0;; ++index) {
        const QByteArray head = device.read(8);
        if (head.isEmpty())
            break;
        if (head.size() < 8)
            return refused(QStringLiteral("it is cut short inside a chunk header"));
        const quint32 length = be32(head.constData());
        const QByteArray type = head.mid(4, 4);
        const QString typeName = QString::fromLatin1(type);
        if (length > 0x7fffffffu)
            return refused(QStringLiteral("chunk %1 has a length past the limit").arg(index + 1));
        if (!std::all_of(type.begin(), type.end(), isLetter))
            return refused(QStringLiteral("chunk %1 has a type that is not four letters").arg(index + 1));
        if (seenEnd)
            return refused(QStringLiteral("a %1 chunk follows IEND").arg(typeName));
        if (index == 0 && type != "IHDR")
            return refused(QStringLiteral("its first chunk is %1, not IHDR").arg(typeName));
        if (index > 0 && type == "IHDR")
            return refused(QStringLiteral("it has a second IHDR chunk"));
        if (type == "IDAT" && dataDone)
            return refused(QStringLiteral("its IDAT chunks are not together"));
        if (inData && type != "IDAT")
            dataDone = true;
        // The chunk's data, read in pieces: the CRC covers the type and the data.
        uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(type.constData()), 4);
        QByteArray small; // IHDR and PLTE are read whole (at most 768 bytes are valid)
        quint64 left = length;
        if (type == "IDAT") {
            if (!seenHeader)
                return refused(QStringLiteral("IDAT comes before IHDR"));
            if (colourType == 3 && !seenPalette)
                return refused(QStringLiteral("its indexed colours have no PLTE chunk before the image data"));
            inData = true;
        }
        while (left > 0) {
            const QByteArray piece = device.read(qint64(std::min<quint64>(left, kPiece)));
            if (piece.isEmpty())
                return refused(QStringLiteral("it is cut short inside its %1 chunk").arg(typeName));
            crc = crc32(crc, reinterpret_cast<const Bytef *>(piece.constData()), uInt(piece.size()));
            left -= quint64(piece.size());
            if (type == "IDAT") {
                if (QString bad = inflater->feed(piece); !bad.isEmpty())
                    return refused(bad);
            } else if (small.size() < 1024) {
                small.append(piece.left(1024 - small.size()));
            }
        }
        const QByteArray stored = device.read(4);
        if (stored.size() < 4)
            return refused(QStringLiteral("it is cut short at the CRC of its %1 chunk").arg(typeName));
        if (be32(stored.constData()) != quint32(crc))
            return refused(QStringLiteral("its %1 chunk is corrupt (its CRC does not match)").arg(typeName));

        if (type == "IHDR") {
            if (length != 13)
                return refused(QStringLiteral("its IHDR chunk is %1 bytes, not 13").arg(length));
            out.width = be32(small.constData());
            out.height = be32(small.constData() + 4);
            const int depth = quint8(small[8]);
            colourType = quint8(small[9]);
            if (out.width == 0 || out.height == 0 || out.width > 0x7fffffffu || out.height > 0x7fffffffu)
                return refused(QStringLiteral("its size (%1 × %2) is not a valid one").arg(out.width).arg(out.height));
            const int bits = bitsPerPixel(colourType, depth);
            if (bits == 0)
                return refused(
                    QStringLiteral("colour type %1 does not come in bit depth %2").arg(colourType).arg(depth));
            if (small[10] != 0 || small[11] != 0)
                return refused(QStringLiteral("it names a compression or filter method PNG does not have"));
            if (quint8(small[12]) > 1)
                return refused(QStringLiteral("it names an interlace method PNG does not have"));
            const bool interlaced = small[12] == 1;
            inflater = std::make_unique<IdatInflater>(inflatedSize(out.width, out.height, bits, interlaced),
                rowBytes(out.width, bits), interlaced, out.height);
            seenHeader = true;
        } else if (type == "PLTE") {
            if (inData)
                return refused(QStringLiteral("its PLTE chunk comes after the image data"));
            if (length == 0 || length % 3 != 0 || length > 768)
                return refused(QStringLiteral("its palette is %1 bytes, not 1 to 256 colours of 3").arg(length));
            seenPalette = true;
        } else if (type == "IEND") {
            seenEnd = true;
        } else if (type[0] >= 'A' && type[0] <= 'Z' && type != "IDAT") {
            // Critical (first letter upper case): a decoder that does not know it must stop.
            return refused(QStringLiteral("it has a critical chunk no viewer knows (%1)").arg(typeName));
        }
    }
    if (!seenHeader)
        return refused(QStringLiteral("it has no chunks"));
    if (!inData)
        return refused(QStringLiteral("it has no image data (IDAT)"));
    if (QString bad = inflater->finish(); !bad.isEmpty())
        return refused(bad);
    if (!seenEnd)
        return refused(QStringLiteral("it has no IEND chunk (the file is cut short)"));
    out.decodes = true;
    return out;
}

namespace {

// Reads a JPEG front to back, a byte at a time from a buffer refilled in pieces.
class ByteReader {
public:
    explicit ByteReader(QIODevice &device) : m_device(device) { }
    // -1 at the end of the file.
    int next()
    {
        if (m_at == m_buffer.size()) {
            m_buffer = m_device.read(kPiece);
            m_at = 0;
            if (m_buffer.isEmpty())
                return -1;
        }
        return quint8(m_buffer[m_at++]);
    }
    // Skips n bytes; false when the file ends first.
    bool skip(qint64 n)
    {
        while (n > 0) {
            if (m_at == m_buffer.size()) {
                m_buffer = m_device.read(kPiece);
                m_at = 0;
                if (m_buffer.isEmpty())
                    return false;
            }
            const qint64 step = std::min<qint64>(n, m_buffer.size() - m_at);
            m_at += step;
            n -= step;
        }
        return true;
    }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_at = 0;
};

bool isFrameMarker(int marker) // SOF0 to SOF15 but DHT (C4), JPG (C8) and DAC (CC)
{
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

} // namespace

ImageCheck checkJpeg(QIODevice &device)
{
    ByteReader in(device);
    if (in.next() != 0xff || in.next() != 0xd8)
        return refused(QStringLiteral("it does not start with a JPEG start-of-image marker"));
    ImageCheck out;
    bool seenFrame = false;
    int scans = 0;
    int pending = -1; // a marker met inside entropy-coded data, not yet handled
    for (;;) {
        int marker = pending;
        pending = -1;
        if (marker < 0) {
            int byte = in.next();
            if (byte < 0)
                return refused(QStringLiteral("it ends without its end-of-image marker (the file is cut short)"));
            if (byte != 0xff)
                return refused(QStringLiteral("a marker segment was expected where other bytes stand"));
            do // fill bytes (B.1.1.2)
                marker = in.next();
            while (marker == 0xff);
            if (marker < 0)
                return refused(QStringLiteral("it ends inside a marker (the file is cut short)"));
        }
        if (marker == 0xd9) { // EOI
            if (!seenFrame)
                return refused(QStringLiteral("it has no frame header (SOF)"));
            if (scans == 0)
                return refused(QStringLiteral("it has no scan (SOS): no image data"));
            out.decodes = true;
            return out;
        }
        if (marker == 0xd8)
            return refused(QStringLiteral("it has a second start-of-image marker"));
        if (marker == 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
            return refused(QStringLiteral("a restart or stuffed byte stands outside the image data"));
        const int high = in.next(), low = in.next();
        if (low < 0)
            return refused(QStringLiteral("it is cut short inside a marker segment"));
        const int length = high << 8 | low;
        if (length < 2)
            return refused(QStringLiteral("a marker segment has a length below 2"));
        if (isFrameMarker(marker)) {
            if (seenFrame)
                return refused(QStringLiteral("it has a second frame header"));
            std::array<int, 6> header {};
            for (int &b : header)
                b = in.next();
            if (length < 8 || header[5] < 0)
                return refused(QStringLiteral("its frame header is cut short"));
            out.height = quint32(header[1] << 8 | header[2]);
            out.width = quint32(header[3] << 8 | header[4]);
            const int components = header[5];
            if (out.width == 0)
                return refused(QStringLiteral("its frame header gives a width of 0"));
            if (components < 1 || components > 4 || length != 8 + 3 * components)
                return refused(
                    QStringLiteral("its frame header names %1 components in %2 bytes").arg(components).arg(length));
            if (!in.skip(3 * components))
                return refused(QStringLiteral("its frame header is cut short"));
            seenFrame = true;
            continue;
        }
        if (!in.skip(length - 2))
            return refused(QStringLiteral("it is cut short inside a marker segment"));
        if (marker != 0xda) // not SOS
            continue;
        if (!seenFrame)
            return refused(QStringLiteral("its scan comes before its frame header"));
        ++scans;
        // Entropy-coded data: FF 00 is a stuffed FF, FF D0..D7 a restart marker; any other marker
        // ends the scan (B.1.1.5).
        for (;;) {
            int byte = in.next();
            if (byte < 0)
                return refused(QStringLiteral("its image data ends early (the file is cut short)"));
            if (byte != 0xff)
                continue;
            int next = in.next();
            while (next == 0xff)
                next = in.next();
            if (next < 0)
                return refused(QStringLiteral("its image data ends early (the file is cut short)"));
            if (next == 0x00 || (next >= 0xd0 && next <= 0xd7))
                continue;
            pending = next;
            break;
        }
    }
}

} // namespace dd::quality
