#pragma once

// WalletService: the member's accounts and their keys. Every operation that touches a KDF or
// the disk runs on the app's executor and returns a QFuture, so the GUI thread never waits. The
// executor is drained (or shut down) before the service goes: its tasks use the service. Unlocked keys live only in
// memory (SecureBytes) and are wiped on lock and auto-lock.

#include "common/executor.h"
#include "common/result.h"
#include "crypto/keystore.h"
#include "crypto/privatekey.h"
#include "dao/accountinfo.h"
#include "dao/accountstore.h"
#include "dao/transactionsigner.h"
#include "eth/transaction.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace dd::dao {

class WalletService : public QObject, public TransactionSigner {
    Q_OBJECT
public:
    // When the account list is read: at once (the CLI, tests), or Later, by readAccounts() on a
    // worker thread (the app, whose GUI thread touches no file).
    enum class AccountRead { Now, Later };
    WalletService(Executor &executor, const QString &keystoreDirectory, AccountRead read = AccountRead::Now,
        QObject *parent = nullptr);
    ~WalletService() override;

    // Tests lower the scrypt cost; the app keeps the default (n=2^18, r=8, p=1).
    void setScryptParams(const crypto::keystore::ScryptParams &params) { m_scrypt = params; }

    // Reads the account list from the keystore folder; accountsChanged follows. Any thread.
    void readAccounts() { reload(); }
    QList<AccountInfo> accounts() const;
    QString loadError() const;
    bool isUnlocked(const crypto::Address &address) const;

    // A new wallet from a recovery phrase: the phrase goes into an encrypted seed vault and
    // account 0 is derived from it; both are encrypted with password.
    QFuture<Result<AccountInfo>> createFromMnemonic(
        const QString &mnemonic, const QString &bip39Passphrase, const QString &password, const QString &name);
    // The next account (index) from an existing seed vault; password opens the vault.
    QFuture<Result<AccountInfo>> deriveNextAccount(
        const QString &vaultId, const QString &password, const QString &name);
    QFuture<Result<AccountInfo>> importPrivateKey(const QString &hexKey, const QString &password, const QString &name);
    // The file is stored as it is, after it has been opened once with filePassword.
    QFuture<Result<AccountInfo>> importKeystore(
        const QByteArray &json, const QString &filePassword, const QString &name);
    // The same from a file (read on the executor too; more than 1 MiB is not a keystore).
    QFuture<Result<AccountInfo>> importKeystoreFile(
        const QString &path, const QString &filePassword, const QString &name);

    QFuture<Status> unlock(const crypto::Address &address, const QString &password);
    void lock(const crypto::Address &address);
    void lockAll();

    QFuture<Status> changePassword(
        const crypto::Address &address, const QString &oldPassword, const QString &newPassword);
    QFuture<Status> rename(const crypto::Address &address, const QString &name);
    QFuture<Status> remove(const crypto::Address &address);
    QFuture<Status> exportKeystore(const crypto::Address &address, const QString &destinationPath);

    // EIP-191 personal message signature (65 bytes r||s||v) with an unlocked account.
    QFuture<Result<QByteArray>> signPersonalMessage(const crypto::Address &address, const QByteArray &message);
    // EIP-712 typed data (the JSON of eth_signTypedData_v4), signed with an unlocked account.
    QFuture<Result<QByteArray>> signTypedData(const crypto::Address &address, const QJsonObject &typedData);
    // The same, blocking: for work already on a worker thread (a signature the sheet confirmed).
    Result<QByteArray> signTypedDataNow(const crypto::Address &address, const QJsonObject &typedData);

    // A 32-byte key for sealing the app's own secrets (an API token) to an unlocked account:
    // keccak-256 of its private key and purpose, so the key never leaves here and each purpose
    // has its own. The same account and purpose give the same key after every unlock.
    Result<SecureBytes> sealingKey(const crypto::Address &address, const QByteArray &purpose) const;

    // Signs with an unlocked account, on the calling (worker) thread; the key never leaves here.
    Result<QByteArray> signTransaction(const crypto::Address &address, const eth::Transaction &transaction) override;

    // Idle time after which every account locks; 0 turns auto-lock off.
    void setAutoLockMinutes(int minutes) { setAutoLockInterval(std::chrono::minutes(minutes)); }
    void setAutoLockInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds autoLockInterval() const { return m_autoLockInterval; }
    // Called on user activity; restarts the idle timer.
    void noteActivity();

signals:
    void accountsChanged();
    void lockStateChanged(const QString &address, bool unlocked);
    void autoLocked();

private:
    Result<AccountInfo> importKeystoreNow(const QByteArray &json, const QString &filePassword, const QString &name);
    Result<AccountInfo> addAccount(AccountInfo info, const crypto::PrivateKey &key, const QString &password);
    void reload();
    void keepUnlocked(const crypto::PrivateKey &key);
    std::optional<crypto::PrivateKey> unlockedKey(const crypto::Address &address) const;

    AccountStore m_store;
    crypto::keystore::ScryptParams m_scrypt;
    Executor &m_executor;
    QTimer m_autoLockTimer;
    std::chrono::milliseconds m_autoLockInterval = std::chrono::minutes(15);

    mutable QMutex m_mutex; // guards the members below
    QList<AccountInfo> m_accounts;
    QString m_loadError;
    QHash<QByteArray, crypto::PrivateKey> m_unlocked; // address bytes -> key
};

} // namespace dd::dao
