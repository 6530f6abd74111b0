#pragma once

// What the wallet knows about an account without its password: address, name, and where its
// key comes from. Stored in accounts.json beside the keystore files; nothing here is secret.

#include "common/result.h"
#include "crypto/address.h"

#include <QJsonObject>
#include <QString>

namespace dd::dao {

enum class AccountKind {
    Hd, // derived from a recovery phrase in a seed vault, m/44'/60'/0'/0/index
    PrivateKey, // a raw private key the user pasted
    Keystore, // a keystore file imported as it was (its own KDF and password)
};

QString accountKindName(AccountKind kind);

struct AccountInfo {
    crypto::Address address;
    QString name;
    AccountKind kind = AccountKind::PrivateKey;
    QString keystoreFile; // file name inside the keystore directory
    QString vaultId; // Hd only: the seed vault the account was derived from
    int hdIndex = -1; // Hd only

    QString derivationPath() const;
    QJsonObject toJson() const;
    static Result<AccountInfo> fromJson(const QJsonObject &json);
};

} // namespace dd::dao
