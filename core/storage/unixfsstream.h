#pragma once

// Writing a UnixFS file or folder out while its blocks stream in, each block written once: a
// trustless gateway sends a DAG depth-first (order=dfs), which is the order a file's bytes and
// a folder's entries are written in. So a leaf's bytes go straight into the file being written,
// and only the nodes with links (a few KiB per GiB) are kept in the block store, where a later
// run finds them.
//
// The output is built under target + ".partial" and renamed to target once the last block is
// in, so target is whole or absent. Nothing reaches the partial output unverified: accept()
// takes blocks already checked against their CIDs.
//
// A block that is not the one expected next (a gateway that sends another order, or blocks the
// DAG does not have) is kept in the block store, and used when its turn comes. A block the DAG
// holds twice arrives once (dups=n): its second use reads it back from the store or from where
// it was written, checked against its hash again.
//
// A file of 1 GiB or more is written past the page cache (O_DIRECT, see directfilewriter.h), as
// `car create` writes a CAR: a download of many GiB does not push the member's other files out
// of memory, and on a VM it does not pay for page-cache pages the guest has not touched before.
// Smaller files go through the cache, where the member opening the data next finds them, and
// where the write is done before the disk has it (256 MiB took 0.43-0.50 s through the cache,
// 0.47-0.59 s past it, on the CI machine).
//
// Resuming: begin() walks the DAG over what an earlier run left (the nodes in the store, the
// bytes in the partial output), checks each leaf's bytes against its CID, and continues after
// the last one that verifies; what follows is cut off. nextRequest() names what to ask a
// gateway for next: the rest of the current file (entity-bytes, the trustless gateway spec's
// verifiable range request), or the next subtree.

#include "common/directfilewriter.h"
#include "storage/blockstore.h"
#include "storage/dagpb.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dd::storage {

constexpr quint64 directWriteMinBytes = 1024ULL * 1024 * 1024;

class UnixFsStreamWriter {
public:
    // Files of directMinBytes or more are written past the page cache.
    UnixFsStreamWriter(BlockStore store, Cid root, QString target, quint64 directMinBytes = directWriteMinBytes);
    ~UnixFsStreamWriter();

    // Prepares the partial output, keeping what an earlier run wrote as far as it verifies.
    // Fails when target already exists, unless it is this download whole with no partial
    // output beside it (a run stopped just after its rename): then complete() is true at once
    // and alreadyWhole() says so; target is only read. Checking a large partial output takes a while: checked
    // (optional) hears how many block bytes are checked, now and then; stop (optional) ends it.
    using CheckProgress = std::function<void(quint64 blockBytesChecked)>;
    Status begin(const CheckProgress &checked = {}, const std::atomic_bool *stop = nullptr);

    // A block checked against cid. Errors are the DAG's (not UnixFS, an unsafe name, sizes that
    // disagree) or the disk's: asking a gateway again will not help.
    Status accept(const Cid &cid, const QByteArray &block);

    bool complete() const { return m_stack.empty(); }
    // After complete(): renames the partial output to target.
    Status finish();

    struct Request {
        Cid cid;
        std::optional<quint64> entityBytesFrom; // the rest of a file, from this offset
    };
    // What the DAG needs next (only while !complete()). A gateway that refused entity-bytes
    // is asked for whole subtrees instead.
    Request nextRequest() const;
    void setEntityBytesRefused() { m_entityBytesRefused = true; }

    QString partialPath() const { return m_partial; }
    quint64 blockBytes() const { return m_blockBytes; } // of the blocks used so far
    quint64 expectedBlockBytes() const { return m_expected; } // from the root's links; 0 until known
    quint64 strayBytes() const { return m_strayBytes; } // kept, but not (yet) asked for by the DAG
    quint64 resumedBytes() const { return m_resumedBytes; } // file bytes kept from an earlier run
    bool alreadyWhole() const { return m_targetWasWhole; }

private:
    enum class Kind { Entry, FilePart, Shard };
    struct Pending {
        Cid cid;
        Kind kind = Kind::Entry;
        QString path; // the entry's path (Entry), or the folder's (Shard)
        quint64 fileBytes = 0; // FilePart: the bytes of the file below it (its blocksize)
    };
    struct Written { // where a leaf's bytes were written, to read back for a second use
        QString path;
        quint64 offset = 0;
        quint64 length = 0;
    };

    Status process(const Pending &item, const QByteArray &block);
    Status processNode(const Pending &item, const PbNode &node, const UnixFsData &data);
    Status pushDirectory(const QString &path, const QList<PbLink> &links, quint64 fanout);
    Status drain(); // uses every block the stack wants next that is already at hand
    std::optional<QByteArray> blockAtHand(const Cid &cid);
    Status openFile(const QString &path, const Cid &root, quint64 size);
    Status writeData(const Cid &cid, const QByteArray &bytes);
    Status closeFileIfDone();
    Status finishDirectWrites(); // the current file's last bytes from the buffer into the file
    QByteArray readWritten(const Written &written) const;
    Status makeDirectory(const QString &path);
    Status replay(const CheckProgress &checked, const std::atomic_bool *stop); // what an earlier run left
    Status checkTarget(const CheckProgress &checked, const std::atomic_bool *stop); // read only
    std::optional<QByteArray> replayLeaf(const Pending &item);
    void remember(const Cid &cid, const QByteArray &block);

    BlockStore m_store;
    Cid m_root;
    QString m_target;
    QString m_partial;
    QString m_top; // where the output is walked: the partial one, or target when checking it
    std::vector<Pending> m_stack; // the next block on top
    QSet<QByteArray> m_used; // multihashes of blocks already used
    QHash<QByteArray, Written> m_leaves; // multihash -> where its bytes are
    QSet<QByteArray> m_stray; // multihashes kept in the store but not yet asked for
    QSet<QString> m_written; // the files and folders of this DAG, written or checked
    bool m_replaying = false;
    bool m_checkingTarget = false; // begin() reads target to see whether it is this download
    bool m_targetWasWhole = false;
    bool m_entityBytesRefused = false;
    quint64 m_directMinBytes;

    std::unique_ptr<QFile> m_file; // the file being written
    std::unique_ptr<DirectFileWriter> m_direct; // its writes, when past the page cache
    Cid m_fileRoot;
    quint64 m_fileSize = 0;
    quint64 m_fileWritten = 0;

    quint64 m_blockBytes = 0;
    quint64 m_visits = 0; // blocks processed, a block the DAG holds twice counted twice
    quint64 m_expected = 0;
    quint64 m_strayBytes = 0;
    quint64 m_resumedBytes = 0;
};

} // namespace dd::storage
