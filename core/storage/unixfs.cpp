#include "storage/unixfs.h"

#include "storage/dagpb.h"
#include "storage/hamt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <cerrno>
#include <deque>

#include <sys/stat.h>
#include <unistd.h>

namespace dd::storage {

namespace {

// A protobuf field key (number and wire type).
void appendKey(QByteArray &out, int field, int wireType)
{
    appendVarint(out, quint64(field) << 3 | quint64(wireType));
}

constexpr quint64 unixfsFile = 2;

// UnixFS Data: Type=File, the chunk's bytes (leaves), filesize, blocksizes (inner nodes).
QByteArray fileData(const QByteArray *chunk, quint64 filesize, const QList<quint64> &blocksizes)
{
    QByteArray out;
    appendPbUint(out, 1, unixfsFile);
    if (chunk && !chunk->isEmpty())
        appendPbBytes(out, 2, *chunk);
    appendPbUint(out, 3, filesize);
    for (quint64 size : blocksizes)
        appendPbUint(out, 4, size);
    return out;
}

} // namespace

QByteArray fileLeafBlock(QByteArrayView chunk)
{
    // pbNode(fileData(chunk)) written at once: the chunk is copied once.
    QByteArray data;
    appendPbUint(data, 1, unixfsFile);
    if (!chunk.isEmpty()) {
        appendKey(data, 2, 2);
        appendVarint(data, quint64(chunk.size()));
    }
    QByteArray tail;
    appendPbUint(tail, 3, quint64(chunk.size()));
    const quint64 dataLength = quint64(data.size() + chunk.size() + tail.size());
    QByteArray block;
    block.reserve(qsizetype(dataLength) + 16);
    appendKey(block, 1, 2);
    appendVarint(block, dataLength);
    block.append(data).append(chunk).append(tail);
    return block;
}

namespace {

struct Child {
    Cid cid;
    quint64 tsize = 0; // the block and everything below it
    quint64 filesize = 0; // file bytes below it
    QByteArray name; // directory entries only (UTF-8)
    bool folderWithEntries = false; // stood in for by an empty folder's node while it was read
};

QByteArray pbNode(const QList<Child> &children, const QByteArray &data)
{
    QList<PbLink> links;
    links.reserve(children.size());
    for (const Child &child : children)
        links.append(PbLink {child.cid, child.name, child.tsize});
    return encodePbNode(links, data);
}

class Builder {
public:
    Builder(const ImportProfile &profile, const BlockSink &sink) : m_profile(profile), m_sink(sink) { }

    struct Leaf {
        Child child;
        QByteArray block;
    };

    // A chunk's leaf block and CID: no shared state, so chunks are made into leaves in parallel.
    static Leaf makeLeaf(const ImportProfile &profile, const QByteArray &chunk)
    {
        Leaf leaf;
        if (profile.rawLeaves) {
            leaf.block = chunk;
            leaf.child.cid = Cid {1, codec::raw, sha256Multihash(sha256(chunk))};
        } else {
            leaf.block = fileLeafBlock(chunk);
            leaf.child.cid = Cid {profile.cidVersion, codec::dagPb, sha256Multihash(sha256(leaf.block))};
        }
        leaf.child.tsize = quint64(leaf.block.size());
        leaf.child.filesize = quint64(chunk.size());
        return leaf;
    }

    // Leaves arrive in file order.
    Status addLeaf(const Leaf &leaf)
    {
        if (auto delivered = deliver(leaf.child.cid, leaf.block); !delivered)
            return delivered;
        return push(0, leaf.child);
    }

    Result<Child> finish()
    {
        // Bottom up: what is left on a level becomes a parent on the next, until one node stands
        // alone at the top (a single chunk is its own root).
        for (qsizetype level = 0; level < m_levels.size(); ++level) {
            const bool top = level + 1 == m_levels.size();
            if (top && m_levels[level].size() == 1)
                return m_levels[level].first();
            if (m_levels[level].isEmpty())
                continue;
            auto parent = makeParent(m_levels[level]);
            if (!parent)
                return parent.error();
            m_levels[level].clear();
            if (level + 1 == m_levels.size())
                m_levels.append(QList<Child>());
            m_levels[level + 1].append(parent.value());
        }
        return Result<Child>::failure(QStringLiteral("nothing was imported"));
    }

