#include "storage/dagpb.h"

namespace dd::storage {

namespace {

Error malformed(const QString &what)
{
    return Error {QStringLiteral("A block is not valid dag-pb: %1").arg(what), ErrorCode::InvalidInput, {}};
}

// One protobuf field: its number, wire type and value (varint, or the bytes of a length-delimited).
struct Field {
    int number = 0;
    int wireType = 0;
    quint64 varint = 0;
    QByteArray bytes;
};

// The next field at bytes[at], or an error; at moves past it.
Result<Field> nextField(const QByteArray &bytes, qsizetype &at)
{
    const auto key = readVarint(bytes, at);
    if (!key || *key >> 3 == 0 || *key >> 3 > 0xffff)
        return malformed(QStringLiteral("a field key is cut short"));
    Field field {int(*key >> 3), int(*key & 7), 0, {}};
    if (field.wireType == 0) {
        const auto value = readVarint(bytes, at);
        if (!value)
            return malformed(QStringLiteral("a number is cut short"));
        field.varint = *value;
    } else if (field.wireType == 2) {
        const auto length = readVarint(bytes, at);
        if (!length || *length > quint64(bytes.size() - at))
            return malformed(QStringLiteral("a field is longer than the block"));
        field.bytes = bytes.mid(at, qsizetype(*length));
        at += qsizetype(*length);
    } else {
        return malformed(QStringLiteral("field %1 has wire type %2").arg(field.number).arg(field.wireType));
    }
    return field;
}

Result<PbLink> decodeLink(const QByteArray &bytes)
{
    PbLink link;
    bool hasCid = false;
    for (qsizetype at = 0; at < bytes.size();) {
        auto field = nextField(bytes, at);
        if (!field)
            return field.error();
        const Field &f = field.value();
        if (f.number == 1 && f.wireType == 2) {
            qsizetype used = 0;
            auto cid = Cid::fromBytes(f.bytes, used);
            if (!cid || used != f.bytes.size())
                return malformed(QStringLiteral("a link's hash is not a CID"));
            link.cid = cid.value();
            hasCid = true;
        } else if (f.number == 2 && f.wireType == 2) {
            link.name = f.bytes;
        } else if (f.number == 3 && f.wireType == 0) {
            link.tsize = f.varint;
        } else {
            return malformed(QStringLiteral("a link has an unknown field %1").arg(f.number));
        }
    }
    if (!hasCid)
        return malformed(QStringLiteral("a link has no hash"));
    return link;
}

} // namespace

Result<PbNode> decodePbNode(const QByteArray &block)
{
    PbNode node;
    for (qsizetype at = 0; at < block.size();) {
        auto field = nextField(block, at);
        if (!field)
            return field.error();
        const Field &f = field.value();
        if (f.number == 2 && f.wireType == 2) {
            auto link = decodeLink(f.bytes);
            if (!link)
                return link.error();
            node.links.append(link.value());
        } else if (f.number == 1 && f.wireType == 2) {
            node.data = f.bytes;
        } else {
            return malformed(QStringLiteral("a node has an unknown field %1").arg(f.number));
        }
    }
    return node;
}

void appendPbUint(QByteArray &out, int field, quint64 value)
{
    appendVarint(out, quint64(field) << 3);
    appendVarint(out, value);
}

void appendPbBytes(QByteArray &out, int field, const QByteArray &bytes)
{
    appendVarint(out, quint64(field) << 3 | 2);
    appendVarint(out, quint64(bytes.size()));
    out.append(bytes);
}

QByteArray encodePbNode(const QList<PbLink> &links, const QByteArray &data)
{
    QByteArray out;
    QByteArray encoded;
    for (const PbLink &link : links) {
        encoded.clear();
        appendPbBytes(encoded, 1, link.cid.bytes());
        appendPbBytes(encoded, 2, link.name); // empty for file chunks, written as the importers do
        appendPbUint(encoded, 3, link.tsize);
        appendPbBytes(out, 2, encoded);
    }
    appendPbBytes(out, 1, data);
    return out;
}

Result<UnixFsData> decodeUnixFsData(const QByteArray &data)
{
    UnixFsData out;
    bool hasType = false;
    for (qsizetype at = 0; at < data.size();) {
        auto field = nextField(data, at);
        if (!field)
            return Error {QStringLiteral("A node's UnixFS data is not valid"), ErrorCode::InvalidInput, {}};
        const Field &f = field.value();
        if (f.number == 1 && f.wireType == 0) {
            out.type = f.varint;
            hasType = true;
        } else if (f.number == 2 && f.wireType == 2) {
            out.data = f.bytes;
        } else if (f.number == 3 && f.wireType == 0) {
            out.filesize = f.varint;
        } else if (f.number == 4 && f.wireType == 0) {
            out.blocksizes.append(f.varint);
        } else if (f.number == 5 && f.wireType == 0) {
            out.hashType = f.varint;
        } else if (f.number == 6 && f.wireType == 0) {
            out.fanout = f.varint;
        } // mode and mtime are read by nothing here
    }
    if (!hasType)
        return Error {QStringLiteral("A node's UnixFS data has no type"), ErrorCode::InvalidInput, {}};
    return out;
}

Result<QList<Cid>> blockLinks(const Cid &cid, const QByteArray &block)
{
    if (cid.codec == codec::raw)
        return QList<Cid>();
    if (cid.codec != codec::dagPb)
        return Result<QList<Cid>>::failure(
            QStringLiteral("Block %1 uses codec 0x%2, which this app does not read (only dag-pb and raw).")
                .arg(cid.toString())
                .arg(cid.codec, 0, 16),
            ErrorCode::InvalidInput);
    auto node = decodePbNode(block);
    if (!node)
        return node.error();
    QList<Cid> links;
    links.reserve(node.value().links.size());
    for (const PbLink &link : node.value().links)
        links.append(link.cid);
    return links;
}

Result<UnixFsNode> decodeUnixFsNode(const QByteArray &block)
{
    auto node = decodePbNode(block);
    if (!node)
        return node.error();
    auto data = decodeUnixFsData(node.value().data);
    if (!data)
        return data.error();
    return UnixFsNode {std::move(node).value(), std::move(data).value()};
}

} // namespace dd::storage
