#include "storage/unixfsstream.h"

#include "common/piecewrite.h"
#include "storage/dagwalk.h"
#include "storage/hamt.h"
#include "storage/unixfs.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace dd::storage {

namespace {

constexpr int maxDepth = 64;
// Visits of blocks the DAG links again: beyond this, plus a few per distinct block, file and
// KiB, the DAG is refused. 40 nodes that each link twice to the next and end in an empty leaf
// would be 2^40 visits that write nothing; real data with repeated blocks writes as it goes.
constexpr quint64 freeVisits = 65536;
constexpr qint64 maxLeafBytes = 4 * 1024 * 1024; // a single-block file read back on resume

Status dagError(const QString &message)
{
    return Status::failure(message, ErrorCode::InvalidInput);
}

void removePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink()) // a link goes, never what it points to
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

int depthOf(const QString &path, const QString &top)
{
    return int(path.mid(top.size()).count(QLatin1Char('/')));
}

// The block a leaf whose file bytes are these would be: raw, or the classic profile's dag-pb.
std::optional<QByteArray> leafFromBytes(const Cid &cid, const QByteArray &bytes)
{
    if (cid.codec == codec::raw)
        return cid.matches(bytes) ? std::optional<QByteArray>(bytes) : std::nullopt;
    if (cid.codec == codec::dagPb) {
        QByteArray block = fileLeafBlock(bytes);
        if (cid.matches(block))
            return block;
    }
    return std::nullopt;
}

} // namespace

UnixFsStreamWriter::UnixFsStreamWriter(BlockStore store, Cid root, QString target, quint64 directMinBytes)
    : m_store(std::move(store)),
      m_root(std::move(root)),
      m_target(std::move(target)),
      m_partial(m_target + QStringLiteral(".partial")),
      m_top(m_partial),
      m_directMinBytes(std::max<quint64>(directMinBytes, 1))
{
}

UnixFsStreamWriter::~UnixFsStreamWriter()
{
    // A stopped download keeps what it wrote, also what still waited in the write buffer.
    (void)finishDirectWrites();
}

Status UnixFsStreamWriter::begin(const CheckProgress &checked, const std::atomic_bool *stop)
{
    if (auto opened = m_store.open(); !opened)
        return opened;
    if (QFileInfo::exists(m_target)) {
        // An earlier run that was stopped between its last rename and telling anyone left the
        // whole output under target and no partial one: that is this download, done.
        if (!QFileInfo::exists(m_partial)) {
            const Status whole = checkTarget(checked, stop);
            if (whole || whole.code() == ErrorCode::Cancelled)
                return whole;
        }
        return Status::failure(QStringLiteral("%1 already exists.").arg(m_target), ErrorCode::InvalidInput);
    }
    m_stack = {Pending {m_root, Kind::Entry, m_partial, 0}};
    if (QFileInfo::exists(m_partial)) {
        if (auto replayed = replay(checked, stop); !replayed)
            return replayed;
        if (m_blockBytes == 0) // not even the root could be checked: start over
            removePath(m_partial);
    }
    return drain();
}

Status UnixFsStreamWriter::checkTarget(const CheckProgress &checked, const std::atomic_bool *stop)
{
    m_checkingTarget = true;
    m_top = m_target;
    m_stack = {Pending {m_root, Kind::Entry, m_target, 0}};
    if (auto replayed = replay(checked, stop); !replayed)
        return replayed;
    m_file.reset();
    if (!m_stack.empty())
        return Status::failure(
            QStringLiteral("%1 does not hold %2.").arg(m_target, m_root.toString()), ErrorCode::InvalidInput);
    m_targetWasWhole = true;
    return success();
}

