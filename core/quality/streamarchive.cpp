#include "quality/streamarchive.h"

#include <zlib.h>

#include <algorithm>
#include <array>

namespace dd::quality {

namespace {

constexpr qint64 kPiece = 64 * 1024;
constexpr int kBlock = 512;

StreamArchiveCheck refused(const QString &why)
{
    StreamArchiveCheck out;
    out.problem = why;
    return out;
}

// A numeric field of a tar header: octal digits (leading spaces, then a NUL or space ends them),
// or GNU's base-256 (the first byte's high bit set). -1 when it is neither.
qint64 tarNumber(const char *field, int width)
{
    if (quint8(field[0]) & 0x80) {
        quint64 value = quint8(field[0]) & 0x7f;
        for (int i = 1; i < width; ++i) {
            if (value >> 55)
                return -1; // past what a file's size can be
            value = value << 8 | quint8(field[i]);
        }
        return qint64(value);
    }
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    qint64 value = 0;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value >> 58)
            return -1;
        value = value * 8 + (field[i] - '0');
    }
    if (i < width && field[i] != '\0' && field[i] != ' ')
        return -1;
    return value;
}

// Walks a tar stream fed in pieces of any size: each header's checksum, then its data skipped.
class TarWalker {
public:
    enum class State { Walking, Ended, Broken, NotTar };

    void feed(const char *data, qint64 size)
    {
        while (size > 0 && (m_state == State::Walking)) {
            if (m_skip > 0) {
                const qint64 step = std::min(size, m_skip);
                m_skip -= step;
                data += step;
                size -= step;
                continue;
            }
            const qint64 step = std::min<qint64>(size, kBlock - m_fill);
            std::copy(data, data + step, m_header.begin() + m_fill);
            m_fill += int(step);
            data += step;
            size -= step;
            if (m_fill == kBlock) {
                m_fill = 0;
                header();
            }
        }
    }

    // After the last piece: the problem, or empty.
    QString finish() const
    {
        switch (m_state) {
        case State::NotTar:
        case State::Broken:
            return m_problem;
        case State::Ended:
            return {};
        case State::Walking:
            break;
        }
        if (m_skip > 0)
            return QStringLiteral("entry %1 (%2) is cut short").arg(m_headers).arg(m_name);
        if (m_fill > 0)
            return QStringLiteral("it ends inside a 512-byte block (the file is cut short)");
        if (m_headers == 0)
            return QStringLiteral("it holds no tar header");
        return {}; // no end-of-archive blocks: every entry is whole, as GNU tar reads it
    }

    State state() const { return m_state; }
    quint64 entries() const { return m_entries; }

private:
    void header()
    {
        const char *h = m_header.data();
        if (std::all_of(m_header.begin(), m_header.end(), [](char c) { return c == 0; })) {
            if (m_headers == 0)
                return fail(State::NotTar, QStringLiteral("it starts with an empty block, not a tar header"));
            m_state = State::Ended; // the end-of-archive blocks; what follows is padding
            return;
        }
        // The checksum: every byte summed, its own eight counted as spaces (POSIX, ustar Header Block).
        quint64 sum = 0;
        for (int i = 0; i < kBlock; ++i)
            sum += (i >= 148 && i < 156) ? quint8(' ') : quint8(h[i]);
        const qint64 stored = tarNumber(h + 148, 8);
        ++m_headers;
        if (stored < 0 || quint64(stored) != sum)
            return fail(m_headers == 1 ? State::NotTar : State::Broken,
                m_headers == 1
                    ? QStringLiteral("its first block is not a tar header (its checksum does not match)")
                    : QStringLiteral("the header of entry %1 is corrupt (its checksum does not match)").arg(m_headers));
        const qint64 size = tarNumber(h + 124, 12);
        if (size < 0)
            return fail(State::Broken, QStringLiteral("the header of entry %1 has no valid size").arg(m_headers));
        const char type = h[156];
        m_name = QString::fromUtf8(h, qsizetype(std::find(h, h + 100, '\0') - h));
        // Links, devices, folders and FIFOs carry no data, whatever their size field says.
        const bool hasData = !(type >= '1' && type <= '6');
        m_skip = hasData ? (size + kBlock - 1) / kBlock * kBlock : 0;
        // pax extended headers and GNU long names describe the next entry; they are not entries.
        if (type != 'x' && type != 'g' && type != 'L' && type != 'K')
            ++m_entries;
    }

