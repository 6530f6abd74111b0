#pragma once

// Blocks on disk, one file per block, named by its multihash (so CIDv0 and CIDv1 of the same
// bytes share a file, as Kubo's flatfs does), in 2-letter shards. A block is checked against its
// CID before it is written and again when it is read: a store never hands out bytes that are
// not the ones asked for (a damaged one is removed, to be fetched again). Writes go through a
// temporary file and a rename, so a block is whole or absent. Pins are files named by CID under pins/.

#include "common/result.h"
#include "storage/cid.h"

#include <QDir>
#include <QList>

namespace dd::storage {

class BlockStore {
public:
    explicit BlockStore(const QString &directory) : m_root(directory) { }

    Status open() const; // creates the folders
    QString directory() const { return m_root.path(); }

    bool has(const Cid &cid) const;
    qint64 blockSize(const Cid &cid) const; // -1 when absent
    Result<QByteArray> get(const Cid &cid) const;
    Status put(const Cid &cid, const QByteArray &block) const;

    Status pin(const Cid &root) const;
    Status unpin(const Cid &root) const;
    bool isPinned(const Cid &root) const;
    QList<Cid> pins() const;

private:
    QString pathOf(const Cid &cid) const;

    QDir m_root;
};

} // namespace dd::storage
