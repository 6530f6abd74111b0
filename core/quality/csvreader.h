#pragma once

// RFC 4180 records from a stream, one at a time, without a copy per field: fields are views into
// the reader's buffer (or, for a quoted field with "" inside, into a per-record scratch), valid
// until the next call. Quoted fields may hold delimiters, quotes ("") and line breaks; records
// end at LF or CRLF. Lenient where Python's csv module is (its default dialect, strict=False): a
// quote inside an unquoted field is a character, text after a closing quote joins the field, and
// a quote left open runs to the end of the input (reported, not fatal).
// A line that holds nothing is no record; a line that holds "" is a record of one empty field.
// Memory: the buffer grows only to the longest record.

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QVarLengthArray>

namespace dd::quality {

struct CsvRecord {
    QVarLengthArray<QByteArrayView, 32> fields;
    QByteArrayView raw; // the record's bytes as read, without its line break
    quint64 line = 0; // the line it starts on (1-based)
};

class CsvReader {
public:
    CsvReader(QIODevice &input, char delimiter, qsizetype chunkBytes = 1 << 20);

    // false at the end of the input.
    bool next(CsvRecord &record);

    qint64 bytesRead() const { return m_read; }
    // The line of a quote still open at the end of the input (0: none).
    quint64 unterminatedQuoteLine() const { return m_unterminatedLine; }

private:
    enum class Parsed { Record, Blank, NeedMore };
    Parsed parse(CsvRecord &record, bool atEnd);
    bool refill();

    struct Span {
        qsizetype begin;
        qsizetype size;
        bool inScratch;
    };

    QIODevice &m_input;
    char m_delimiter;
    qsizetype m_chunk;
    QByteArray m_buffer;
    qsizetype m_at = 0; // the next record's first byte
    qsizetype m_end = 0; // bytes of m_buffer in use
    bool m_eof = false;
    quint64 m_line = 1;
    qint64 m_read = 0;
    quint64 m_unterminatedLine = 0;
    QByteArray m_scratch;
    QVarLengthArray<Span, 32> m_spans;
};

} // namespace dd::quality