    void fail(State state, const QString &problem)
    {
        m_state = state;
        m_problem = problem;
    }

    std::array<char, kBlock> m_header {};
    int m_fill = 0;
    qint64 m_skip = 0;
    State m_state = State::Walking;
    quint64 m_headers = 0;
    quint64 m_entries = 0;
    QString m_name;
    QString m_problem;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

StreamArchiveCheck checkTar(QIODevice &device, const std::atomic_bool *cancel)
{
    TarWalker walker;
    for (;;) {
        if (cancelled(cancel))
            return refused(QStringLiteral("Cancelled."));
        const QByteArray piece = device.read(kPiece);
        if (piece.isEmpty())
            break;
        walker.feed(piece.constData(), piece.size());
        if (walker.state() != TarWalker::State::Walking)
            break;
    }
    if (QString problem = walker.finish(); !problem.isEmpty())
        return refused(problem);
    StreamArchiveCheck out;
    out.opens = true;
    out.entries = walker.entries();
    return out;
}

StreamArchiveCheck checkGzip(QIODevice &device, const std::atomic_bool *cancel)
{
    z_stream stream {};
    // 16 + 15: a gzip wrapper, its header read and its trailer's CRC-32 and size checked.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return refused(QStringLiteral("it could not be inflated here"));
    struct End {
        z_stream &s;
        ~End() { inflateEnd(&s); }
    } end {stream};
    std::array<Bytef, 64 * 1024> out {};
    TarWalker tar;
    StreamArchiveCheck result;
    bool inMember = true; // inflating a member (false once its trailer is read)
    quint64 members = 0;
    for (;;) {
        if (cancelled(cancel))
            return refused(QStringLiteral("Cancelled."));
        QByteArray piece = device.read(kPiece);
        if (piece.isEmpty())
            break;
        stream.next_in = reinterpret_cast<Bytef *>(piece.data());
        stream.avail_in = uInt(piece.size());
        while (stream.avail_in > 0) {
            if (!inMember) {
                // After a member, another member or nothing: zeros are padding, as gzip treats them.
                if (std::all_of(stream.next_in, stream.next_in + stream.avail_in, [](Bytef b) { return b == 0; })) {
                    stream.avail_in = 0;
                    break;
                }
                if (stream.next_in[0] != 0x1f)
                    return refused(QStringLiteral("bytes that are not gzip follow its end"));
                inflateReset(&stream);
                inMember = true;
            }
            stream.next_out = out.data();
            stream.avail_out = uInt(out.size());
            const int status = inflate(&stream, Z_NO_FLUSH);
            if (status == Z_DATA_ERROR)
                return refused(QStringLiteral("its compressed data is corrupt (%1)")
                                   .arg(QString::fromLatin1(stream.msg ? stream.msg : "data error")));
            if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                return refused(QStringLiteral("it could not be inflated (zlib status %1)").arg(status));
            const qint64 produced = qint64(out.size() - stream.avail_out);
            result.inflated += quint64(produced);
            if (tar.state() == TarWalker::State::Walking)
                tar.feed(reinterpret_cast<const char *>(out.data()), produced);
            if (status == Z_STREAM_END) {
                inMember = false;
                ++members;
            } else if (status == Z_BUF_ERROR && produced == 0) {
                break;
            }
        }
    }
    if (members == 0 || inMember)
        return refused(members == 0 && result.inflated == 0 && stream.total_in == 0
                ? QStringLiteral("it holds no gzip data")
                : QStringLiteral("its compressed data ends early (the file is cut short)"));
    // A tar archive inside: whole as well, else the archive is broken where tar would stop.
    if (tar.state() != TarWalker::State::NotTar && tar.entries() > 0) {
        if (QString problem = tar.finish(); !problem.isEmpty())
            return refused(QStringLiteral("the tar archive inside: %1").arg(problem));
        result.holdsTar = true;
        result.entries = tar.entries();
    }
    result.opens = true;
    return result;
}

} // namespace dd::quality