Status UnixFsStreamWriter::replay(const CheckProgress &checked, const std::atomic_bool *stop)
{
    constexpr quint64 reportEvery = 64 * 1024 * 1024;
    quint64 reported = 0;
    m_replaying = true;
    while (m_replaying && !m_stack.empty()) {
        if (stop && stop->load())
            return Status::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (checked && m_blockBytes - reported >= reportEvery)
            checked(reported = m_blockBytes);
        const Pending top = m_stack.back();
        std::optional<QByteArray> block = blockAtHand(top.cid);
        if (!block)
            block = replayLeaf(top);
        if (!block)
            break;
        m_stack.pop_back();
        if (auto processed = process(top, *block); !processed)
            return processed;
        if (auto closed = closeFileIfDone(); !closed)
            return closed;
    }
    m_replaying = false;
    if (m_checkingTarget)
        return success(); // read only: the caller sees from the stack whether all of it was there
    // What follows the last verified byte of the current file is cut off, to be fetched again.
    if (m_file && !m_file->resize(qint64(m_fileWritten)))
        return Status::failure(
            QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()), ErrorCode::Io);
    return success();
}

std::optional<QByteArray> UnixFsStreamWriter::replayLeaf(const Pending &item)
{
    if (item.kind == Kind::FilePart && m_file && item.fileBytes > 0) {
        if (!m_file->seek(qint64(m_fileWritten)))
            return std::nullopt;
        const QByteArray bytes = m_file->read(qint64(item.fileBytes));
        if (quint64(bytes.size()) != item.fileBytes)
            return std::nullopt;
        return leafFromBytes(item.cid, bytes);
    }
    if (item.kind == Kind::Entry) {
        const QFileInfo info(item.path);
        if (!info.isFile() || info.size() > maxLeafBytes)
            return std::nullopt;
        QFile file(item.path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return leafFromBytes(item.cid, file.readAll());
    }
    return std::nullopt;
}

std::optional<QByteArray> UnixFsStreamWriter::blockAtHand(const Cid &cid)
{
    if (cid.isIdentity()) {
        qsizetype at = 1;
        (void)readVarint(cid.multihash, at);
        return cid.multihash.mid(at);
    }
    if (cid.codec == codec::raw && m_used.contains(cid.multihash) && cid.matches(QByteArray()))
        return QByteArray(); // the empty leaf, met before: no need to ask a gateway again
    if (const auto written = m_leaves.constFind(cid.multihash); written != m_leaves.cend()) {
        const QByteArray bytes = readWritten(*written);
        if (quint64(bytes.size()) == written->length)
            if (auto block = leafFromBytes(cid, bytes))
                return block;
    }
    if (!m_store.has(cid))
        return std::nullopt;
    auto stored = m_store.get(cid); // checked against its hash (a damaged one is removed)
    if (!stored)
        return std::nullopt;
    if (m_stray.remove(cid.multihash))
        m_strayBytes -= std::min(m_strayBytes, quint64(stored.value().size()));
    return stored.value();
}

Status UnixFsStreamWriter::accept(const Cid &cid, const QByteArray &block)
{
    if (!m_stack.empty() && m_stack.back().cid.multihash == cid.multihash) {
        const Pending top = m_stack.back();
        m_stack.pop_back();
        if (auto processed = process(top, block); !processed)
            return processed;
        if (auto closed = closeFileIfDone(); !closed)
            return closed;
        return drain();
    }
    if (m_used.contains(cid.multihash) || m_stray.contains(cid.multihash))
        return success(); // sent again (a resumed range starts at the file's root)
    // Not the next one: kept for when its turn comes (another order), or as a stray.
    if (auto kept = m_store.put(cid, block); !kept)
        return kept;
    m_stray.insert(cid.multihash);
    m_strayBytes += quint64(block.size());
    return drain();
}

Status UnixFsStreamWriter::drain()
{
    while (!m_stack.empty()) {
        const Pending top = m_stack.back();
        auto block = blockAtHand(top.cid);
        if (!block)
            return success();
        m_stack.pop_back();
        if (auto processed = process(top, *block); !processed)
            return processed;
        if (auto closed = closeFileIfDone(); !closed)
            return closed;
    }
    return success();
}

Status UnixFsStreamWriter::process(const Pending &item, const QByteArray &block)
{
    const Cid &cid = item.cid; // as the DAG links it: its codec decides, not the sender's
    m_used.insert(cid.multihash);
    m_blockBytes += quint64(block.size());
    if (++m_visits > freeVisits + 4 * quint64(m_used.size()) + 2 * quint64(m_written.size()) + m_blockBytes / 1024)
        return dagError(QStringLiteral("The DAG links its blocks again and again (%1 visits of %2 blocks that hold "
                                       "%3 bytes): it is not a dataset.")
                            .arg(m_visits)
                            .arg(m_used.size())
                            .arg(m_blockBytes));
    if (depthOf(item.path, m_top) > maxDepth)
        return dagError(QStringLiteral("The folders are nested more than %1 deep.").arg(maxDepth));
    if (cid.codec == codec::raw) {
        if (cid.multihash == m_root.multihash)
            m_expected = quint64(block.size());
        if (item.kind == Kind::Entry) {
            if (auto opened = openFile(item.path, cid, quint64(block.size())); !opened)
                return opened;
        } else if (item.kind == Kind::Shard || !m_file) {
            return dagError(QStringLiteral("%1 sits in a folder's shards but is file data.").arg(cid.toString()));
        }
        remember(cid, block);
        return writeData(cid, block);
    }
    if (cid.codec != codec::dagPb)
        return dagError(QStringLiteral("%1 is not UnixFS (codec 0x%2).").arg(cid.toString()).arg(cid.codec, 0, 16));
    auto decoded = decodeUnixFsNode(block);
    if (!decoded)
        return decoded.error();
    const auto &[node, data] = decoded.value();
    if (cid.multihash == m_root.multihash) {
        m_expected = quint64(block.size());
        for (const PbLink &link : node.links)
            m_expected += link.tsize;
    }
    if (!node.links.isEmpty()) {
        // Kept so that a later run walks the DAG without fetching it again; a few KiB per GiB.
        if (auto kept = m_store.put(cid, block); !kept)
            return kept;
    }
    return processNode(item, node, data);
}

Status UnixFsStreamWriter::processNode(const Pending &item, const PbNode &node, const UnixFsData &data)
{
    const bool fileData = data.type == unixfs::file || data.type == unixfs::raw;
    if (item.kind == Kind::Shard && data.type != unixfs::hamtShard)
        return dagError(QStringLiteral("%1 sits in a folder's shards but is not a shard.").arg(item.cid.toString()));
    if (item.kind == Kind::FilePart && !fileData)
        return dagError(QStringLiteral("%1 sits inside a file but is not file data.").arg(item.cid.toString()));
    if (fileData) {
        if (item.kind == Kind::Entry) {
            if (auto opened = openFile(item.path, item.cid, data.filesize); !opened)
                return opened;
        }
        if (!node.links.isEmpty() && data.blocksizes.size() != node.links.size())
            return dagError(QStringLiteral("%1 has %2 links but %3 block sizes.")
                                .arg(item.cid.toString())
                                .arg(node.links.size())
                                .arg(data.blocksizes.size()));
        if (node.links.isEmpty())
            remember(item.cid, data.data);
        if (auto written = writeData(item.cid, data.data); !written)
            return written;
        for (qsizetype i = node.links.size() - 1; i >= 0; --i)
            m_stack.push_back(Pending {node.links[i].cid, Kind::FilePart, item.path, data.blocksizes[i]});
        return success();
    }
    if (data.type == unixfs::directory) {
        if (auto made = makeDirectory(item.path); !made)
            return made;
        return pushDirectory(item.path, node.links, 0);
    }
    if (data.type == unixfs::hamtShard) {
        if (data.hashType != hamt::murmur3x64_64 || data.fanout < 2 || (data.fanout & (data.fanout - 1)) != 0)
            return dagError(QStringLiteral("%1 is a folder shard of a kind this app does not read (hash 0x%2, "
                                           "fanout %3).")
                                .arg(item.cid.toString())
                                .arg(data.hashType, 0, 16)
                                .arg(data.fanout));
        if (item.kind == Kind::Entry) {
            if (auto made = makeDirectory(item.path); !made)
                return made;
        }
        return pushDirectory(item.path, node.links, data.fanout);
    }
    return dagError(QStringLiteral("%1 is a UnixFS entry of type %2 (not a file or folder).")
                        .arg(item.cid.toString())
                        .arg(data.type));
}

Status UnixFsStreamWriter::pushDirectory(const QString &path, const QList<PbLink> &links, quint64 fanout)
{
    std::vector<Pending> entries;
    entries.reserve(size_t(links.size()));
    for (const PbLink &link : links) {
        if (fanout > 0 && hamt::isShardLink(link, fanout)) {
            entries.push_back(Pending {link.cid, Kind::Shard, path, 0});
            continue;
        }
        const QByteArray name = fanout > 0 ? hamt::entryName(link, fanout) : link.name;
        if (!isSafeEntryName(name))
            return dagError(QStringLiteral("The folder holds an entry named \"%1\", which is not a safe file name.")
                                .arg(QString::fromUtf8(name.left(80))));
        entries.push_back(Pending {link.cid, Kind::Entry, path + QLatin1Char('/') + QString::fromUtf8(name), 0});
    }
    m_stack.insert(m_stack.end(), entries.rbegin(), entries.rend());
    return success();
}

void UnixFsStreamWriter::remember(const Cid &cid, const QByteArray &bytes)
{
    if (m_file && !bytes.isEmpty())
        m_leaves.insert(cid.multihash, Written {m_file->fileName(), m_fileWritten, quint64(bytes.size())});
}

// Where a leaf's bytes were written; the end of the current file may still be in the buffer of
// its writes past the page cache. (The caller checks the bytes against the leaf's hash.)
QByteArray UnixFsStreamWriter::readWritten(const Written &written) const
{
    QByteArray bytes;
    QFile file(written.path);
    if (file.open(QIODevice::ReadOnly) && file.seek(qint64(written.offset)))
        bytes = file.read(qint64(written.length));
    if (!m_direct || !m_file || written.path != m_file->fileName())
        return bytes;
    const quint64 at = m_direct->bufferedAt();
    const QByteArrayView buffered = m_direct->buffered();
    const quint64 end = written.offset + written.length;
    if (end <= at)
        return bytes;
    bytes.truncate(qsizetype(written.offset < at ? at - written.offset : 0)); // the part before the buffer
    const quint64 from = written.offset > at ? written.offset - at : 0;
    if (end - at <= quint64(buffered.size()))
        bytes += buffered.sliced(qsizetype(from), qsizetype(end - at - from));
    return bytes;
}

Status UnixFsStreamWriter::openFile(const QString &path, const Cid &root, quint64 size)
{
    if (auto finished = finishDirectWrites(); !finished)
        return finished;
    m_written.insert(path);
    m_file = std::make_unique<QFile>(path);
    m_fileRoot = root;
    m_fileSize = size;
    m_fileWritten = 0;
    if (m_checkingTarget) {
        if (m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return success();
        return dagError(QStringLiteral("%1 cannot be read: %2").arg(path, m_file->errorString()));
    }
    if (m_replaying && m_file->exists()) {
        if (m_file->open(QIODevice::ReadWrite | QIODevice::Unbuffered))
            return success();
    } else {
        m_replaying = false;
        if (m_file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return success();
    }
    return Status::failure(QStringLiteral("%1 cannot be written: %2").arg(path, m_file->errorString()), ErrorCode::Io);
}

Status UnixFsStreamWriter::writeData(const Cid &cid, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return success();
    if (m_fileWritten + quint64(bytes.size()) > m_fileSize)
        return dagError(QStringLiteral("%1 says it holds %2 bytes but its blocks hold more (%3 holds data past the "
                                       "end).")
                            .arg(m_fileRoot.toString())
                            .arg(m_fileSize)
                            .arg(cid.toString()));
    if (!m_direct && m_file->pos() != qint64(m_fileWritten) && !m_file->seek(qint64(m_fileWritten)))
        return Status::failure(
            QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()), ErrorCode::Io);
    if (m_replaying) {
        // An earlier run's bytes, kept where they are the same.
        if (m_file->read(bytes.size()) == bytes) {
            m_fileWritten += quint64(bytes.size());
            m_resumedBytes += quint64(bytes.size());
            return success();
        }
        if (m_checkingTarget)
            return dagError(QStringLiteral("%1 differs from the download.").arg(m_file->fileName()));
        m_replaying = false;
        if (!m_file->resize(qint64(m_fileWritten)) || !m_file->seek(qint64(m_fileWritten)))
            return Status::failure(
                QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()),
                ErrorCode::Io);
    }
    if (!m_direct && m_fileSize >= m_directMinBytes) {
        m_direct = std::make_unique<DirectFileWriter>(m_file->handle(), m_fileWritten);
        if (!m_direct->direct())
            m_direct.reset(); // tmpfs, or an unaligned start after a resume: the page cache
    }
    if (m_direct) {
        if (auto appended = m_direct->append(bytes); !appended)
            return Status::failure(
                QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), appended.message()), ErrorCode::Io);
    } else if (!writeInPieces(*m_file, bytes)) {
        return Status::failure(
            QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()), ErrorCode::Io);
    }
    m_fileWritten += quint64(bytes.size());
    return success();
}

