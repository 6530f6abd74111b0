#pragma once

// Walking a DAG held in a block store: depth-first, each block once (a CAR stream's
// order=dfs; dups=n), within a trustless-gateway dag-scope; finding which blocks below a root
// are still missing (what a resumed download asks for); and writing a UnixFS DAG back out as
// a file or a folder.

#include "common/result.h"
#include "storage/blockstore.h"
#include "storage/dagpb.h"

#include <QSet>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace dd::storage {

// The trustless gateway spec's dag-scope: the root block alone, the UnixFS entity (a whole
// file, or a directory's own node), or everything below the root.
enum class DagScope { Block, Entity, All };
std::optional<DagScope> dagScopeByName(const QString &name);

struct Block {
    Cid cid;
    QByteArray bytes;
};

class DagWalker {
public:
    DagWalker(const BlockStore &store, const Cid &root, DagScope scope, bool duplicates = false);

    // The trustless gateway spec's entity-bytes=from:to (with DagScope::Entity): of a file,
    // only the blocks that hold bytes in [from, to]. Negative values count from the end; no to
    // is the end. A range outside the file leaves the root block alone.
    void setEntityBytes(qint64 from, std::optional<qint64> to) { m_range = {from, to}; }

    // The next block in depth-first order; nullopt at the end; an error when a block is missing.
    Result<std::optional<Block>> next();

private:
    struct Pending {
        Cid cid;
        quint64 offset = 0; // within a file: where its bytes start
    };
    // The children of a file node at offset that hold bytes of the range, last first.
    void pushFileChildren(const PbNode &node, const UnixFsData &data, quint64 offset);

    const BlockStore &m_store;
    DagScope m_scope;
    bool m_duplicates;
    std::vector<Pending> m_stack; // next block on top
    std::optional<std::pair<qint64, std::optional<qint64>>> m_range;
    quint64 m_from = 0; // the range, resolved against the file's size (to is inclusive)
    quint64 m_to = 0;
    bool m_emptyRange = false;
    QSet<QByteArray> m_seen; // multihashes already sent
    QSet<Cid> m_shards; // dag-scope=entity of a sharded directory: the shards below its root
    bool m_first = true;
};

// The topmost blocks below root that the store lacks (root itself when it is absent): each is
// a subtree to fetch. Empty when the DAG is complete.
Result<QList<Cid>> missingBlocks(const BlockStore &store, const Cid &root);

// The bytes of a small UnixFS file (a metadata file) whose blocks are all in the store.
Result<QByteArray> readUnixFsFile(const BlockStore &store, const Cid &root, qint64 maxBytes);

// Whether a folder entry's name is one file name (not "", ".", "..", nothing with '/' or NUL,
// valid UTF-8): a name that could leave the folder is never written.
bool isSafeEntryName(const QByteArray &name);

// Writes the UnixFS file or directory at root to target (which must not exist yet). It is
// written under target + ".partial" and renamed at the end, so target is whole or absent.
// Names that could leave the folder ("..", "a/b") are refused.
using ExportProgress = std::function<void(quint64 bytesWritten)>;
Status exportUnixFs(const BlockStore &store, const Cid &root, const QString &target,
    const ExportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace dd::storage
