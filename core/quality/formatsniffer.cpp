#include "quality/formatsniffer.h"

#include "quality/tableprofile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QList>

#include <optional>

namespace dd::quality {

namespace {

struct Magic {
    qsizetype offset;
    QByteArray bytes;
    const char *format;
    const char *mediaType;
    FormatKind kind;
    const char *description;
};

const QList<Magic> &magics()
{
    static const QList<Magic> list {
        {0, QByteArray("PAR1"), "parquet", "application/vnd.apache.parquet", FormatKind::Columnar,
            "Parquet (columnar)"},
        {0, QByteArray("ARROW1"), "arrow", "application/vnd.apache.arrow.file", FormatKind::Columnar,
            "Arrow IPC (columnar)"},
        {0, QByteArray("ORC"), "orc", "application/octet-stream", FormatKind::Columnar, "ORC (columnar)"},
        {0, QByteArray("Obj\x01", 4), "avro", "application/avro", FormatKind::Columnar, "Avro container"},
        {0, QByteArray("\x89PNG\r\n\x1a\n", 8), "png", "image/png", FormatKind::Image, "PNG image"},
        {0, QByteArray("\xff\xd8\xff", 3), "jpg", "image/jpeg", FormatKind::Image, "JPEG image"},
        {0, QByteArray("GIF87a"), "gif", "image/gif", FormatKind::Image, "GIF image"},
        {0, QByteArray("GIF89a"), "gif", "image/gif", FormatKind::Image, "GIF image"},
        {0, QByteArray("II*\0", 4), "tiff", "image/tiff", FormatKind::Image, "TIFF image"},
        {0, QByteArray("MM\0*", 4), "tiff", "image/tiff", FormatKind::Image, "TIFF image"},
        {0, QByteArray("BM"), "bmp", "image/bmp", FormatKind::Image, "BMP image"},
        {0, QByteArray("PK\x03\x04", 4), "zip", "application/zip", FormatKind::Archive, "ZIP archive"},
        {0, QByteArray("PK\x05\x06", 4), "zip", "application/zip", FormatKind::Archive, "ZIP archive (empty)"},
        {0, QByteArray("\x1f\x8b", 2), "gz", "application/gzip", FormatKind::Archive, "gzip-compressed data"},
        {0, QByteArray("BZh"), "bz2", "application/x-bzip2", FormatKind::Archive, "bzip2-compressed data"},
        {0,
            QByteArray("\xfd"
                       "7zXZ\0",
                6),
            "xz", "application/x-xz", FormatKind::Archive, "xz-compressed data"},
        {0, QByteArray("\x28\xb5\x2f\xfd", 4), "zst", "application/zstd", FormatKind::Archive,
            "Zstandard-compressed data"},
        {0, QByteArray("7z\xbc\xaf\x27\x1c", 6), "7z", "application/x-7z-compressed", FormatKind::Archive,
            "7-Zip archive"},
        {257, QByteArray("ustar"), "tar", "application/x-tar", FormatKind::Archive, "tar archive"},
        {0, QByteArray("%PDF-"), "pdf", "application/pdf", FormatKind::Document, "PDF document"},
        {0, QByteArray("SQLite format 3\0", 16), "sqlite", "application/vnd.sqlite3", FormatKind::Database,
            "SQLite database"},
        {0, QByteArray("\x89HDF\r\n\x1a\n", 8), "hdf5", "application/x-hdf5", FormatKind::Columnar, "HDF5 data"},
        {0, QByteArray("\x93NUMPY"), "npy", "application/octet-stream", FormatKind::Columnar, "NumPy array"},
        {0, QByteArray("GGUF"), "gguf", "application/octet-stream", FormatKind::Model, "GGUF model weights"},
    };
    return list;
}

// WEBP is RIFF....WEBP; safetensors is an 8-byte little-endian header length, then a JSON header.
std::optional<SniffedFormat> sniffSpecial(const QByteArray &head)
{
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return SniffedFormat {QStringLiteral("webp"), QStringLiteral("image/webp"), FormatKind::Image,
            QStringLiteral("WebP image"), false};
    if (head.size() >= 10) {
        quint64 length = 0;
        for (int i = 7; i >= 0; --i)
            length = (length << 8) | quint8(head[i]);
        if (length > 1 && length < 100 * 1024 * 1024 && head.mid(8, 2) == "{\"")
            return SniffedFormat {QStringLiteral("safetensors"), QStringLiteral("application/octet-stream"),
                FormatKind::Model, QStringLiteral("safetensors model weights"), false};
    }
    return std::nullopt;
}

} // namespace

bool isUtf8(const QByteArray &bytes, bool allowCutEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            extra = 1;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n) // the sequence runs past the end of the bytes
            return allowCutEnd;
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

SniffedFormat sniffFormat(const QByteArray &head, const QByteArray &tail, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (head.isEmpty())
        return {suffix, QStringLiteral("application/octet-stream"), FormatKind::Empty, QStringLiteral("an empty file"),
            false};
    for (const Magic &m : magics()) {
        if (head.mid(m.offset, m.bytes.size()) == m.bytes) {
            SniffedFormat out {
                QLatin1String(m.format), QLatin1String(m.mediaType), m.kind, QLatin1String(m.description), false};
            if (out.format == QLatin1String("parquet") && !tail.endsWith("PAR1"))
                out.description
                    = QStringLiteral("Parquet (columnar), but its footer is missing: the file is cut short");
            return out;
        }
    }
    if (auto special = sniffSpecial(head))
        return *special;
    if (head.contains('\0') || !isUtf8(head, true))
        return {suffix.isEmpty() ? QStringLiteral("bin") : suffix, QStringLiteral("application/octet-stream"),
            FormatKind::Binary, QStringLiteral("binary data"), false};

    QByteArray text = head;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3); // a UTF-8 byte order mark
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error {};
        QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError)
            return {QStringLiteral("json"), QStringLiteral("application/json"), FormatKind::Json,
                QStringLiteral("JSON"), true};
        // JSON Lines: every complete line is a JSON value on its own.
        QList<QByteArray> lines = trimmed.split('\n');
        if (lines.size() > 1 && !head.endsWith('\n'))
            lines.removeLast();
        int parsed = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError) {
                parsed = -1;
                break;
            }
            ++parsed;
        }
        if (parsed > 1)
            return {QStringLiteral("jsonl"), QStringLiteral("application/jsonl"), FormatKind::JsonLines,
                QStringLiteral("JSON Lines"), true};
        if (head.size() >= 65536) // a large JSON document, cut off by the sample
            return {QStringLiteral("json"), QStringLiteral("application/json"), FormatKind::Json,
                QStringLiteral("JSON"), true};
    }
    const TableDialect dialect = detectDialect(text);
    const QChar delimiter = dialect.consistent ? QChar(QLatin1Char(dialect.delimiter)) : QChar();
    if (delimiter == u'\t')
        return {QStringLiteral("tsv"), QStringLiteral("text/tab-separated-values"), FormatKind::Table,
            QStringLiteral("tab-separated table"), true};
    if (!delimiter.isNull())
        return {QStringLiteral("csv"), QStringLiteral("text/csv"), FormatKind::Table,
            delimiter == u',' ? QStringLiteral("comma-separated table")
                              : QStringLiteral("table separated by \"%1\"").arg(delimiter),
            true};
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return {suffix,
            suffix == QLatin1String("csv") ? QStringLiteral("text/csv") : QStringLiteral("text/tab-separated-values"),
            FormatKind::Table, QStringLiteral("one-column table"), true};
    return {suffix == QLatin1String("md") ? suffix : QStringLiteral("txt"),
        suffix == QLatin1String("md") ? QStringLiteral("text/markdown") : QStringLiteral("text/plain"),
        FormatKind::Text, QStringLiteral("plain text"), true};
}

} // namespace dd::quality
