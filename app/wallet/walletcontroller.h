#pragma once

// WalletController: what the Wallet pages can ask of the wallet. Every method that runs a KDF
// or touches the disk returns at once and reports through succeeded()/failed().

#include "dao/walletservice.h"
#include "wallet/accountlistmodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class WalletController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(dd::app::AccountListModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loadErrorChanged)
public:
    // What succeeded() and failed() report on.
    enum class Operation { Create, Derive, Import, Unlock, Rename, ChangePassword, Export, Remove };
    Q_ENUM(Operation)

    explicit WalletController(dao::WalletService &wallet, QObject *parent = nullptr);
    static WalletController *create(QQmlEngine *, QJSEngine *);

    AccountListModel *accounts() { return &m_accounts; }
    bool busy() const { return m_busyCount > 0; }
    QString busyText() const { return m_busyText; }
    QString loadError() const { return m_wallet.loadError(); }

    // Fast, no KDF: safe on the GUI thread.
    Q_INVOKABLE QString generateMnemonic(int wordCount) const;
    // Empty when the phrase is valid; otherwise the reason, naming the bad word.
    Q_INVOKABLE QString mnemonicProblem(const QString &mnemonic) const;
    // Three distinct word positions (0-based, ascending) the user must re-enter as a backup proof.
    Q_INVOKABLE QVariantList backupChallenge(int wordCount) const;
    Q_INVOKABLE QString passwordProblem(const QString &password, const QString &repeat) const;
    Q_INVOKABLE QString addressProblem(const QString &address) const;

    // Asynchronous; each ends in succeeded(operation, detail) or failed(operation, message).
    Q_INVOKABLE void createFromMnemonic(
        const QString &mnemonic, const QString &passphrase, const QString &password, const QString &name);
    Q_INVOKABLE void deriveNextAccount(const QString &vaultId, const QString &password, const QString &name);
    Q_INVOKABLE void importPrivateKey(const QString &key, const QString &password, const QString &name);
    Q_INVOKABLE void importKeystoreFile(const QUrl &file, const QString &password, const QString &name);
    Q_INVOKABLE void unlock(const QString &address, const QString &password);
    Q_INVOKABLE void lock(const QString &address);
    Q_INVOKABLE void lockAll();
    Q_INVOKABLE void rename(const QString &address, const QString &name);
    Q_INVOKABLE void changePassword(const QString &address, const QString &oldPassword, const QString &newPassword);
    Q_INVOKABLE void exportKeystore(const QString &address, const QUrl &folder);
    Q_INVOKABLE void remove(const QString &address);

    Q_INVOKABLE void copyToClipboard(const QString &text) const;

signals:
    void succeeded(dd::app::WalletController::Operation operation, const QString &detail);
    void failed(dd::app::WalletController::Operation operation, const QString &message);
    void busyChanged();
    void loadErrorChanged();
    void autoLocked();

private:
    void begin(const QString &text);
    void end();
    void report(Operation operation, const Status &status, const QString &detail = QString());
    QString wordsFor(const Error &error) const;

    dao::WalletService &m_wallet;
    AccountListModel m_accounts;
    int m_busyCount = 0;
    QString m_busyText;
};

} // namespace dd::app
