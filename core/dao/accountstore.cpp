#include "dao/accountstore.h"
#include "common/iothreadguard.h"

#include "common/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dd::dao {

AccountStore::AccountStore(QString directory) : m_directory(std::move(directory))
{
}

QString AccountStore::indexPath() const
{
    return m_directory + QStringLiteral("/accounts.json");
}

QString AccountStore::vaultPath(const QString &vaultId) const
{
    return m_directory + QStringLiteral("/vaults/") + vaultId + QStringLiteral(".json");
}

Status AccountStore::ensureDirectory(const QString &path) const
{
    IoThreadGuard::note("account store directory");
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return Status::failure(
            QStringLiteral("Cannot create the folder %1. Check that the disk is writable.").arg(path), ErrorCode::Io);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return success();
}

Status AccountStore::writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    IoThreadGuard::note("file write");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QStringLiteral("Cannot write %1: %2. Nothing was changed.").arg(path, file.errorString()), ErrorCode::Io);
    return success();
}

Result<QList<AccountInfo>> AccountStore::load() const
{
    QMutexLocker lock(&m_mutex);
    return loadLocked();
}

Result<QList<AccountInfo>> AccountStore::loadLocked() const
{
    IoThreadGuard::note("account list read");
    QFile file(indexPath());
    if (!file.exists())
        return QList<AccountInfo>();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QList<AccountInfo>>::failure(
            QStringLiteral("Cannot read the account list %1: %2").arg(indexPath(), file.errorString()), ErrorCode::Io);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QList<AccountInfo>>::failure(
            QStringLiteral("The account list %1 is corrupt (%2). Your keystore files beside it are untouched; "
                           "move the list away to start over and re-import them.")
                .arg(indexPath(), error.errorString()),
            ErrorCode::Io);
    QList<AccountInfo> accounts;
    for (const QJsonValue &value : doc.object().value(QLatin1String("accounts")).toArray()) {
        auto info = AccountInfo::fromJson(value.toObject());
        if (!info)
            return Result<QList<AccountInfo>>::failure(
                QStringLiteral("The account list %1 has a bad entry: %2").arg(indexPath(), info.message()),
                ErrorCode::Io);
        accounts.append(info.value());
    }
    return accounts;
}

Status AccountStore::saveLocked(const QList<AccountInfo> &accounts) const
{
    QJsonArray array;
    for (const AccountInfo &info : accounts)
        array.append(info.toJson());
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("accounts"), array}};
    return writeFileAtomically(indexPath(), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

Status AccountStore::add(const AccountInfo &info, const QByteArray &keystoreJson)
{
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    if (!accounts)
        return accounts.error();
    for (const AccountInfo &existing : accounts.value()) {
        if (existing.address == info.address)
            return Status::failure(QStringLiteral("The account %1 is already in this wallet as \"%2\".")
                                       .arg(info.address.toChecksumString(), existing.name),
                ErrorCode::InvalidInput);
    }
    if (auto dir = ensureDirectory(m_directory); !dir)
        return dir;
    // The keystore file first: if the list cannot be written afterwards, a spare keystore file is
    // harmless, while a list entry without its file would be a lost account.
    if (auto written = writeFileAtomically(m_directory + u'/' + info.keystoreFile, keystoreJson); !written)
        return written;
    QList<AccountInfo> updated = accounts.value();
    updated.append(info);
    if (auto saved = saveLocked(updated); !saved) {
        QFile::remove(m_directory + u'/' + info.keystoreFile);
        return saved;
    }
    qCInfo(lcWallet) << "added account" << info.address.toChecksumString() << accountKindName(info.kind);
    return success();
}

Status AccountStore::replaceKeystore(const crypto::Address &address, const QByteArray &keystoreJson)
{
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    if (!accounts)
        return accounts.error();
    for (const AccountInfo &info : accounts.value()) {
        if (info.address == address)
            return writeFileAtomically(m_directory + u'/' + info.keystoreFile, keystoreJson);
    }
    return Status::failure(QStringLiteral("No account %1 in this wallet.").arg(address.toChecksumString()));
}

Status AccountStore::rename(const crypto::Address &address, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    if (!accounts)
        return accounts.error();
    QList<AccountInfo> updated = accounts.value();
    for (AccountInfo &info : updated) {
        if (info.address == address) {
            info.name = name.trimmed();
            return saveLocked(updated);
        }
    }
    return Status::failure(QStringLiteral("No account %1 in this wallet.").arg(address.toChecksumString()));
}

Status AccountStore::remove(const crypto::Address &address)
{
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    if (!accounts)
        return accounts.error();
    QList<AccountInfo> updated = accounts.value();
    for (qsizetype i = 0; i < updated.size(); ++i) {
        if (updated[i].address == address) {
            const QString file = m_directory + u'/' + updated[i].keystoreFile;
            updated.removeAt(i);
            if (auto saved = saveLocked(updated); !saved)
                return saved;
            QFile::remove(file);
            qCInfo(lcWallet) << "removed account" << address.toChecksumString();
            return success();
        }
    }
    return Status::failure(QStringLiteral("No account %1 in this wallet.").arg(address.toChecksumString()));
}

Result<QByteArray> AccountStore::keystoreJson(const crypto::Address &address) const
{
    IoThreadGuard::note("keystore read");
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    if (!accounts)
        return accounts.error();
    for (const AccountInfo &info : accounts.value()) {
        if (info.address != address)
            continue;
        QFile file(m_directory + u'/' + info.keystoreFile);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(QStringLiteral("Cannot read the keystore file of %1: %2")
                                                   .arg(address.toChecksumString(), file.errorString()),
                ErrorCode::Io);
        return file.readAll();
    }
    return Result<QByteArray>::failure(QStringLiteral("No account %1 in this wallet.").arg(address.toChecksumString()));
}

Status AccountStore::addVault(const QString &vaultId, const QByteArray &vaultJson)
{
    QMutexLocker lock(&m_mutex);
    if (auto dir = ensureDirectory(m_directory + QStringLiteral("/vaults")); !dir)
        return dir;
    return writeFileAtomically(vaultPath(vaultId), vaultJson);
}

Result<QByteArray> AccountStore::vaultJson(const QString &vaultId) const
{
    IoThreadGuard::note("vault read");
    QMutexLocker lock(&m_mutex);
    QFile file(vaultPath(vaultId));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("Cannot read the recovery phrase vault %1: %2").arg(vaultId, file.errorString()),
            ErrorCode::Io);
    return file.readAll();
}

int AccountStore::nextHdIndex(const QString &vaultId) const
{
    QMutexLocker lock(&m_mutex);
    auto accounts = loadLocked();
    int next = 0;
    if (accounts) {
        for (const AccountInfo &info : accounts.value()) {
            if (info.kind == AccountKind::Hd && info.vaultId == vaultId)
                next = std::max(next, info.hdIndex + 1);
        }
    }
    return next;
}

} // namespace dd::dao
