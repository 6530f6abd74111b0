#include "quality/parquetfooter.h"

#include <algorithm>
#include <optional>

namespace dd::quality {

namespace {

constexpr int kMaxDepth = 32;
constexpr int kMaxSchemaDepth = 64; // groups within groups: a column's path stays short

// Thrift's compact protocol types (thrift/doc/specs/thrift-compact-protocol.md).
enum CompactType : int {
    Stop = 0,
    BoolTrue = 1,
    BoolFalse = 2,
    Byte = 3,
    I16 = 4,
    I32 = 5,
    I64 = 6,
    Double = 7,
    Binary = 8,
    List = 9,
    Set = 10,
    Map = 11,
    Struct = 12,
    Uuid = 13,
};

// Reads the compact protocol from a byte string; any read past its end, or any value that
// does not fit, sets the error and gives zeros from then on.
class CompactReader {
public:
    explicit CompactReader(const QByteArray &bytes) : m_bytes(bytes) { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qint64 left() const { return m_bytes.size() - m_at; }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        m_at = m_bytes.size();
    }

    quint8 byte()
    {
        if (m_at >= m_bytes.size()) {
            fail(QStringLiteral("its footer ends inside a value"));
            return 0;
        }
        return quint8(m_bytes[m_at++]);
    }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = byte();
            value |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
        fail(QStringLiteral("its footer holds a number longer than 64 bits"));
        return 0;
    }

    qint64 zigzag()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }

    QByteArray binary()
    {
        const quint64 size = varint();
        if (size > quint64(left())) {
            fail(QStringLiteral("its footer holds a string longer than the footer"));
            return {};
        }
        const QByteArray out = m_bytes.mid(m_at, qsizetype(size));
        m_at += qint64(size);
        return out;
    }

    void skipBytes(qint64 n)
    {
        if (n > left())
            return fail(QStringLiteral("its footer ends inside a value"));
        m_at += n;
    }

    // A list or set header: its element type, and its size (never more than the bytes left,
    // since every element takes at least one).
    std::pair<int, quint64> listHeader()
    {
        const quint8 head = byte();
        quint64 size = head >> 4;
        if (size == 15)
            size = varint();
        if (size > quint64(left()))
            fail(QStringLiteral("its footer counts more elements than it has bytes"));
        return {head & 0x0f, failed() ? 0 : size};
    }

    // Skips one value of the type, nested values included.
    void skip(int type, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("its footer nests deeper than %1 levels").arg(kMaxDepth));
        switch (type) {
        case BoolTrue:
        case BoolFalse:
            return; // in a struct the value is the type itself
        case Byte:
            byte();
            return;
        case I16:
        case I32:
        case I64:
            varint();
            return;
        case Double:
            return skipBytes(8);
        case Uuid:
            return skipBytes(16);
        case Binary:
            binary();
            return;
        case List:
        case Set: {
            const auto [element, size] = listHeader();
            for (quint64 i = 0; i < size && !failed(); ++i)
                element == BoolTrue || element == BoolFalse ? (void)byte() : skip(element, depth + 1);
            return;
        }
        case Map: {
            const quint64 size = varint();
            if (size == 0)
                return;
            if (size > quint64(left()))
                return fail(QStringLiteral("its footer counts more elements than it has bytes"));
            const quint8 types = byte();
            for (quint64 i = 0; i < size && !failed(); ++i) {
                for (int t : {types >> 4, types & 0x0f})
                    t == BoolTrue || t == BoolFalse ? (void)byte() : skip(t, depth + 1);
            }
            return;
        }
        case Struct:
            forEachField(depth + 1, [&](int, int fieldType) { skip(fieldType, depth + 1); });
            return;
        default:
            return fail(QStringLiteral("its footer holds a value of unknown type %1").arg(type));
        }
    }

    // Reads a struct's fields up to its stop byte; onField(id, type) must read (or skip) the value.
    template <typename OnField> void forEachField(int depth, OnField onField)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("its footer nests deeper than %1 levels").arg(kMaxDepth));
        int id = 0;
        while (!failed()) {
            const quint8 head = byte();
            if (head == Stop)
                return;
            const int delta = head >> 4;
            id = delta ? id + delta : int(zigzag());
            onField(id, head & 0x0f);
        }
    }

private:
    const QByteArray &m_bytes;
    qint64 m_at = 0;
    QString m_error;
};

struct SchemaElement {
    QString name;
    std::optional<int> physical;
    int children = 0;
    std::optional<int> converted;
    int logical = 0; // the LogicalType union's field id, 0 when absent
};

// Frictionless' words for a leaf's Parquet type (parquet.thrift: Type, ConvertedType, LogicalType).
QString typeWords(const SchemaElement &e)
{
    const int converted = e.converted.value_or(-1);
    if (e.logical == 1 || e.logical == 4 || e.logical == 12 || converted == 0 || converted == 4 || converted == 19)
        return QStringLiteral("string");
    if (e.logical == 6 || converted == 6)
        return QStringLiteral("date");
    if (e.logical == 8 || converted == 9 || converted == 10 || e.physical == 3)
        return QStringLiteral("datetime");
    if (e.logical == 7 || converted == 7 || converted == 8)
        return QStringLiteral("time");
    if (e.logical == 5 || converted == 5)
        return QStringLiteral("number");
    switch (e.physical.value_or(-1)) {
    case 0:
        return QStringLiteral("boolean");
    case 1:
    case 2:
        return QStringLiteral("integer");
    case 4:
    case 5:
        return QStringLiteral("number");
    default:
        return QStringLiteral("binary");
    }
}

