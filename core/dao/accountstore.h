#pragma once

// AccountStore: the wallet's files on disk. One keystore v3 file per account, seed vaults for
// recovery phrases, and accounts.json listing names and kinds. Every write is atomic
// (QSaveFile) with mode 0600 in a 0700 directory, so a failed write leaves the old files whole.
// Thread-safe: the wallet service calls it from its worker threads.

#include "common/result.h"
#include "dao/accountinfo.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

namespace dd::dao {

class AccountStore {
public:
    explicit AccountStore(QString directory);

    QString directory() const { return m_directory; }

    // Reads accounts.json. A missing file is an empty wallet; a corrupt one is an error (and
    // is never overwritten).
    Result<QList<AccountInfo>> load() const;

    Status add(const AccountInfo &info, const QByteArray &keystoreJson);
    Status replaceKeystore(const crypto::Address &address, const QByteArray &keystoreJson);
    Status rename(const crypto::Address &address, const QString &name);
    Status remove(const crypto::Address &address);
    Result<QByteArray> keystoreJson(const crypto::Address &address) const;

    Status addVault(const QString &vaultId, const QByteArray &vaultJson);
    Result<QByteArray> vaultJson(const QString &vaultId) const;
    int nextHdIndex(const QString &vaultId) const;

    // Writes bytes to path through a temporary file and a rename, readable by the owner only.
    static Status writeFileAtomically(const QString &path, const QByteArray &bytes);

private:
    Result<QList<AccountInfo>> loadLocked() const;
    Status saveLocked(const QList<AccountInfo> &accounts) const;
    Status ensureDirectory(const QString &path) const;
    QString indexPath() const;
    QString vaultPath(const QString &vaultId) const;

    QString m_directory;
    mutable QMutex m_mutex;
};

} // namespace dd::dao
