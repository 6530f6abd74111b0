#include "quality/tableprofile.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace dd::quality {

namespace {

constexpr int previewRows = 20;
constexpr qsizetype mostDistinct = 100000; // per column
constexpr qsizetype mostRowHashes = 5000000;

enum TypeBit : unsigned {
    Integer = 1,
    Number = 2,
    Boolean = 4,
    Date = 8,
    DateTime = 16,
};

quint64 hash64(QByteArrayView bytes)
{
    return (quint64(qHash(bytes, 0x9e3779b9)) << 32) ^ quint64(qHash(bytes, 0x85ebca6b));
}

// The types value could be, of those still possible (only those are checked: parsing is costly).
unsigned typesOf(const QByteArray &value, unsigned possible = Integer | Number | Boolean | Date | DateTime)
{
    unsigned types = 0;
    bool ok = false;
    if (possible & (Integer | Number)) {
        value.toLongLong(&ok);
        if (ok) {
            types |= Integer | Number;
        } else {
            const double d = value.toDouble(&ok);
            if (ok && std::isfinite(d))
                types |= Number;
        }
    }
    static const QSet<QByteArray> booleans {"true", "false", "True", "False", "TRUE", "FALSE"};
    if ((possible & Boolean) && booleans.contains(value))
        types |= Boolean;
    if (!(possible & (Date | DateTime)))
        return types;
    if (value.size() == 10 && value[4] == '-' && value[7] == '-'
        && QDate::fromString(QString::fromLatin1(value), Qt::ISODate).isValid())
        types |= Date;
    else if (value.size() >= 19 && value[4] == '-' && (value[10] == 'T' || value[10] == ' ')
        && QDateTime::fromString(QString::fromLatin1(value).replace(10, 1, QLatin1Char('T')), Qt::ISODate).isValid())
        types |= DateTime;
    return types;
}

QString typeName(unsigned types, bool anyValue)
{
    if (!anyValue)
        return QStringLiteral("any");
    if (types & Integer)
        return QStringLiteral("integer");
    if (types & Number)
        return QStringLiteral("number");
    if (types & Boolean)
        return QStringLiteral("boolean");
    if (types & Date)
        return QStringLiteral("date");
    if (types & DateTime)
        return QStringLiteral("datetime");
    return QStringLiteral("string");
}

struct ColumnState {
    unsigned types = Integer | Number | Boolean | Date | DateTime;
    bool anyValue = false;
    QSet<quint64> distinct;
    bool distinctCapped = false;
    double minNumber = 0;
    double maxNumber = 0;
    QByteArray minText;
    QByteArray maxText;
    ColumnProfile profile;

    void add(const QByteArray &value)
    {
        if (value.isEmpty()) {
            ++profile.nulls;
            return;
        }
        types &= typesOf(value, types);
        if (!distinctCapped) {
            distinct.insert(hash64(value));
            if (distinct.size() >= mostDistinct)
                distinctCapped = true;
        }
        const double number = (types & Number) ? value.toDouble() : 0.0;
        if (!anyValue || value < minText)
            minText = value;
        if (!anyValue || value > maxText)
            maxText = value;
        if (!anyValue || number < minNumber)
            minNumber = number;
        if (!anyValue || number > maxNumber)
            maxNumber = number;
        anyValue = true;
    }

    ColumnProfile finish()
    {
        profile.type = typeName(types, anyValue);
        profile.distinct = quint64(distinct.size());
        profile.distinctIsLowerBound = distinctCapped;
        if (anyValue) {
            const bool numeric = profile.type == QLatin1String("integer") || profile.type == QLatin1String("number");
            profile.min = numeric ? QString::number(minNumber, 'g', 17) : QString::fromUtf8(minText);
            profile.max = numeric ? QString::number(maxNumber, 'g', 17) : QString::fromUtf8(maxText);
            if (profile.type == QLatin1String("integer")) {
                profile.min = QString::number(qint64(minNumber));
                profile.max = QString::number(qint64(maxNumber));
            }
        }
        return profile;
    }
};

// RFC 4180 records from a stream, one at a time.
class CsvReader {
public:
    CsvReader(QIODevice &input, char delimiter) : m_input(input), m_delimiter(delimiter) { }