Status UnixFsStreamWriter::finishDirectWrites()
{
    if (!m_direct)
        return success();
    const Status tail = m_direct->finish();
    m_direct.reset(); // the descriptor is the QFile's again
    if (!tail)
        return Status::failure(
            QStringLiteral("%1 cannot be written: %2").arg(m_file->fileName(), tail.message()), ErrorCode::Io);
    return success();
}

Status UnixFsStreamWriter::closeFileIfDone()
{
    if (!m_file || (!m_stack.empty() && m_stack.back().kind == Kind::FilePart))
        return success();
    const bool whole = m_fileWritten == m_fileSize && (!m_checkingTarget || quint64(m_file->size()) == m_fileSize);
    if (auto finished = finishDirectWrites(); !finished)
        return finished;
    m_file.reset();
    if (!whole)
        return dagError(QStringLiteral("%1 says it holds %2 bytes but its blocks hold %3.")
                            .arg(m_fileRoot.toString())
                            .arg(m_fileSize)
                            .arg(m_fileWritten));
    return success();
}

Status UnixFsStreamWriter::makeDirectory(const QString &path)
{
    m_written.insert(path);
    if (QFileInfo(path).isDir() || (!m_checkingTarget && QDir().mkdir(path)))
        return success();
    return Status::failure(QStringLiteral("The folder %1 cannot be created.").arg(path), ErrorCode::Io);
}

