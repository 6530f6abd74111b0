#include "storage/dagwalk.h"

#include "storage/dagpb.h"
#include "storage/hamt.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace dd::storage {

std::optional<DagScope> dagScopeByName(const QString &name)
{
    if (name == QLatin1String("block"))
        return DagScope::Block;
    if (name == QLatin1String("entity"))
        return DagScope::Entity;
    if (name.isEmpty() || name == QLatin1String("all"))
        return DagScope::All;
    return std::nullopt;
}

DagWalker::DagWalker(const BlockStore &store, const Cid &root, DagScope scope, bool duplicates)
    : m_store(store), m_scope(scope), m_duplicates(duplicates), m_stack {Pending {root, 0}}
{
}

void DagWalker::pushFileChildren(const PbNode &node, const UnixFsData &data, quint64 offset)
{
    quint64 start = offset + quint64(data.data.size());
    std::vector<Pending> children;
    for (qsizetype i = 0; i < node.links.size(); ++i) {
        const quint64 size = data.blocksizes.value(i);
        if (start <= m_to && start + size > m_from)
            children.push_back(Pending {node.links[i].cid, start});
        start += size;
    }
    m_stack.insert(m_stack.end(), children.rbegin(), children.rend());
}

Result<std::optional<Block>> DagWalker::next()
{
    while (!m_stack.empty()) {
        const Pending pending = m_stack.back();
        const Cid &cid = pending.cid;
        m_stack.pop_back();
        if (cid.isIdentity())
            continue; // the spec keeps identity blocks out of CARs: the parent holds their bytes
        if (!m_duplicates && m_seen.contains(cid.multihash))
            continue;
        auto bytes = m_store.get(cid);
        if (!bytes)
            return bytes.error();
        m_seen.insert(cid.multihash);
        const bool first = std::exchange(m_first, false);
        bool descend = m_scope == DagScope::All || !first;
        if ((first || m_shards.contains(cid)) && m_scope == DagScope::Entity && cid.codec == codec::dagPb) {
            // A file is its whole tree; a directory is its own node (its entries are entities);
            // a sharded directory is its shards, all that is needed to list it.
            auto node = decodePbNode(bytes.value());
            auto data = node ? decodeUnixFsData(node.value().data) : Result<UnixFsData>(node.error());
            descend = data && (data.value().type == unixfs::file || data.value().type == unixfs::raw);
            if (descend && m_range) {
                if (first) { // the range, in the file's own bytes
                    const auto size = qint64(data.value().filesize);
                    const qint64 from
                        = m_range->first < 0 ? std::max<qint64>(0, size + m_range->first) : m_range->first;
                    const qint64 to = !m_range->second ? size - 1
                        : *m_range->second < 0         ? size + *m_range->second
                                                       : std::min(*m_range->second, size - 1);
                    m_emptyRange = from > to || from >= size;
                    m_from = quint64(std::max<qint64>(0, from));
                    m_to = quint64(std::max<qint64>(0, to));
                }
                if (!m_emptyRange)
                    pushFileChildren(node.value(), data.value(), pending.offset);
                descend = false;
            }
            if (data && data.value().type == unixfs::hamtShard) {
                for (auto it = node.value().links.crbegin(); it != node.value().links.crend(); ++it) {
                    if (hamt::isShardLink(*it, data.value().fanout)) {
                        m_shards.insert(it->cid);
                        m_stack.push_back(Pending {it->cid, 0});
                    }
                }
            }
        }
        if (descend && m_range && !first && cid.codec == codec::dagPb) {
            // Inside a ranged file: only the children that hold bytes of the range.
            auto decoded = decodeUnixFsNode(bytes.value());
            if (!decoded)
                return decoded.error();
            pushFileChildren(decoded.value().node, decoded.value().data, pending.offset);
            descend = false;
        }
        if (descend) {
            auto links = blockLinks(cid, bytes.value());
            if (!links)
                return links.error();
            for (auto it = links.value().crbegin(); it != links.value().crend(); ++it)
                m_stack.push_back(Pending {*it, 0});
        }
        return std::optional<Block>(Block {cid, std::move(bytes).value()});
    }
    return std::optional<Block>();
}

Result<QList<Cid>> missingBlocks(const BlockStore &store, const Cid &root)
{
    QList<Cid> missing;
    QSet<QByteArray> seen;
    std::vector<Cid> stack {root};
    while (!stack.empty()) {
        const Cid cid = stack.back();
        stack.pop_back();
        if (seen.contains(cid.multihash))
            continue;
        seen.insert(cid.multihash);
        if (!store.has(cid)) {
            missing.append(cid);
            continue;
        }
        auto bytes = store.get(cid);
        if (!bytes) {
            if (!store.has(cid)) { // it was damaged and is gone now: missing like any other
                missing.append(cid);
                continue;
            }
            return bytes.error();
        }
        auto links = blockLinks(cid, bytes.value());
        if (!links)
            return links.error();
        for (auto it = links.value().crbegin(); it != links.value().crend(); ++it)
            stack.push_back(*it);
    }
    return missing;
}

