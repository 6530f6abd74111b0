#include "quality/csvreader.h"

#include <cstring>

namespace dd::quality {

CsvReader::CsvReader(QIODevice &input, char delimiter, qsizetype chunkBytes)
    : m_input(input), m_delimiter(delimiter), m_chunk(std::max<qsizetype>(chunkBytes, 16))
{
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // The unread tail moves to the front; the buffer grows only when one record fills it.
    const qsizetype tail = m_end - m_at;
    if (m_at > 0) {
        if (tail > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_at, size_t(tail));
        m_at = 0;
        m_end = tail;
    }
    if (m_buffer.size() < m_end + m_chunk)
        m_buffer.resize(m_end + m_chunk);
    const qint64 got = m_input.read(m_buffer.data() + m_end, m_chunk);
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    m_end += got;
    m_read += got;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    while (true) {
        const Parsed parsed = parse(record, m_eof);
        if (parsed == Parsed::Record)
            return true;
        if (parsed == Parsed::Blank)
            continue;
        // NeedMore: the record runs past what is read.
        if (!refill() && m_at >= m_end)
            return false;
    }
}

CsvReader::Parsed CsvReader::parse(CsvRecord &record, bool atEnd)
{
    const char *const data = m_buffer.constData();
    const qsizetype end = m_end;
    const qsizetype start = m_at;
    qsizetype p = start;
    if (p >= end)
        return Parsed::NeedMore;
    m_spans.clear();
    m_scratch.clear();
    quint64 lines = 0;
    const char delimiter = m_delimiter;
    bool anyQuoted = false;
    while (true) {
        // One field from p.
        if (p < end && data[p] == '"') {
            anyQuoted = true;
            qsizetype q = p + 1;
            bool escaped = false;
            qsizetype close = -1;
            while (true) {
                const void *found = q < end ? std::memchr(data + q, '"', size_t(end - q)) : nullptr;
                if (!found) {
                    if (!atEnd)
                        return Parsed::NeedMore;
                    // Open to the end of the input: the field is all that is left.
                    if (m_unterminatedLine == 0)
                        m_unterminatedLine = m_line + lines;
                    close = end;
                    break;
                }
                const qsizetype at = static_cast<const char *>(found) - data;
                if (at + 1 >= end && !atEnd)
                    return Parsed::NeedMore; // "" or " then the end of the chunk: cannot tell yet
                if (at + 1 < end && data[at + 1] == '"') {
                    escaped = true;
                    q = at + 2;
                    continue;
                }
                close = at;
                break;
            }
            for (qsizetype i = p + 1; i < close; ++i)
                lines += data[i] == '\n';
            qsizetype after = close < end ? close + 1 : end;
            // Text after the closing quote, up to the delimiter or line break, joins the field.
            qsizetype stray = after;
            while (stray < end && data[stray] != delimiter && data[stray] != '\n')
                ++stray;
            if (stray >= end && !atEnd)
                return Parsed::NeedMore;
            qsizetype strayEnd = stray;
            if (strayEnd > after && data[strayEnd - 1] == '\r' && (strayEnd >= end || data[strayEnd] == '\n'))
                --strayEnd; // the CR of a CRLF
            if (!escaped && strayEnd == after) {
                m_spans.append({p + 1, close - p - 1, false});
            } else {
                const qsizetype begin = m_scratch.size();
                for (qsizetype i = p + 1; i < close; ++i) {
                    m_scratch.append(data[i]);
                    if (data[i] == '"')
                        ++i; // the second quote of ""
                }
                m_scratch.append(data + after, strayEnd - after);
                m_spans.append({begin, m_scratch.size() - begin, true});
            }
            p = stray;
        } else {
            qsizetype q = p;
            while (q < end && data[q] != delimiter && data[q] != '\n')
                ++q;
            if (q >= end && !atEnd)
                return Parsed::NeedMore;
            qsizetype fieldEnd = q;
            if (fieldEnd > p && data[fieldEnd - 1] == '\r' && (q >= end || data[q] == '\n'))
                --fieldEnd;
            m_spans.append({p, fieldEnd - p, false});
            p = q;
        }
        if (p < end && data[p] == delimiter) {
            ++p;
            continue;
        }
        break; // a line break, or the end of the input
    }
    const qsizetype recordEnd = p;
    const bool lineBreak = p < end && data[p] == '\n';
    record.line = m_line;
    m_line += lines + (lineBreak ? 1 : 0);
    m_at = lineBreak ? p + 1 : p;
    qsizetype rawEnd = recordEnd;
    if (lineBreak && rawEnd > start && data[rawEnd - 1] == '\r')
        --rawEnd;
    record.raw = QByteArrayView(data + start, rawEnd - start);
    // An empty line (nothing, or a lone CR) is no record; a line of "" is one.
    if (!anyQuoted && m_spans.size() == 1 && m_spans[0].size == 0)
        return Parsed::Blank;
    record.fields.resize(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        record.fields[i] = QByteArrayView((s.inScratch ? m_scratch.constData() : data) + s.begin, s.size);
    }
    return Parsed::Record;
}

} // namespace dd::quality