    quint64 blocks() const { return m_blocks; }

private:
    Status push(qsizetype level, const Child &child)
    {
        if (level == m_levels.size())
            m_levels.append(QList<Child>());
        m_levels[level].append(child);
        if (m_levels[level].size() < m_profile.maxLinks)
            return success();
        auto parent = makeParent(m_levels[level]);
        if (!parent)
            return parent.error();
        m_levels[level].clear();
        return push(level + 1, parent.value());
    }

    Result<Child> makeParent(const QList<Child> &children)
    {
        QList<quint64> sizes;
        Child parent;
        for (const Child &c : children) {
            sizes.append(c.filesize);
            parent.filesize += c.filesize;
        }
        const QByteArray block = pbNode(children, fileData(nullptr, parent.filesize, sizes));
        parent.cid = Cid {m_profile.cidVersion, codec::dagPb, sha256Multihash(sha256(block))};
        parent.tsize = quint64(block.size());
        for (const Child &c : children)
            parent.tsize += c.tsize;
        if (auto emitted = deliver(parent.cid, block); !emitted)
            return emitted.error();
        return parent;
    }

    Status deliver(const Cid &cid, const QByteArray &block)
    {
        ++m_blocks;
        return m_sink ? m_sink(cid, block) : success();
    }

    const ImportProfile &m_profile;
    const BlockSink &m_sink;
    QList<QList<Child>> m_levels;
    quint64 m_blocks = 0;
};

// Chunk buffers, reused once nothing else holds them (the sink has written the block and the
// leaf is gone): a fresh megabyte would be mapped and faulted in by the kernel each time, which
// costs more than reading the file. At most `kept` are kept; beyond that buffers are fresh.
class ChunkBuffers {
public:
    explicit ChunkBuffers(qint64 chunkSize) : m_chunkSize(chunkSize) { }