bool isSafeEntryName(const QByteArray &name)
{
    const QString text = QString::fromUtf8(name);
    return !text.isEmpty() && text != QLatin1String(".") && text != QLatin1String("..")
        && !text.contains(QLatin1Char('/')) && !text.contains(QChar(0)) && text.toUtf8() == name;
}

namespace {

class Exporter {
public:
    Exporter(const BlockStore &store, const ExportProgress &progress, const std::atomic_bool *cancel)
        : m_store(store), m_progress(progress), m_cancel(cancel)
    {
    }

    Status write(const Cid &cid, const QString &path, int depth)
    {
        if (depth > 64)
            return Status::failure(
                QStringLiteral("The folders are nested more than 64 deep."), ErrorCode::InvalidInput);
        auto bytes = m_store.get(cid);
        if (!bytes)
            return bytes.error();
        if (cid.codec == codec::raw)
            return writeFile(cid, bytes.value(), path);
        if (cid.codec != codec::dagPb)
            return Status::failure(
                QStringLiteral("%1 is not UnixFS (codec 0x%2).").arg(cid.toString()).arg(cid.codec, 0, 16),
                ErrorCode::InvalidInput);
        auto node = decodePbNode(bytes.value());
        if (!node)
            return node.error();
        auto data = decodeUnixFsData(node.value().data);
        if (!data)
            return data.error();
        switch (data.value().type) {
        case unixfs::file:
        case unixfs::raw:
            return writeFile(cid, bytes.value(), path);
        case unixfs::directory:
            return writeDirectory(node.value().links, path, depth);
        case unixfs::hamtShard: {
            auto entries = hamt::list(node.value(), [this](const Cid &c) { return m_store.get(c); });
            if (!entries)
                return entries.error();
            return writeDirectory(entries.value(), path, depth);
        }
        default:
            return Status::failure(QStringLiteral("%1 is a UnixFS entry of type %2 (not a file or folder).")
                                       .arg(cid.toString())
                                       .arg(data.value().type),
                ErrorCode::InvalidInput);
        }
    }

private:
    Status writeDirectory(const QList<PbLink> &entries, const QString &path, int depth)
    {
        if (!QDir().mkdir(path))
            return Status::failure(QStringLiteral("The folder %1 cannot be created.").arg(path), ErrorCode::Io);
        for (const PbLink &link : entries) {
            const QString name = QString::fromUtf8(link.name);
            if (!isSafeEntryName(link.name))
                return Status::failure(
                    QStringLiteral("The folder holds an entry named \"%1\", which is not a safe file name.")
                        .arg(name.left(80)),
                    ErrorCode::InvalidInput);
            if (auto written = write(link.cid, path + QLatin1Char('/') + name, depth + 1); !written)
                return written;
        }
        return success();
    }

    Status writeFile(const Cid &cid, const QByteArray &rootBlock, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(
                QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()), ErrorCode::Io);
        quint64 expected = 0;
        quint64 written = 0;
        if (auto status = writeFileNode(cid, rootBlock, file, written, &expected); !status)
            return status;
        if (cid.codec == codec::dagPb && written != expected)
            return Status::failure(QStringLiteral("%1 says it holds %2 bytes but its blocks hold %3.")
                                       .arg(cid.toString())
                                       .arg(expected)
                                       .arg(written),
                ErrorCode::InvalidInput);
        if (!file.flush())
            return Status::failure(
                QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()), ErrorCode::Io);
        return success();
    }

    // The bytes of a file node: its own data, then each child's in order. Every node must hold
    // exactly what its parent says (claimed: the parent's block size for it; the root's own
    // filesize when null), and its data and children's sizes must add up to its filesize, so no
    // DAG writes more than the root claims, however often it links the same blocks; and no
    // child holds nothing, so the nodes visited are bounded by the bytes times the depth (64).
