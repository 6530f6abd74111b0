#include "wallet/accountlistmodel.h"

namespace dd::app {

AccountListModel::AccountListModel(dao::WalletService &wallet, QObject *parent)
    : QAbstractListModel(parent), m_wallet(wallet)
{
    connect(&m_wallet, &dao::WalletService::accountsChanged, this, &AccountListModel::reload);
    connect(&m_wallet, &dao::WalletService::lockStateChanged, this, &AccountListModel::updateLockState);
    reload();
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts = m_wallet.accounts();
    endResetModel();
    emit countChanged();
}

void AccountListModel::updateLockState(const QString &address)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].address.toChecksumString() == address)
            emit dataChanged(index(row), index(row), {UnlockedRole});
    }
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return QVariant();
    const dao::AccountInfo &info = m_accounts[index.row()];
    switch (role) {
    case AddressRole:
        return info.address.toChecksumString();
    case NameRole:
    case Qt::DisplayRole:
        return info.name;
    case KindRole:
        return int(info.kind == dao::AccountKind::Hd      ? Kind::RecoveryPhrase
                : info.kind == dao::AccountKind::Keystore ? Kind::Keystore
                                                          : Kind::PrivateKey);
    case DerivationPathRole:
        return info.derivationPath();
    case VaultIdRole:
        return info.vaultId;
    case UnlockedRole:
        return m_wallet.isUnlocked(info.address);
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {{AddressRole, "address"}, {NameRole, "name"}, {KindRole, "kind"}, {DerivationPathRole, "path"},
        {VaultIdRole, "vaultId"}, {UnlockedRole, "unlocked"}};
}

QVariantMap AccountListModel::get(int row) const
{
    QVariantMap map;
    const QModelIndex i = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(i, it.key()));
    return map;
}

} // namespace dd::app
