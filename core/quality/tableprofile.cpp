#include "quality/tableprofile.h"

#include "quality/csvreader.h"
#include "quality/sketches.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QSet>

#include <charconv>
#include <cmath>

namespace dd::quality {

namespace {

constexpr int previewRows = 20;
constexpr qsizetype exactDistinct = 10000; // per column; then estimated
constexpr qsizetype exactRows = 65536; // distinct rows counted exactly; then estimated
constexpr int examples = 3;

enum TypeBit : unsigned {
    Integer = 1,
    Number = 2,
    Boolean = 4,
    Date = 8,
    DateTime = 16,
};
constexpr unsigned allTypes = Integer | Number | Boolean | Date | DateTime;

bool digit(char c)
{
    return c >= '0' && c <= '9';
}

int digits(QByteArrayView v, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        if (!digit(v[i]))
            return -1;
        value = value * 10 + (v[i] - '0');
    }
    return value;
}

bool isIsoDate(QByteArrayView v)
{
    if (v.size() < 10 || v[4] != '-' || v[7] != '-')
        return false;
    const int y = digits(v, 0, 4), m = digits(v, 5, 2), d = digits(v, 8, 2);
    return y >= 0 && m >= 0 && d >= 0 && QDate::isValid(y, m, d);
}

bool isIsoDateTime(QByteArrayView v)
{
    if (v.size() < 19 || (v[10] != 'T' && v[10] != ' ') || v[13] != ':' || v[16] != ':' || !isIsoDate(v.first(10)))
        return false;
    const int h = digits(v, 11, 2), m = digits(v, 14, 2), sec = digits(v, 17, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60)
        return false;
    // Fractions and a zone may follow: .123, Z, +01:00.
    for (qsizetype i = 19; i < v.size(); ++i) {
        const char c = v[i];
        if (!(digit(c) || c == '.' || c == 'Z' || c == '+' || c == '-' || c == ':'))
            return false;
    }
    return true;
}

// The value as a number, if it reads as one (Frictionless: an optional sign, digits, a point,
// an exponent); integer tells whether it is one.
std::optional<double> numberOf(QByteArrayView v, bool &integer)
{
    integer = false;
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    const char first = v[0];
    if (!(digit(first) || first == '-' || first == '+' || first == '.'))
        return std::nullopt;
    qsizetype i = first == '-' || first == '+' ? 1 : 0;
    bool allDigits = i < v.size();
    for (qsizetype j = i; j < v.size() && allDigits; ++j)
        allDigits = digit(v[j]);
    if (allDigits && v.size() - i <= 18) {
        qint64 n = 0;
        for (qsizetype j = i; j < v.size(); ++j)
            n = n * 10 + (v[j] - '0');
        integer = true;
        return first == '-' ? -double(n) : double(n);
    }
    double d = 0;
    const char *begin = v.data() + (first == '+' ? 1 : 0);
    const auto [end, error] = std::from_chars(begin, v.data() + v.size(), d);
    if (error != std::errc() || end != v.data() + v.size() || !std::isfinite(d))
        return std::nullopt;
    return d;
}

bool validUtf8(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    const auto *end = p + v.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
        if (extra < 0 || end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i)
            if ((p[i] & 0xc0) != 0x80)
                return false;
        if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) || (c == 0xf0 && p[1] < 0x90)
            || (c == 0xf4 && p[1] > 0x8f))
            return false;
        p += extra + 1;
    }
    return true;
}