public:
    Status writeFileNode(const Cid &cid, const QByteArray &block, QIODevice &out, quint64 &written, quint64 *filesize,
        std::optional<quint64> claimed = std::nullopt, int depth = 0)
    {
        if (m_cancel && m_cancel->load())
            return Status::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (depth > 64)
            return Status::failure(
                QStringLiteral("%1 sits more than 64 levels deep inside its file.").arg(cid.toString()),
                ErrorCode::InvalidInput);
        const auto wrongSize = [&cid](quint64 holds, quint64 says) {
            return Status::failure(
                QStringLiteral("%1 holds %2 bytes where its file says %3.").arg(cid.toString()).arg(holds).arg(says),
                ErrorCode::InvalidInput);
        };
        if (cid.codec == codec::raw) {
            if (claimed && quint64(block.size()) != *claimed)
                return wrongSize(quint64(block.size()), *claimed);
            return append(out, block, written);
        }
        auto decoded = decodeUnixFsNode(block);
        if (!decoded)
            return decoded.error();
        const auto &[node, data] = decoded.value();
        if (data.type != unixfs::file && data.type != unixfs::raw)
            return Status::failure(QStringLiteral("%1 sits inside a file but is not file data.").arg(cid.toString()),
                ErrorCode::InvalidInput);
        if (filesize)
            *filesize = data.filesize;
        if (claimed && data.filesize != *claimed)
            return wrongSize(data.filesize, *claimed);
        if (!node.links.isEmpty()) {
            if (data.blocksizes.size() != node.links.size())
                return Status::failure(QStringLiteral("%1 has %2 links but %3 block sizes.")
                                           .arg(cid.toString())
                                           .arg(node.links.size())
                                           .arg(data.blocksizes.size()),
                    ErrorCode::InvalidInput);
            quint64 sum = quint64(data.data.size());
            for (quint64 size : data.blocksizes) {
                if (size == 0 || size > data.filesize || sum > data.filesize - size)
                    return wrongSize(sum + size, data.filesize);
                sum += size;
            }
            if (sum != data.filesize)
                return wrongSize(sum, data.filesize);
        } else if (quint64(data.data.size()) != data.filesize && (data.filesize != 0 || claimed)) {
            return wrongSize(quint64(data.data.size()), data.filesize);
        }
        if (auto appended = append(out, data.data, written); !appended)
            return appended;
        for (qsizetype i = 0; i < node.links.size(); ++i) {
            const PbLink &link = node.links[i];
            auto child = m_store.get(link.cid);
            if (!child)
                return child.error();
            if (auto status
                = writeFileNode(link.cid, child.value(), out, written, nullptr, data.blocksizes[i], depth + 1);
                !status)
                return status;
        }
        return success();
    }

private:
    Status append(QIODevice &out, const QByteArray &bytes, quint64 &written)
    {
        if (out.write(bytes) != bytes.size())
            return Status::failure(
                QStringLiteral("The file cannot be written: %1").arg(out.errorString()), ErrorCode::Io);
        written += quint64(bytes.size());
        m_total += quint64(bytes.size());
        if (m_progress)
            m_progress(m_total);
        return success();
    }

    const BlockStore &m_store;
    ExportProgress m_progress;
    const std::atomic_bool *m_cancel;
    quint64 m_total = 0;
};

} // namespace

Result<QByteArray> readUnixFsFile(const BlockStore &store, const Cid &root, qint64 maxBytes)
{
    auto block = store.get(root);
    if (!block)
        return block.error();
    if (root.codec == codec::dagPb) {
        auto node = decodePbNode(block.value());
        auto data = node ? decodeUnixFsData(node.value().data) : Result<UnixFsData>(node.error());
        if (!data)
            return data.error();
        if (data.value().type != unixfs::file && data.value().type != unixfs::raw)
            return Result<QByteArray>::failure(
                QStringLiteral("%1 is not a file.").arg(root.toString()), ErrorCode::InvalidInput);
        if (qint64(data.value().filesize) > maxBytes)
            return Result<QByteArray>::failure(
                QStringLiteral("%1 is larger than %2 bytes.").arg(root.toString()).arg(maxBytes),
                ErrorCode::InvalidInput);
    } else if (block.value().size() > maxBytes) {
        return Result<QByteArray>::failure(
            QStringLiteral("%1 is larger than %2 bytes.").arg(root.toString()).arg(maxBytes), ErrorCode::InvalidInput);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Exporter exporter(store, {}, nullptr);
    quint64 written = 0;
    quint64 expected = 0;
    if (auto read = exporter.writeFileNode(root, block.value(), buffer, written, &expected); !read)
        return read.error();
    if (root.codec == codec::dagPb && written != expected)
        return Result<QByteArray>::failure(QStringLiteral("%1 says it holds %2 bytes but its blocks hold %3.")
                                               .arg(root.toString())
                                               .arg(expected)
                                               .arg(written),
            ErrorCode::InvalidInput);
    return buffer.data();
}

Status exportUnixFs(const BlockStore &store, const Cid &root, const QString &target, const ExportProgress &progress,
    const std::atomic_bool *cancel)
{
    if (QFileInfo::exists(target))
        return Status::failure(QStringLiteral("%1 already exists.").arg(target), ErrorCode::InvalidInput);
    const QString partial = target + QStringLiteral(".partial");
    if (QFileInfo(partial).isDir())
        QDir(partial).removeRecursively();
    else
        QFile::remove(partial);
    Exporter exporter(store, progress, cancel);
    auto written = exporter.write(root, partial, 0);
    if (written && !QFile::rename(partial, target))
        written = Status::failure(QStringLiteral("%1 cannot be renamed to %2.").arg(partial, target), ErrorCode::Io);
    if (!written) {
        if (QFileInfo(partial).isDir())
            QDir(partial).removeRecursively();
        else
            QFile::remove(partial);
    }
    return written;
}

} // namespace dd::storage
