#include "dao/accountinfo.h"

#include "crypto/bip32.h"

namespace dd::dao {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Hd:
        return QStringLiteral("hd");
    case AccountKind::PrivateKey:
        return QStringLiteral("private-key");
    case AccountKind::Keystore:
        return QStringLiteral("keystore");
    }
    return QString();
}

QString AccountInfo::derivationPath() const
{
    return kind == AccountKind::Hd ? crypto::bip32::ethereumPath(hdIndex) : QString();
}

QJsonObject AccountInfo::toJson() const
{
    QJsonObject json {{QStringLiteral("address"), address.toChecksumString()}, {QStringLiteral("name"), name},
        {QStringLiteral("kind"), accountKindName(kind)}, {QStringLiteral("keystoreFile"), keystoreFile}};
    if (kind == AccountKind::Hd) {
        json.insert(QStringLiteral("vaultId"), vaultId);
        json.insert(QStringLiteral("hdIndex"), hdIndex);
    }
    return json;
}

Result<AccountInfo> AccountInfo::fromJson(const QJsonObject &json)
{
    AccountInfo info;
    auto address = crypto::Address::parse(json.value(QLatin1String("address")).toString());
    if (!address)
        return address.error();
    info.address = address.value();
    info.name = json.value(QLatin1String("name")).toString();
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("hd"))
        info.kind = AccountKind::Hd;
    else if (kind == QLatin1String("private-key"))
        info.kind = AccountKind::PrivateKey;
    else if (kind == QLatin1String("keystore"))
        info.kind = AccountKind::Keystore;
    else
        return Result<AccountInfo>::failure(QStringLiteral("Unknown account kind \"%1\".").arg(kind));
    info.keystoreFile = json.value(QLatin1String("keystoreFile")).toString();
    if (info.keystoreFile.isEmpty() || info.keystoreFile.contains(u'/'))
        return Result<AccountInfo>::failure(QStringLiteral("An account entry has no valid keystore file name."));
    info.vaultId = json.value(QLatin1String("vaultId")).toString();
    info.hdIndex = json.value(QLatin1String("hdIndex")).toInt(-1);
    return info;
}

} // namespace dd::dao