UnixFsStreamWriter::Request UnixFsStreamWriter::nextRequest() const
{
    const Pending &top = m_stack.back();
    if (top.kind == Kind::FilePart && m_file && !m_entityBytesRefused)
        return Request {m_fileRoot, m_fileWritten};
    return Request {top.cid, std::nullopt};
}

Status UnixFsStreamWriter::finish()
{
    if (!complete())
        return Status::failure(QStringLiteral("The download is not complete."), ErrorCode::InvalidInput);
    if (m_targetWasWhole)
        return success(); // nothing to rename: begin() found target whole
    if (auto finished = finishDirectWrites(); !finished)
        return finished;
    m_file.reset();
    // What an earlier run left that this DAG does not hold (another dataset saved under the
    // same name) goes: the output is this DAG's entries, each verified, and nothing else.
    if (QFileInfo(m_partial).isDir()) {
        QStringList strays;
        QDirIterator it(m_partial, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            if (const QString path = it.next(); !m_written.contains(path))
                strays.append(path);
        for (const QString &path : std::as_const(strays))
            removePath(path);
    }
    if (!QFile::rename(m_partial, m_target))
        return Status::failure(QStringLiteral("%1 cannot be renamed to %2.").arg(m_partial, m_target), ErrorCode::Io);
    return success();
}

} // namespace dd::storage
