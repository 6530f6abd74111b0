#pragma once

// A delimited table (CSV, TSV) read once, streaming, as RFC 4180 describes it (quoted fields,
// "" inside quotes, line breaks inside quoted fields, CRLF or LF): its dialect, header, each
// column's type in Frictionless Table Schema terms (integer, number, boolean, date, datetime,
// string) with null, distinct, min and max, duplicate and ragged rows, and the first rows for a
// preview. Memory stays bounded: distinct values and duplicate rows are counted by 64-bit hashes
// up to a cap, beyond which the count is reported as "at least".

#include "common/result.h"

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

struct ColumnProfile {
    QString name;
    QString type = QStringLiteral("string"); // Frictionless: integer, number, boolean, date, datetime, string, any
    quint64 nulls = 0; // empty fields (Frictionless' default missingValues: [""])
    quint64 distinct = 0;
    bool distinctIsLowerBound = false;
    QString min; // numeric order for integer and number, text order otherwise; empty when all null
    QString max;
};

struct TableProfile {
    TableDialect dialect;
    QList<ColumnProfile> columns;
    quint64 rows = 0; // data rows, the header not counted
    quint64 duplicateRows = 0;
    bool duplicatesIsLowerBound = false;
    quint64 raggedRows = 0; // rows with more or fewer fields than the header
    quint64 firstRaggedLine = 0;
    QList<QStringList> preview; // the first data rows
};

// Guesses the dialect from a sample of the table's first bytes.
TableDialect detectDialect(const QByteArray &sample);

using ProfileProgress = std::function<void(qint64 bytesRead)>;
Result<TableProfile> profileTable(QIODevice &input, const TableDialect &dialect, const ProfileProgress &progress = {},
    const std::atomic_bool *cancel = nullptr);

} // namespace dd::quality
