#pragma once

// Reading and writing dag-pb nodes and the UnixFS Data inside them (ipld/specs codecs/dag-pb,
// ipfs/specs UNIXFS.md): what a walker needs to follow links, an exporter to put files back
// together, and the importers to write nodes. Every field read is bounds-checked; a node that
// lies about a length is an error, not a crash.

#include "common/result.h"
#include "storage/cid.h"

#include <QList>

namespace dd::storage {

struct PbLink {
    Cid cid;
    QByteArray name; // UTF-8, as stored
    quint64 tsize = 0;
};

struct PbNode {
    QList<PbLink> links;
    QByteArray data;
};

Result<PbNode> decodePbNode(const QByteArray &block);

// The protobuf wire format dag-pb and UnixFS use: a varint field, a length-delimited field.
void appendPbUint(QByteArray &out, int field, quint64 value);
void appendPbBytes(QByteArray &out, int field, const QByteArray &bytes);
// A PBNode: its links come first on the wire, then its data (the dag-pb spec's order). Links
// are written in the order given (callers sort them by name, as dag-pb wants).
QByteArray encodePbNode(const QList<PbLink> &links, const QByteArray &data);

namespace unixfs {
constexpr quint64 raw = 0;
constexpr quint64 directory = 1;
constexpr quint64 file = 2;
constexpr quint64 metadata = 3;
constexpr quint64 symlink = 4;
constexpr quint64 hamtShard = 5;
} // namespace unixfs

struct UnixFsData {
    quint64 type = unixfs::file;
    QByteArray data;
    quint64 filesize = 0;
    QList<quint64> blocksizes;
    quint64 hashType = 0; // HAMT shards: the multicodec of the hash of names (0x22, murmur3-x64-64)
    quint64 fanout = 0; // HAMT shards: slots per node
};

Result<UnixFsData> decodeUnixFsData(const QByteArray &data);

// A dag-pb block's node and the UnixFS Data it carries.
struct UnixFsNode {
    PbNode node;
    UnixFsData data;
};
Result<UnixFsNode> decodeUnixFsNode(const QByteArray &block);

// The CIDs a block links to, in order: none for a raw block, the links of a dag-pb node; other
// codecs are refused in words.
Result<QList<Cid>> blockLinks(const Cid &cid, const QByteArray &block);

} // namespace dd::storage