    // A buffer of chunkSize bytes that only this pool holds, to read into.
    QByteArray &next()
    {
        for (QByteArray &buffer : m_buffers) {
            if (buffer.isDetached()) {
                buffer.resize(m_chunkSize);
                return buffer;
            }
        }
        if (m_buffers.size() < kept) {
            m_buffers.emplace_back(m_chunkSize, Qt::Uninitialized);
            return m_buffers.back();
        }
        m_spare = QByteArray(m_chunkSize, Qt::Uninitialized);
        return m_spare;
    }

private:
    static constexpr qsizetype kept = 32;
    qint64 m_chunkSize;
    std::deque<QByteArray> m_buffers; // a deque: a buffer handed out does not move
    QByteArray m_spare;
};

} // namespace

ImportProfile ImportProfile::unixfsV1_2025()
{
    return {QStringLiteral("unixfs-v1-2025"), 1, true, 1024 * 1024, 1024, ImportProfile::ShardEstimate::BlockBytes};
}

ImportProfile ImportProfile::unixfsV0_2015()
{
    return {QStringLiteral("unixfs-v0-2015"), 0, false, 256 * 1024, 174, ImportProfile::ShardEstimate::LinkBytes};
}

std::optional<ImportProfile> ImportProfile::byName(const QString &name)
{
    for (const ImportProfile &p : {unixfsV1_2025(), unixfsV0_2015()})
        if (p.name == name)
            return p;
    return std::nullopt;
}

namespace {

// A regular file's descriptor, read at offsets; -1 for anything else (a pipe, a buffer).
int positionalHandle(QIODevice &input)
{
    auto *file = qobject_cast<QFile *>(&input);
    if (!file || file->isSequential() || file->handle() < 0)
        return -1;
    struct stat info { };
    return ::fstat(file->handle(), &info) == 0 && S_ISREG(info.st_mode) ? file->handle() : -1;
}

// Fills size bytes at to from fd at offset, fewer where the file ends; -1 on an error.
qint64 readAt(int fd, char *to, qint64 size, qint64 offset)
{
    qint64 filled = 0;
    while (filled < size) {
        const ssize_t n = ::pread(fd, to + filled, size_t(size - filled), off_t(offset + filled));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        filled += n;
    }
    return filled;
}

} // namespace

Result<ImportedFile> importFile(
    QIODevice &input, const ImportProfile &profile, const BlockSink &sink, const std::atomic_bool *cancel)
{
    Builder builder(profile, sink);
    ImportedFile imported;
    // Chunks are hashed a batch at a time on every core, then joined to the tree in order; two
    // batches are hashed at once (so no core waits for the last chunk of one), and the next is
    // prepared while they are (and the oldest one's blocks handed to the sink): memory holds
    // three batches, whatever the file's size. A regular file is read by the hashing
    // threads themselves, each chunk at its offset, so the copy out of the page cache is shared
    // by the cores as the hashing is (read here, it left one core waiting: the CID of a file in
    // the page cache took 1.5 times openssl's SHA-256 time, where two cores allow 2).
    const int batchSize = std::max(2, QThread::idealThreadCount()) * 4;
    const int fd = positionalHandle(input);
    const qint64 start = fd >= 0 ? input.pos() : 0;
    qint64 offset = start; // of the next chunk, for a regular file
    struct Piece {
        QByteArray chunk; // read here, or the buffer a hashing thread reads into
        char *into = nullptr;
        qint64 offset = -1; // >= 0: to be read at this offset
    };
    struct Hashed {
        Builder::Leaf leaf;
        qint64 filled = 0; // -1: the read failed
        int error = 0;
    };
    std::deque<QFuture<Hashed>> hashing; // the oldest first
    // The hashing never outlives this function (it reads profile), whichever way it returns.
    const auto waitForHashing = qScopeGuard([&hashing] {
        for (QFuture<Hashed> &batch : hashing)
            batch.waitForFinished();
    });
    bool ended = false;
    bool any = false;
    auto joinHashed = [&]() -> Status { // the oldest batch
        if (hashing.empty())
            return success();
        const QList<Hashed> results = hashing.front().results();
        hashing.pop_front(); // joined once
        for (const Hashed &hashed : results) {
            if (hashed.filled < 0)
                return Status::failure(
                    QStringLiteral("The file could not be read: %1").arg(qt_error_string(hashed.error)), ErrorCode::Io);
            // A chunk is full unless the file ends there; what was read past the end is not used.
            const bool last = hashed.filled < profile.chunkSize;
            if (ended)
                break;
            ended = last;
            // An empty file is one empty chunk; a file that ends on a chunk boundary adds none.
            if (hashed.filled == 0 && any)
                break;
            any = true;
            imported.size += hashed.leaf.child.filesize;
            if (auto added = builder.addLeaf(hashed.leaf); !added)
                return added;
        }
        return success();
    };
    ChunkBuffers buffers(profile.chunkSize);
    while (!ended) {
        if (cancel && cancel->load())
            return Result<ImportedFile>::failure(QStringLiteral("The import was cancelled."), ErrorCode::Cancelled);
        QList<Piece> batch;
        bool readAll = false; // a sequential input: this batch reached its end
        while (batch.size() < batchSize && !readAll) {
            QByteArray &buffer = buffers.next();
            if (fd >= 0) {
                char *into = buffer.data(); // the pool's buffer, not shared yet
                batch.append(Piece {buffer, into, offset});
                offset += profile.chunkSize;
                continue;
            }
            qint64 filled = 0;
            // A chunk is full unless the file ends: reads may return less.
            while (filled < profile.chunkSize) {
                const qint64 n = input.read(buffer.data() + filled, profile.chunkSize - filled);
                if (n < 0)
                    return Result<ImportedFile>::failure(
                        QStringLiteral("The file could not be read: %1").arg(input.errorString()), ErrorCode::Io);
                if (n == 0)
                    break;
                filled += n;
            }
            buffer.resize(filled);
            batch.append(Piece {buffer, nullptr, -1}); // shared with the leaf and the sink, not copied
            readAll = filled < profile.chunkSize;
        }
        if (hashing.size() >= 2) {
            if (auto joined = joinHashed(); !joined)
                return joined.error();
        }
        if (ended)
            break;
        hashing.push_back(QtConcurrent::mapped(std::move(batch), [&profile, fd](const Piece &piece) {
            Hashed hashed;
            QByteArray chunk = piece.chunk;
            if (piece.offset >= 0) {
                hashed.filled = readAt(fd, piece.into, profile.chunkSize, piece.offset);
                if (hashed.filled < 0) {
                    hashed.error = errno;
                    return hashed;
                }
                if (hashed.filled < profile.chunkSize) // the file's last chunk: its own bytes
                    chunk = QByteArray(piece.into, hashed.filled);
            } else {
                hashed.filled = chunk.size();
            }
            hashed.leaf = Builder::makeLeaf(profile, chunk);
            return hashed;
        }));
    }
    while (!hashing.empty()) {
        if (auto joined = joinHashed(); !joined)
            return joined.error();
    }
    if (fd >= 0 && !input.seek(start + imported.size)) // the device where a read would have left it
        return Result<ImportedFile>::failure(
            QStringLiteral("The file could not be read: %1").arg(input.errorString()), ErrorCode::Io);
    auto root = builder.finish();
    if (!root)
        return root.error();
    imported.root = root.value().cid;
    imported.blocks = builder.blocks();
    imported.dagSize = root.value().tsize;
    return imported;
}

namespace {

constexpr quint64 unixfsDirectory = 1;

// protobuf's length of a varint.
qint64 varintLength(quint64 value)
{
    qint64 length = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++length;
    }
    return length;
}

// What one link adds to the reference importer's estimate of a flat directory node's size.
qint64 estimatedLinkSize(const ImportProfile &profile, qint64 nameBytes, qint64 cidBytes, quint64 tsize)
{
    if (profile.shardEstimate == ImportProfile::ShardEstimate::LinkBytes)
        return nameBytes + cidBytes;
    const qint64 link = 1 + varintLength(quint64(cidBytes)) + cidBytes + 1 + varintLength(quint64(nameBytes))
        + nameBytes + 1 + varintLength(tsize);
    return 1 + varintLength(quint64(link)) + link;
}

// Whether the reference importer (ipfs-unixfs-importer, given the folder's entries as
// `readdir` lists them) shards this directory. It decides after every entry it adds, and never
// goes back: a directory is sharded once its estimate has passed the threshold, not only when
// its final size does. While a subfolder is read it is counted as the empty folder that stood
// for it when it was listed, and then as nothing (its CID is not known yet), so the estimate
// can peak before the end. entries are in readdir's order (by name, byte by byte).
bool referenceShards(const ImportProfile &profile, const QList<Child> &entries)
{
    const qint64 emptyFolderCid = profile.cidVersion == 0 ? 34 : 36;
    const qint64 emptyFolderSize = 4; // its block: Data {Type: Directory}
    qint64 running = profile.shardEstimate == ImportProfile::ShardEstimate::BlockBytes ? 4 : 0;
    qint64 peak = running;
    for (const Child &entry : entries) {
        const qint64 nameBytes = entry.name.size();
        if (entry.folderWithEntries) {
            peak = std::max(peak, running + estimatedLinkSize(profile, nameBytes, emptyFolderCid, emptyFolderSize));
            continue;
        }
        running += estimatedLinkSize(profile, nameBytes, entry.cid.bytes().size(), entry.tsize);
        peak = std::max(peak, running);
    }
    return peak > profile.shardThreshold;
}

Result<Child> importEntry(const QFileInfo &info, const ImportProfile &profile, const BlockSink &sink,
    const std::atomic_bool *cancel, quint64 &blocks, quint64 &bytes, int depth)
{
    if (cancel && cancel->load())
        return Result<Child>::failure(QStringLiteral("The import was cancelled."), ErrorCode::Cancelled);
    if (info.isSymLink())
        return Result<Child>::failure(
            QStringLiteral("%1 is a symbolic link; links are not imported (copy what it points to instead).")
                .arg(info.filePath()),
            ErrorCode::InvalidInput);
    Child entry;
    entry.name = info.fileName().toUtf8();
    if (info.isFile()) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Result<Child>::failure(
                QStringLiteral("%1 cannot be read: %2").arg(info.filePath(), file.errorString()), ErrorCode::Io);
        auto imported = importFile(file, profile, sink, cancel);
        if (!imported)
            return Error {QStringLiteral("%1: %2").arg(info.filePath(), imported.message()), imported.code(), {}};
        entry.cid = imported.value().root;
        entry.tsize = imported.value().dagSize;
        blocks += imported.value().blocks;
        bytes += imported.value().size;
        return entry;
    }
    if (!info.isDir())
        return Result<Child>::failure(
            QStringLiteral("%1 is neither a file nor a folder.").arg(info.filePath()), ErrorCode::InvalidInput);
    if (depth > 256)
        return Result<Child>::failure(
            QStringLiteral("%1 is nested more than 256 folders deep.").arg(info.filePath()), ErrorCode::InvalidInput);
    const QDir dir(info.filePath());
    if (!dir.isReadable())
        return Result<Child>::failure(QStringLiteral("%1 cannot be read.").arg(info.filePath()), ErrorCode::Io);
    QList<Child> links;
    for (const QFileInfo &child :
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        auto imported = importEntry(child, profile, sink, cancel, blocks, bytes, depth + 1);
        if (!imported)
            return imported;
        links.append(imported.value());
    }
    // dag-pb orders a node's links by name, byte by byte; readdir lists them in that order too.
    std::sort(links.begin(), links.end(), [](const Child &a, const Child &b) { return a.name < b.name; });
    entry.folderWithEntries = !links.isEmpty();
    if (referenceShards(profile, links)) {
        QList<hamt::Entry> entries;
        entries.reserve(links.size());
        for (const Child &link : std::as_const(links))
            entries.append(hamt::Entry {link.name, link.cid, link.tsize});
        auto sharded = hamt::build(entries, profile.cidVersion, sink);
        if (!sharded)
            return Error {QStringLiteral("%1: %2").arg(info.filePath(), sharded.message()), sharded.code(), {}};
        entry.cid = sharded.value().cid;
        entry.tsize = sharded.value().tsize;
        blocks += sharded.value().blocks;
        return entry;
    }
    QByteArray data;
    appendPbUint(data, 1, unixfsDirectory);
    const QByteArray block = pbNode(links, data);
    entry.cid = Cid {profile.cidVersion, codec::dagPb, sha256Multihash(sha256(block))};
    entry.tsize = quint64(block.size());
    for (const Child &link : links)
        entry.tsize += link.tsize;
    ++blocks;
    if (sink) {
        if (auto delivered = sink(entry.cid, block); !delivered)
            return delivered.error();
    }
    return entry;
}

} // namespace

Result<ImportedFile> importPath(
    const QString &path, const ImportProfile &profile, const BlockSink &sink, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Result<ImportedFile>::failure(QStringLiteral("%1 does not exist.").arg(path), ErrorCode::InvalidInput);
    ImportedFile imported;
    auto root = importEntry(info, profile, sink, cancel, imported.blocks, imported.size, 0);
    if (!root)
        return root.error();
    imported.root = root.value().cid;
    imported.dagSize = root.value().tsize;
    return imported;
}

} // namespace dd::storage
