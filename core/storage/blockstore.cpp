#include "storage/blockstore.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace dd::storage {

namespace {

// The bytes an identity CID carries in place of a hash.
QByteArray identityBytes(const Cid &cid)
{
    qsizetype at = 1;
    (void)readVarint(cid.multihash, at);
    return cid.multihash.mid(at);
}

Error notFound(const Cid &cid)
{
    return Error {QStringLiteral("block was not found locally (offline): ipld: could not find %1").arg(cid.toString()),
        ErrorCode::InvalidInput, {}};
}

} // namespace

Status BlockStore::open() const
{
    if (!m_root.mkpath(QStringLiteral("blocks")) || !m_root.mkpath(QStringLiteral("pins")))
        return Status::failure(
            QStringLiteral("The block store folder %1 cannot be created.").arg(m_root.path()), ErrorCode::Io);
    return success();
}

QString BlockStore::pathOf(const Cid &cid) const
{
    const QString key = base32Lower(cid.multihash);
    return m_root.filePath(QStringLiteral("blocks/%1/%2").arg(key.right(2), key));
}

bool BlockStore::has(const Cid &cid) const
{
    return cid.isIdentity() || QFileInfo::exists(pathOf(cid));
}

qint64 BlockStore::blockSize(const Cid &cid) const
{
    if (cid.isIdentity())
        return identityBytes(cid).size();
    const QFileInfo info(pathOf(cid));
    return info.exists() ? info.size() : -1;
}

Result<QByteArray> BlockStore::get(const Cid &cid) const
{
    if (cid.isIdentity())
        return identityBytes(cid);
    QFile file(pathOf(cid));
    if (!file.open(QIODevice::ReadOnly))
        return notFound(cid);
    const QByteArray block = file.readAll();
    if (!cid.matches(block)) {
        // A disk that lost it, or a crash mid-write: gone, so it is fetched again, never served.
        file.close();
        QFile::remove(pathOf(cid));
        return Result<QByteArray>::failure(
            QStringLiteral("The stored block %1 was damaged (it no longer matched its hash) and was removed.")
                .arg(cid.toString()),
            ErrorCode::Io);
    }
    return block;
}

Status BlockStore::put(const Cid &cid, const QByteArray &block) const
{
    if (!cid.matches(block))
        return Status::failure(
            QStringLiteral("block %1 does not match its hash").arg(cid.toString()), ErrorCode::InvalidInput);
    if (has(cid))
        return success();
    const QString path = pathOf(cid);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Status::failure(QStringLiteral("The block store cannot write %1.").arg(path), ErrorCode::Io);
    // A temporary file renamed into place: a block is whole or absent. No fsync per block (a
    // download writes thousands): a block a crash damaged fails its hash on read and is removed.
    QFile file(path + QStringLiteral(".tmp-") + QString::number(quintptr(QThread::currentThreadId()), 16));
    if (!file.open(QIODevice::WriteOnly) || file.write(block) != block.size() || !file.flush()) {
        const QString why = file.errorString();
        file.remove();
        return Status::failure(QStringLiteral("The block store cannot write %1: %2").arg(path, why), ErrorCode::Io);
    }
    file.close();
    if (!file.rename(path)) {
        file.remove();
        if (!QFileInfo::exists(path)) // another writer may have stored the same block first
            return Status::failure(QStringLiteral("The block store cannot write %1.").arg(path), ErrorCode::Io);
    }
    return success();
}

Status BlockStore::pin(const Cid &root) const
{
    QFile file(m_root.filePath(QStringLiteral("pins/") + root.toString()));
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("The pin for %1 cannot be written.").arg(root.toString()), ErrorCode::Io);
    return success();
}

Status BlockStore::unpin(const Cid &root) const
{
    if (!isPinned(root))
        return Status::failure(QStringLiteral("not pinned or pinned indirectly"), ErrorCode::InvalidInput);
    if (!QFile::remove(m_root.filePath(QStringLiteral("pins/") + root.toString())))
        return Status::failure(QStringLiteral("The pin for %1 cannot be removed.").arg(root.toString()), ErrorCode::Io);
    return success();
}

bool BlockStore::isPinned(const Cid &root) const
{
    return QFileInfo::exists(m_root.filePath(QStringLiteral("pins/") + root.toString()));
}

QList<Cid> BlockStore::pins() const
{
    QList<Cid> out;
    const QDir pinDir(m_root.filePath(QStringLiteral("pins")));
    for (const QString &name : pinDir.entryList(QDir::Files, QDir::Name))
        if (auto cid = Cid::parse(name))
            out.append(cid.value());
    return out;
}

} // namespace dd::storage