SchemaElement readSchemaElement(CompactReader &in, int depth)
{
    SchemaElement e;
    in.forEachField(depth, [&](int id, int type) {
        if (id == 1 && type == I32)
            e.physical = int(in.zigzag());
        else if (id == 4 && type == Binary)
            e.name = QString::fromUtf8(in.binary());
        else if (id == 5 && type == I32)
            e.children = int(std::clamp<qint64>(in.zigzag(), 0, 1 << 30));
        else if (id == 6 && type == I32)
            e.converted = int(in.zigzag());
        else if (id == 10 && type == Struct)
            in.forEachField(depth + 1, [&](int member, int memberType) {
                e.logical = member;
                in.skip(memberType, depth + 2);
            });
        else
            in.skip(type, depth);
    });
    return e;
}

// The leaves of the flattened schema (element 0 is the root), with their dotted paths.
Result<QList<ParquetColumn>> leafColumns(const QList<SchemaElement> &schema)
{
    QList<ParquetColumn> out;
    struct Open {
        QString path;
        int left;
    };
    QList<Open> open;
    for (qsizetype i = 1; i < schema.size(); ++i) {
        while (!open.isEmpty() && open.last().left == 0)
            open.removeLast();
        if (!open.isEmpty())
            --open.last().left;
        const SchemaElement &e = schema[i];
        const QString path = open.isEmpty() ? e.name : open.last().path + u'.' + e.name;
        if (e.children > 0) {
            if (open.size() == kMaxSchemaDepth)
                return Result<QList<ParquetColumn>>::failure(
                    QStringLiteral("its schema nests deeper than %1 levels").arg(kMaxSchemaDepth));
            open.append({path, e.children});
        } else
            out.append({path, typeWords(e)});
    }
    return out;
}

} // namespace

Result<ParquetFooter> parseParquetFileMetaData(const QByteArray &footer)
{
    CompactReader in(footer);
    ParquetFooter out;
    QList<SchemaElement> schema;
    bool sawSchema = false, sawRows = false;
    in.forEachField(0, [&](int id, int type) {
        if (id == 2 && type == List) {
            sawSchema = true;
            const auto [element, size] = in.listHeader();
            for (quint64 i = 0; i < size && !in.failed(); ++i) {
                if (element != Struct)
                    return in.fail(QStringLiteral("its schema is not a list of elements"));
                schema.append(readSchemaElement(in, 1));
            }
        } else if (id == 3 && type == I64) {
            sawRows = true;
            out.rows = in.zigzag();
        } else if (id == 4 && type == List) {
            const auto [element, size] = in.listHeader();
            out.rowGroups = qint64(size);
            for (quint64 i = 0; i < size && !in.failed(); ++i)
                in.skip(element, 1);
        } else if (id == 6 && type == Binary) {
            out.createdBy = QString::fromUtf8(in.binary());
        } else {
            in.skip(type, 0);
        }
    });
    if (in.failed())
        return Result<ParquetFooter>::failure(in.error());
    if (!sawSchema || schema.isEmpty() || !sawRows)
        return Result<ParquetFooter>::failure(QStringLiteral("its footer has no schema or no row count"));
    if (out.rows < 0)
        return Result<ParquetFooter>::failure(QStringLiteral("its footer counts %1 rows").arg(out.rows));
    auto columns = leafColumns(schema);
    if (!columns)
        return columns.error();
    out.columns = std::move(columns).value();
    return out;
}

Result<ParquetFooter> readParquetFooter(QIODevice &device)
{
    using R = Result<ParquetFooter>;
    const qint64 size = device.size();
    if (size < 12)
        return R::failure(QStringLiteral("it is shorter than a Parquet file's magic and footer"));
    if (!device.seek(size - 8))
        return R::failure(QStringLiteral("its end could not be read"));
    const QByteArray end = device.read(8);
    if (end.size() != 8)
        return R::failure(QStringLiteral("its end could not be read"));
    if (end.endsWith("PARE"))
        return R::failure(QStringLiteral("its footer is encrypted"));
    if (!end.endsWith("PAR1"))
        return R::failure(QStringLiteral("it does not end with \"PAR1\" (the file is cut short)"));
    const quint32 length = quint32(quint8(end[0])) | quint32(quint8(end[1])) << 8 | quint32(quint8(end[2])) << 16
        | quint32(quint8(end[3])) << 24;
    if (qint64(length) > size - 12)
        return R::failure(QStringLiteral("its footer is said to be %1 bytes, more than the file holds").arg(length));
    if (!device.seek(size - 8 - qint64(length)))
        return R::failure(QStringLiteral("its footer could not be read"));
    const QByteArray footer = device.read(length);
    if (footer.size() != qsizetype(length))
        return R::failure(QStringLiteral("its footer could not be read"));
    return parseParquetFileMetaData(footer);
}

QString parquetSummary(const ParquetFooter &footer)
{
    QString out = QStringLiteral("%1 %2 in %3 %4, %5 %6")
                      .arg(footer.rows)
                      .arg(footer.rows == 1 ? QStringLiteral("row") : QStringLiteral("rows"))
                      .arg(footer.rowGroups)
                      .arg(footer.rowGroups == 1 ? QStringLiteral("row group") : QStringLiteral("row groups"))
                      .arg(footer.columns.size())
                      .arg(footer.columns.size() == 1 ? QStringLiteral("column") : QStringLiteral("columns"));
    if (!footer.createdBy.isEmpty())
        out += QStringLiteral(", written by ") + footer.createdBy;
    return out;
}

} // namespace dd::quality