    // The next record's fields; nullopt at the end. line is the record's first line number.
    std::optional<QList<QByteArray>> next(quint64 &line)
    {
        QList<QByteArray> fields;
        QByteArray field;
        bool quoted = false;
        bool any = false;
        line = m_line;
        while (true) {
            if (m_at >= m_buffer.size() && !refill()) {
                if (!any && field.isEmpty() && fields.isEmpty())
                    return std::nullopt;
                fields.append(field);
                return fields;
            }
            const char c = m_buffer[m_at++];
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (m_at >= m_buffer.size())
                        refill();
                    if (m_at < m_buffer.size() && m_buffer[m_at] == '"') {
                        field.append('"');
                        ++m_at;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == m_delimiter) {
                fields.append(field);
                field.clear();
            } else if (c == '\n') {
                ++m_line;
                if (field.endsWith('\r'))
                    field.chop(1);
                fields.append(field);
                return fields;
            } else {
                field.append(c);
            }
        }
    }

    qint64 bytesRead() const { return m_read; }

private:
    bool refill()
    {
        m_buffer = m_input.read(1024 * 1024);
        m_at = 0;
        m_read += m_buffer.size();
        return !m_buffer.isEmpty();
    }

    QIODevice &m_input;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    quint64 m_line = 1;
    qint64 m_read = 0;
};

} // namespace

TableDialect detectDialect(const QByteArray &sample)
{
    TableDialect dialect;
    // The delimiter that gives the first lines one consistent field count.
    QList<QByteArray> lines = sample.split('\n');
    if (lines.size() > 1)
        lines.removeLast();
    lines = lines.mid(0, 50);
    int best = 0;
    for (char delimiter : {',', '\t', ';', '|'}) {
        int columns = -1;
        int consistent = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.trimmed().isEmpty())
                continue;
            int count = 1;
            bool quoted = false;
            for (char c : line) {
                if (c == '"')
                    quoted = !quoted;
                else if (c == delimiter && !quoted)
                    ++count;
            }
            if (columns < 0)
                columns = count;
            if (count != columns)
                break;
            ++consistent;
        }
        if (columns > 1 && consistent > best) {
            best = consistent;
            dialect.delimiter = delimiter;
            dialect.consistent = true;
        }
    }
    // A header: the first row has no numbers where later rows have them, and no empty names.
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, dialect.delimiter);
    quint64 line = 0;
    const auto first = reader.next(line);
    const auto second = reader.next(line);
    if (first && second) {
        bool numbersBelow = false;
        bool numbersInFirst = false;
        for (qsizetype i = 0; i < first->size(); ++i) {
            numbersInFirst |= (typesOf(first->at(i)) & Number) != 0;
            numbersBelow |= i < second->size() && (typesOf(second->at(i)) & Number) != 0;
        }
        dialect.header = !numbersInFirst || !numbersBelow;
    }
    return dialect;
}

Result<TableProfile> profileTable(
    QIODevice &input, const TableDialect &dialect, const ProfileProgress &progress, const std::atomic_bool *cancel)
{
    TableProfile table;
    table.dialect = dialect;
    CsvReader reader(input, dialect.delimiter);
    QList<ColumnState> columns;
    QSet<quint64> rowHashes;
    quint64 line = 0;
    qint64 reported = 0;
    bool first = true;
    while (auto record = reader.next(line)) {
        if (cancel && cancel->load())
            return Result<TableProfile>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (record->size() == 1 && record->first().isEmpty())
            continue; // a blank line
        if (first) {
            first = false;
            for (qsizetype i = 0; i < record->size(); ++i) {
                ColumnState column;
                column.profile.name = dialect.header ? QString::fromUtf8(record->at(i)).trimmed()
                                                     : QStringLiteral("field%1").arg(i + 1);
                columns.append(column);
            }
            if (dialect.header)
                continue;
        }
        ++table.rows;
        if (record->size() != columns.size()) {
            if (table.raggedRows++ == 0)
                table.firstRaggedLine = line;
        }
        for (qsizetype i = 0; i < columns.size(); ++i) // a field a short row lacks counts as missing
            columns[i].add(i < record->size() ? record->at(i) : QByteArray());
        if (table.preview.size() < previewRows) {
            QStringList row;
            for (const QByteArray &field : std::as_const(*record))
                row.append(QString::fromUtf8(field));
            table.preview.append(row);
        }
        if (!table.duplicatesIsLowerBound) {
            QByteArray joined = record->join('\x1f');
            const quint64 hash = hash64(joined);
            if (rowHashes.contains(hash))
                ++table.duplicateRows;
            else if (rowHashes.size() < mostRowHashes)
                rowHashes.insert(hash);
            else
                table.duplicatesIsLowerBound = true;
        }
        if (progress && reader.bytesRead() - reported >= 4 * 1024 * 1024) {
            reported = reader.bytesRead();
            progress(reported);
        }
    }
    for (ColumnState &column : columns)
        table.columns.append(column.finish());
    if (progress)
        progress(reader.bytesRead());
    return table;
}

} // namespace dd::quality
