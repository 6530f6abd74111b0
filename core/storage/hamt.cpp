#include "storage/hamt.h"

#include <QSet>

#include <bit>
#include <map>

namespace dd::storage::hamt {

namespace {

constexpr quint64 c1 = 0x87c37b91114253d5ULL;
constexpr quint64 c2 = 0x4cf5ad432745937fULL;

quint64 fmix64(quint64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

quint64 littleEndian64(const uchar *p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = v << 8 | p[i];
    return v;
}

int hexDigits(quint64 fanout)
{
    return int(QByteArray::number(fanout - 1, 16).size());
}

QByteArray label(int slot, quint64 fanout)
{
    return QByteArray::number(slot, 16).toUpper().rightJustified(hexDigits(fanout), '0');
}

Error malformed(const QString &what)
{
    return Error {QStringLiteral("A sharded folder is malformed: %1").arg(what), ErrorCode::InvalidInput, {}};
}

struct Shape {
    quint64 fanout = 0;
    int bits = 0;
};

// A shard node's fanout, checked: a power of two, the hash UnixFS defines.
Result<Shape> shapeOf(const PbNode &node)
{
    auto data = decodeUnixFsData(node.data);
    if (!data)
        return data.error();
    if (data.value().type != unixfs::hamtShard)
        return malformed(QStringLiteral("a shard links to a node that is not a shard"));
    if (data.value().hashType != murmur3x64_64)
        return malformed(
            QStringLiteral("it hashes names with 0x%1, not murmur3 (0x22)").arg(data.value().hashType, 0, 16));
    const quint64 fanout = data.value().fanout;
    if (fanout < 2 || fanout > 4096 || !std::has_single_bit(fanout))
        return malformed(QStringLiteral("its fanout %1 is not a power of two up to 4096").arg(fanout));
    return Shape {fanout, std::countr_zero(fanout)};
}

// The slot a link's label names, or -1 when it has none.
int labelSlot(const PbLink &link, quint64 fanout)
{
    const int digits = hexDigits(fanout);
    if (link.name.size() < digits)
        return -1;
    const QByteArray prefix = link.name.left(digits);
    if (prefix != prefix.toUpper())
        return -1;
    bool ok = false;
    const int slot = prefix.toInt(&ok, 16);
    return ok && quint64(slot) < fanout ? slot : -1;
}

Result<PbNode> readShard(const Cid &cid, const BlockSource &source)
{
    if (cid.codec != codec::dagPb)
        return malformed(QStringLiteral("a shard links to a raw block"));
    auto bytes = source(cid);
    if (!bytes)
        return bytes.error();
    return decodePbNode(bytes.value());
}

constexpr int deepest = 64;

// visited: the shards read so far. In a real HAMT each shard sits in one place; one linked
// twice (40 shards each linking the next twice would be 2^40 visits) is refused.
Status listInto(const PbNode &node, const BlockSource &source, int depth, QList<PbLink> &out, QSet<QByteArray> &visited)
{
    if (depth > deepest)
        return malformed(QStringLiteral("its shards nest more than %1 deep").arg(deepest));
    auto shape = shapeOf(node);
    if (!shape)
        return shape.error();
    const int digits = hexDigits(shape.value().fanout);
    for (const PbLink &link : node.links) {
        if (labelSlot(link, shape.value().fanout) < 0)
            return malformed(
                QStringLiteral("a link is named \"%1\", without its slot").arg(QString::fromUtf8(link.name.left(40))));
        if (link.name.size() == digits) {
            if (visited.contains(link.cid.multihash))
                return malformed(QStringLiteral("the shard %1 is linked more than once").arg(link.cid.toString()));
            visited.insert(link.cid.multihash);
            auto child = readShard(link.cid, source);
            if (!child)
                return child.error();
            if (auto listed = listInto(child.value(), source, depth + 1, out, visited); !listed)
                return listed;
            continue;
        }
        out.append(PbLink {link.cid, link.name.mid(digits), link.tsize});
    }
    return success();
}

} // namespace

quint64 murmur3(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype length = bytes.size();
    quint64 h1 = 0;
    quint64 h2 = 0;
    const qsizetype blocks = length / 16;
    for (qsizetype i = 0; i < blocks; ++i) {
        quint64 k1 = littleEndian64(data + i * 16);
        quint64 k2 = littleEndian64(data + i * 16 + 8);
        k1 *= c1;
        k1 = std::rotl(k1, 31);
        k1 *= c2;
        h1 ^= k1;
        h1 = std::rotl(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= c2;
        k2 = std::rotl(k2, 33);
        k2 *= c1;
        h2 ^= k2;
        h2 = std::rotl(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }
    const uchar *tail = data + blocks * 16;
    const int rest = int(length & 15);
    quint64 k1 = 0;
    quint64 k2 = 0;
    for (int i = rest - 1; i >= 8; --i)
        k2 ^= quint64(tail[i]) << ((i - 8) * 8);
    if (rest > 8) {
        k2 *= c2;
        k2 = std::rotl(k2, 33);
        k2 *= c1;
        h2 ^= k2;
    }
    for (int i = std::min(rest, 8) - 1; i >= 0; --i)
        k1 ^= quint64(tail[i]) << (i * 8);
    if (rest > 0) {
        k1 *= c1;
        k1 = std::rotl(k1, 31);
        k1 *= c2;
        h1 ^= k1;
    }
    h1 ^= quint64(length);
    h2 ^= quint64(length);
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    return h1;
}

int slot(const QByteArray &name, int depth, int bits)
{
    int result = 0;
    int word = -1;
    quint64 hash = 0;
    for (int i = 0; i < bits; ++i) {
        const int bit = depth * bits + i;
        if (bit / 64 != word) {
            word = bit / 64;
            hash = murmur3(word == 0 ? name : name + char(word));
        }
        result = result << 1 | int(hash >> (63 - bit % 64) & 1);
    }
    return result;
}

namespace {

Result<Built> buildLevel(const QList<const Entry *> &entries, int depth, int cidVersion, const BlockSink &sink)
{
    if (depth > deepest)
        return Result<Built>::failure(
            QStringLiteral("Two names in a folder hash alike %1 levels deep.").arg(deepest), ErrorCode::InvalidInput);
    constexpr int bits = 8;
    std::map<int, QList<const Entry *>> bySlot;
    for (const Entry *entry : entries)
        bySlot[slot(entry->name, depth, bits)].append(entry);
    Built built;
    QList<PbLink> links;
    QByteArray bitfield((bySlot.rbegin()->first / 8) + 1, '\0');
    for (const auto &[index, here] : bySlot) {
        bitfield[bitfield.size() - 1 - index / 8]
            = char(uchar(bitfield[bitfield.size() - 1 - index / 8]) | 1 << (index % 8));
        if (here.size() == 1) {
            links.append(
                PbLink {here.first()->cid, label(index, defaultFanout) + here.first()->name, here.first()->tsize});
            built.tsize += here.first()->tsize;
            continue;
        }
        auto child = buildLevel(here, depth + 1, cidVersion, sink);
        if (!child)
            return child;
        links.append(PbLink {child.value().cid, label(index, defaultFanout), child.value().tsize});
        built.tsize += child.value().tsize;
        built.blocks += child.value().blocks;
    }
    QByteArray data;
    appendPbUint(data, 1, unixfs::hamtShard);
    appendPbBytes(data, 2, bitfield);
    appendPbUint(data, 5, murmur3x64_64);
    appendPbUint(data, 6, defaultFanout);
    const QByteArray block = encodePbNode(links, data);
    built.cid = Cid {cidVersion, codec::dagPb, sha256Multihash(sha256(block))};
    built.tsize += quint64(block.size());
    ++built.blocks;
    if (sink) {
        if (auto delivered = sink(built.cid, block); !delivered)
            return delivered.error();
    }
    return built;
}

} // namespace

Result<Built> build(const QList<Entry> &entries, int cidVersion, const BlockSink &sink)
{
    if (entries.isEmpty())
        return Result<Built>::failure(QStringLiteral("An empty folder is not sharded."), ErrorCode::InvalidInput);
    QList<const Entry *> pointers;
    pointers.reserve(entries.size());
    for (const Entry &entry : entries)
        pointers.append(&entry);
    return buildLevel(pointers, 0, cidVersion, sink);
}

bool isShardLink(const PbLink &link, quint64 fanout)
{
    return link.name.size() == hexDigits(fanout);
}

QByteArray entryName(const PbLink &link, quint64 fanout)
{
    return link.name.mid(hexDigits(fanout));
}

Result<QList<PbLink>> list(const PbNode &node, const BlockSource &source)
{
    QList<PbLink> out;
    QSet<QByteArray> visited;
    if (auto listed = listInto(node, source, 0, out, visited); !listed)
        return listed.error();
    return out;
}

Result<std::optional<PbLink>> find(
    const PbNode &root, const QByteArray &name, const BlockSource &source, QList<Cid> *path)
{
    PbNode node = root;
    for (int depth = 0; depth <= deepest; ++depth) {
        auto shape = shapeOf(node);
        if (!shape)
            return shape.error();
        const quint64 fanout = shape.value().fanout;
        const int wanted = slot(name, depth, shape.value().bits);
        const auto link = std::find_if(
            node.links.cbegin(), node.links.cend(), [&](const PbLink &l) { return labelSlot(l, fanout) == wanted; });
        if (link == node.links.cend())
            return std::optional<PbLink>();
        if (!isShardLink(*link, fanout)) {
            if (link->name.mid(hexDigits(fanout)) != name)
                return std::optional<PbLink>();
            return std::optional<PbLink>(PbLink {link->cid, name, link->tsize});
        }
        auto child = readShard(link->cid, source);
        if (!child)
            return child.error();
        if (path)
            path->append(link->cid);
        node = child.value();
    }
    return malformed(QStringLiteral("its shards nest more than %1 deep").arg(deepest));
}

} // namespace dd::storage::hamt