bool ascii(QByteArrayView v)
{
    for (char c : v)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
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

bool isBoolean(QByteArrayView v)
{
    static const QByteArrayView booleans[] = {"true", "false", "True", "False", "TRUE", "FALSE"};
    for (QByteArrayView b : booleans)
        if (v == b)
            return true;
    return false;
}

QString shortText(QByteArrayView v)
{
    QString text = QString::fromUtf8(v.first(std::min<qsizetype>(v.size(), 60)));
    return v.size() > 60 ? text + QStringLiteral("…") : text;
}

struct ColumnState {
    unsigned types = allTypes;
    bool anyValue = false;
    DistinctCounter distinct {exactDistinct};
    double minNumber = 0;
    double maxNumber = 0;
    bool anyNumber = false;
    double mean = 0; // Welford
    double m2 = 0;
    Reservoir sample;
    QByteArray minText;
    QByteArray maxText;
    std::optional<PersonalKind> nameHint;
    std::array<quint64, personalKindCount> personal {};
    std::array<QStringList, personalKindCount> personalExamples;
    ColumnProfile profile;

    // hash: the value's hash64.
    void add(QByteArrayView value, quint64 hash, quint64 line, quint64 &firstInvalidLine)
    {
        if (value.isEmpty()) {
            ++profile.nulls;
            return;
        }
        if (!ascii(value) && !validUtf8(value)) {
            if (profile.invalidUtf8++ == 0 && firstInvalidLine == 0)
                firstInvalidLine = line;
        }
        distinct.add(hash);
        bool integer = false;
        const std::optional<double> number = numberOf(value, integer);
        if (number) {
            const double x = *number;
            ++profile.numbers;
            if (!anyNumber || x < minNumber)
                minNumber = x;
            if (!anyNumber || x > maxNumber)
                maxNumber = x;
            anyNumber = true;
            const double delta = x - mean;
            mean += delta / double(profile.numbers);
            m2 += delta * (x - mean);
            sample.add(x);
            if (!integer)
                types &= ~unsigned(Integer);
            types &= Integer | Number;
        } else {
            ++profile.textValues;
            if (profile.textExamples.size() < examples) {
                const QString text = shortText(value);
                if (!profile.textExamples.contains(text))
                    profile.textExamples.append(text);
            }
            unsigned possible = 0;
            if ((types & Boolean) && isBoolean(value))
                possible |= Boolean;
            if ((types & Date) && value.size() == 10 && isIsoDate(value))
                possible |= Date;
            if ((types & DateTime) && value.size() >= 19 && isIsoDateTime(value))
                possible |= DateTime;
            types &= possible;
            if (auto kind = personalKindOfValue(value, nameHint)) {
                const int k = int(*kind);
                ++personal[size_t(k)];
                if (personalExamples[size_t(k)].size() < examples)
                    personalExamples[size_t(k)].append(maskedValue(*kind, value));
            }
        }
        if (!anyValue || value < QByteArrayView(minText))
            minText = value.toByteArray();
        if (!anyValue || value > QByteArrayView(maxText))
            maxText = value.toByteArray();
        anyValue = true;
    }

    ColumnProfile finish()
    {
        profile.type = typeName(types, anyValue);
        profile.distinct = distinct.distinct();
        profile.distinctIsLowerBound = distinct.isEstimate();
        const bool numeric = profile.type == QLatin1String("integer") || profile.type == QLatin1String("number");
        if (anyValue) {
            profile.min = numeric ? QString::number(minNumber, 'g', QLocale::FloatingPointShortest)
                                  : QString::fromUtf8(minText);
            profile.max = numeric ? QString::number(maxNumber, 'g', QLocale::FloatingPointShortest)
                                  : QString::fromUtf8(maxText);
            if (profile.type == QLatin1String("integer")) {
                profile.min = QString::number(qint64(minNumber));
                profile.max = QString::number(qint64(maxNumber));
            }
        }
        if (numeric)
            profile.textValues = 0; // none: all values are numbers
        else if (profile.numbers * 2 < profile.numbers + profile.textValues)
            profile.textExamples.clear(); // a text column: its few numbers are no mix worth naming
        if (profile.numbers > 0) {
            profile.mean = mean;
            profile.standardDeviation = profile.numbers > 1 ? std::sqrt(m2 / double(profile.numbers - 1)) : 0;
            const std::vector<double> values = sample.sorted();
            auto at = [&](double q) { return values[size_t(std::llround(q * double(values.size() - 1)))]; };
            profile.quartiles = {at(0.25), at(0.5), at(0.75)};
            const double iqr = profile.quartiles[2] - profile.quartiles[0];
            const double low = profile.quartiles[0] - 3 * iqr;
            const double high = profile.quartiles[2] + 3 * iqr;
            constexpr int bins = 20;
            QList<quint64> histogram(bins, 0);
            quint64 far = 0;
            const double width = (maxNumber - minNumber) / bins;
            for (double x : values) {
                const int bin = width > 0 ? std::clamp(int((x - minNumber) / width), 0, bins - 1) : 0;
                ++histogram[bin];
                if (iqr > 0 && (x < low || x > high)) {
                    ++far;
                    if (profile.outlierExamples.size() < examples)
                        profile.outlierExamples.append(QString::number(x, 'g', 12));
                }
            }
            const double scale = double(profile.numbers) / double(values.size());
            for (quint64 &count : histogram)
                count = quint64(std::llround(double(count) * scale));
            profile.histogram = histogram;
            profile.outliers = quint64(std::llround(double(far) * scale));
        }
        for (int k = 0; k < personalKindCount; ++k) {
            const bool byName = nameHint && int(*nameHint) == k;
            if (personal[size_t(k)] == 0)
                continue;
            profile.personalData.append({PersonalKind(k), personal[size_t(k)], byName, personalExamples[size_t(k)]});
        }
        return profile;
    }
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
    CsvRecord firstRecord;
    CsvRecord secondRecord;
    QList<QByteArray> first;
    if (reader.next(firstRecord)) {
        for (QByteArrayView field : firstRecord.fields)
            first.append(field.toByteArray()); // the views end with the next record
    }
    if (!first.isEmpty() && reader.next(secondRecord)) {
        bool numbersBelow = false;
        bool numbersInFirst = false;
        bool integer = false;
        for (qsizetype i = 0; i < first.size(); ++i) {
            numbersInFirst |= numberOf(first[i], integer).has_value();
            numbersBelow |= i < secondRecord.fields.size() && numberOf(secondRecord.fields[i], integer).has_value();
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
    std::vector<std::unique_ptr<ColumnState>> columns;
    DistinctCounter rows(exactRows);
    BottomKSketch sketch;
    CsvRecord record;
    qint64 reported = 0;
    bool first = true;
    while (reader.next(record)) {
        if (cancel && (table.rows & 1023) == 0 && cancel->load())
            return Result<TableProfile>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (first) {
            first = false;
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                auto column = std::make_unique<ColumnState>();
                column->profile.name = dialect.header ? QString::fromUtf8(record.fields[i]).trimmed()
                                                      : QStringLiteral("field%1").arg(i + 1);
                column->nameHint = personalKindOfColumn(column->profile.name);
                columns.push_back(std::move(column));
            }
            if (dialect.header)
                continue;
        }
        ++table.rows;
        if (record.fields.size() != qsizetype(columns.size())) {
            if (table.raggedRows++ == 0)
                table.firstRaggedLine = record.line;
        }
        quint64 rowHash = 0;
        for (qsizetype i = 0; i < qsizetype(columns.size()); ++i) { // a field a short row lacks counts as missing
            const QByteArrayView field = i < record.fields.size() ? record.fields[i] : QByteArrayView();
            const quint64 hash = hash64(field);
            columns[size_t(i)]->add(field, hash, record.line, table.firstInvalidUtf8Line);
            rowHash = combineHash(rowHash, hash ^ (quint64(i) * 0x9e3779b97f4a7c15ULL));
        }
        for (qsizetype i = qsizetype(columns.size()); i < record.fields.size(); ++i)
            rowHash = combineHash(rowHash, hash64(record.fields[i], quint64(i)));
        rows.add(rowHash);
        sketch.add(rowHash);
        if (table.preview.size() < previewRows) {
            QStringList row;
            for (QByteArrayView field : record.fields)
                row.append(QString::fromUtf8(field));
            table.preview.append(row);
        }
        if (progress && reader.bytesRead() - reported >= 4 * 1024 * 1024) {
            reported = reader.bytesRead();
            progress(reported);
        }
    }
    table.duplicateRows = rows.repeats();
    table.duplicatesIsLowerBound = rows.isEstimate();
    table.unterminatedQuoteLine = reader.unterminatedQuoteLine();
    table.rowSketch = sketch.values();
    for (auto &column : columns)
        table.columns.append(column->finish());
    if (progress)
        progress(reader.bytesRead());
    return table;
}

} // namespace dd::quality
