#pragma once

// What a file holds, judged by its bytes rather than its name: binary formats by their magic
// numbers (Parquet, Arrow, images, archives, PDF, SQLite, HDF5, NumPy, safetensors, …), text by
// whether it is UTF-8 and then whether it parses as JSON, JSON Lines or a delimited table. The
// name's extension only breaks ties the bytes leave open (a one-column CSV is also plain text).

#include <QByteArray>
#include <QString>

namespace dd::quality {

enum class FormatKind {
    Table,
    Json,
    JsonLines,
    Text,
    Image,
    Archive,
    Columnar,
    Document,
    Database,
    Model,
    Binary,
    Empty
};

struct SniffedFormat {
    QString format; // the Frictionless "format": csv, tsv, json, jsonl, parquet, png, zip, …
    QString mediaType; // IANA media type
    FormatKind kind = FormatKind::Binary;
    QString description; // for people: "Parquet (columnar)", "PNG image"
    bool utf8 = false; // text that is valid UTF-8
};

// head: the first bytes of the file (64 KiB is plenty); tail: its last bytes (Parquet's footer).
SniffedFormat sniffFormat(const QByteArray &head, const QByteArray &tail, const QString &fileName);

// Whether bytes are valid UTF-8, allowing a sequence cut off at the very end (a head sample).
bool isUtf8(const QByteArray &bytes, bool allowCutEnd);

} // namespace dd::quality
