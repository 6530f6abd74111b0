#pragma once

// UnixFS import of one file in a single streaming pass: fixed-size chunks, a balanced DAG of
// dag-pb nodes, leaves as dag-pb or raw blocks, as the IPFS reference importers build it, so
// the root CID matches theirs byte for byte. Memory holds one chunk and one pending node per
// tree level, whatever the file's size. Specs: ipfs/specs UNIXFS.md, ipld dag-pb, IPIP-499
// (profile names).

#include "common/result.h"
#include "storage/cid.h"

#include <QIODevice>

#include <atomic>
#include <functional>
#include <optional>

namespace dd::storage {

struct ImportProfile {
    QString name;
    int cidVersion = 1;
    bool rawLeaves = true;
    qint64 chunkSize = 1024 * 1024;
    int maxLinks = 1024;
    // When a folder becomes a HAMT shard (IPIP-499): once the reference importer's estimate of
    // its node passes shardThreshold bytes, counting each link's name and CID bytes (the 2015
    // profile) or its exact encoded size (the 2025 profile).
    enum class ShardEstimate { LinkBytes, BlockBytes };
    ShardEstimate shardEstimate = ShardEstimate::BlockBytes;
    qint64 shardThreshold = 256 * 1024;

    // CIDv1, raw leaves, 1 MiB chunks, 1024 links: the default.
    static ImportProfile unixfsV1_2025();
    // Kubo's classic default: CIDv0, dag-pb leaves, 256 KiB chunks, 174 links.
    static ImportProfile unixfsV0_2015();
    static std::optional<ImportProfile> byName(const QString &name);
};

struct ImportedFile {
    Cid root;
    quint64 size = 0; // bytes of the file (of every file, for a folder)
    quint64 blocks = 0;
    quint64 dagSize = 0; // bytes of all its blocks (a link's Tsize)
};

// A file leaf of the classic profile (dag-pb leaves): a PBNode holding UnixFS Data of type
// File with the chunk and its size, as the reference importers encode it.
QByteArray fileLeafBlock(QByteArrayView chunk);

// Receives every block as it is made, leaves first, the root last (a CAR writer, a store).
using BlockSink = std::function<Status(const Cid &cid, const QByteArray &block)>;

Result<ImportedFile> importFile(QIODevice &input, const ImportProfile &profile, const BlockSink &sink = {},
    const std::atomic_bool *cancel = nullptr);

// A file, or a folder as a UnixFS directory (every file and subfolder, hidden ones included;
// links ordered by name as dag-pb wants; a folder too large for one node as a HAMT shard, where
// the reference importer makes one). Symbolic links and unreadable entries are refused in words.
Result<ImportedFile> importPath(const QString &path, const ImportProfile &profile, const BlockSink &sink = {},
    const std::atomic_bool *cancel = nullptr);

} // namespace dd::storage
