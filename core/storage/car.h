#pragma once

// CAR v1 (Content Addressable aRchive, ipld/specs transport/car/carv1): a varint-prefixed
// dag-cbor header {roots, version: 1}, then varint-prefixed (CID, block) sections. The writer
// streams blocks as an import makes them; since the root is known only at the end, the header
// is written with a placeholder root of the same length and rewritten once the root is known, as
// ipfs-car does. The reader checks every block against its CID's sha2-256 as it goes.

#include "common/directfilewriter.h"
#include "common/result.h"
#include "storage/cid.h"

#include <QIODevice>

#include <condition_variable>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

namespace dd::storage {

// Blocks go to the disk on a thread of the writer's own, so hashing and writing overlap; at most
// 16 MiB wait in between. The device belongs to that thread from begin() to finish(). A file is
// written past the page cache (common/directfilewriter.h): a CAR is read once, by its upload,
// and filling the cache with it cost more than the hashing did.
class CarWriter {
public:
    // device must be seekable (a file) for the root to be filled in at the end.
    explicit CarWriter(QIODevice &device) : m_device(device) { }
    ~CarWriter();
    CarWriter(const CarWriter &) = delete;
    CarWriter &operator=(const CarWriter &) = delete;

    // rootLength: the byte length of the root CID to come (36 for CIDv1 sha2-256, 34 for CIDv0).
    Status begin(int rootLength);
    Status add(const Cid &cid, const QByteArray &block);
    Status finish(const Cid &root);
    quint64 bytesWritten() const { return m_written; }

private:
    Status write(const QByteArray &bytes);
    void startWriteback();
    void drain(); // the writing thread
    Status stop(); // waits until everything queued is written

    QIODevice &m_device;
    qint64 m_headerAt = 0;
    int m_rootLength = 0;
    quint64 m_written = 0;
    std::unique_ptr<DirectFileWriter> m_direct; // when the device is a file
    int m_writebackFd = -1; // the file's descriptor, when it is written through the page cache
    quint64 m_writebackFrom = 0; // the file offset from which the kernel was not yet asked to write back
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_closing = false;
    std::optional<Error> m_error;
};

// The header of a CAR with these roots: varint length, then the dag-cbor map.
QByteArray carHeader(const QList<Cid> &roots);

struct CarSummary {
    quint64 version = 1;
    QList<Cid> roots;
    quint64 blocks = 0;
    quint64 blockBytes = 0;
};

// A CAR v1 as it arrives in pieces (a download, an upload's body): feed() takes any slice of
// bytes, checks each block against its CID as soon as the block is whole and hands it on.
// finish() says whether the stream ended cleanly at a block boundary.
class CarStreamReader {
public:
    using BlockHandler = std::function<Status(const Cid &cid, const QByteArray &block)>;
    // Where each block is checked against its CID: here, before onBlock sees it; or by onBlock
    // itself (a download hashes on another thread while the next bytes are parsed).
    enum class HashCheck { Here, ByHandler };
    explicit CarStreamReader(BlockHandler onBlock = {}, HashCheck check = HashCheck::Here)
        : m_onBlock(std::move(onBlock)), m_check(check)
    {
    }

    Status feed(QByteArrayView bytes);
    // Feeds what device has ready, up to about maxBytes (a socket on loopback may never run
    // dry: the caller gets its turn back), reading a block's bytes straight into the block.
    Status feed(QIODevice &device, qint64 maxBytes = std::numeric_limits<qint64>::max());
    Status finish() const;
    bool hasHeader() const { return m_headerRead; }
    const CarSummary &summary() const { return m_summary; }

private:
    Status parseHeader(const QByteArray &header);
    Status deliver(const Cid &cid, const QByteArray &block);

    BlockHandler m_onBlock;
    HashCheck m_check;
    // A section's start (its length, then the header or a CID) gathers in m_head; a block's
    // bytes are copied once, from the input into m_block, which is handed on when full.
    QByteArray m_head;
    QByteArray m_block;
    qsizetype m_filled = 0; // bytes of m_block that arrived
    Cid m_blockCid;
    bool m_filling = false;
    bool m_headerRead = false;
    CarSummary m_summary;
};

// Reads a CAR v1, checking each block's hash; onBlock (optional) sees each verified block.
Result<CarSummary> readCar(
    QIODevice &device, const std::function<Status(const Cid &cid, const QByteArray &block)> &onBlock = {});

} // namespace dd::storage
