#pragma once

// What a Parquet file says of itself: its footer, read as the Apache Parquet format
// specification lays it out (the FileMetaData struct of parquet.thrift, Thrift's compact
// protocol, then its length and "PAR1" at the end of the file). The rows, the row groups, each
// leaf column's name and type (in Frictionless' words, as the CSV columns get them) and the
// program that wrote it. Reads the last 8 bytes and the footer alone; the footer's parse is
// bounded by its size (no element count past the bytes left, nesting at most 32 deep).

#include "common/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace dd::quality {

struct ParquetColumn {
    QString name; // a nested column's path, dotted: "address.city"
    QString type; // integer, number, boolean, date, datetime, string, binary
};

struct ParquetFooter {
    qint64 rows = 0;
    qint64 rowGroups = 0;
    QList<ParquetColumn> columns;
    QString createdBy; // "parquet-cpp-arrow version 14.0.1"
};

// device: open for reading, random access.
Result<ParquetFooter> readParquetFooter(QIODevice &device);
// The footer parsed from its bytes (what readParquetFooter reads from the file's end).
Result<ParquetFooter> parseParquetFileMetaData(const QByteArray &footer);

// "8 rows in 1 row group, 11 columns, written by impala version 1.3.0"
QString parquetSummary(const ParquetFooter &footer);

} // namespace dd::quality
