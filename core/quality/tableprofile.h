#pragma once

// A delimited table (CSV, TSV) read once, streaming, as RFC 4180 describes it (quoted fields,
// "" inside quotes, line breaks inside quoted fields, CRLF or LF): its dialect, header, each
// column's type in Frictionless Table Schema terms (integer, number, boolean, date, datetime,
// string) with null, distinct, min and max, duplicate and ragged rows, and the first rows for a
// preview; numbers' spread and outliers, mixed types, invalid UTF-8 and personal data per column;
// a sketch of the rows for near duplicates. Memory stays bounded whatever the size: distinct
// values and duplicate rows are counted exactly by 64-bit hashes up to a bound, then estimated
// by HyperLogLog; quantiles come from a fixed-size sample.

#include "common/result.h"
#include "quality/personaldata.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace dd::quality {

struct TableDialect {
    char delimiter = ',';
    bool header = true;
    bool consistent = false; // the sample's lines split into one field count (> 1) by delimiter
};

// A kind of personal data found in a column: how many values, and a few of them masked.
struct PersonalDataFinding {
    PersonalKind kind = PersonalKind::Email;
    quint64 values = 0;
    bool byColumnName = false; // the column's name says so too
    QStringList maskedExamples;
};

struct ColumnProfile {
    QString name;
    QString type = QStringLiteral("string"); // Frictionless: integer, number, boolean, date, datetime, string, any
    quint64 nulls = 0; // empty fields (Frictionless' default missingValues: [""])
    quint64 distinct = 0;
    bool distinctIsLowerBound = false; // past a bound, distinct is a HyperLogLog estimate (about 1%)
    QString min; // numeric order for integer and number, text order otherwise; empty when all null
    QString max;
    // Numbers: every value that reads as one (in a text column too, for mixed types).
    quint64 numbers = 0;
    double mean = 0;
    double standardDeviation = 0;
    // From a uniform sample of at most Reservoir::size values: quartiles, a histogram of 20
    // equal bins from min to max (counts scaled to all numbers), and values beyond Tukey's far
    // fences (3 IQR past the quartiles), estimated for the whole column.
    QList<double> quartiles; // q1, median, q3
    QList<quint64> histogram;
    quint64 outliers = 0;
    QStringList outlierExamples;
    // Values that are not numbers in a column that is mostly numbers, with examples.
    quint64 textValues = 0;
    QStringList textExamples;
    quint64 invalidUtf8 = 0; // values whose bytes are not UTF-8
    QList<PersonalDataFinding> personalData;
};

struct TableProfile {
    TableDialect dialect;
    QList<ColumnProfile> columns;
    quint64 rows = 0; // data rows, the header not counted
    quint64 duplicateRows = 0;
    bool duplicatesIsLowerBound = false; // past a bound: rows minus a HyperLogLog estimate of distinct rows
    quint64 raggedRows = 0; // rows with more or fewer fields than the header
    quint64 firstRaggedLine = 0;
    quint64 unterminatedQuoteLine = 0; // a quote left open runs from this line to the end
    quint64 firstInvalidUtf8Line = 0;
    QList<QStringList> preview; // the first data rows
    QList<quint64> rowSketch; // bottom-k MinHash of the distinct rows' hashes (near duplicates)
};

// Guesses the dialect from a sample of the table's first bytes.
TableDialect detectDialect(const QByteArray &sample);

using ProfileProgress = std::function<void(qint64 bytesRead)>;
Result<TableProfile> profileTable(QIODevice &input, const TableDialect &dialect, const ProfileProgress &progress = {},
    const std::atomic_bool *cancel = nullptr);

} // namespace dd::quality
