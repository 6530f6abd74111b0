#pragma once

// The wallet's accounts as a list model for QML, re-read from the wallet service when it
// says the accounts or their lock state changed.

#include "dao/walletservice.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace dd::app {

class AccountListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WalletController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    // Where an account's key comes from (dao::AccountKind, for QML).
    enum class Kind { RecoveryPhrase, PrivateKey, Keystore };
    Q_ENUM(Kind)

    enum Role {
        AddressRole = Qt::UserRole + 1, // EIP-55 checksummed address
        NameRole, // the user's name for the account
        KindRole, // a Kind
        DerivationPathRole, // m/44'/60'/0'/0/i for HD accounts, else empty
        VaultIdRole, // the seed vault of an HD account, else empty
        UnlockedRole, // whether the key is in memory now
    };
    Q_ENUM(Role)

    explicit AccountListModel(dao::WalletService &wallet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    void reload();
    void updateLockState(const QString &address);

    dao::WalletService &m_wallet;
    QList<dao::AccountInfo> m_accounts;
};

} // namespace dd::app
