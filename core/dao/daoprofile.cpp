#include "dao/daoprofile.h"
#include "common/iothreadguard.h"

#include "dao/accountstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd::dao {

QJsonObject DaoProfile::toJson() const
{
    QJsonArray urls;
    for (const QUrl &url : rpcUrls)
        urls.append(url.toString());
    QJsonObject json {{QStringLiteral("version"), 1}, {QStringLiteral("name"), name},
        {QStringLiteral("chainId"), QString::number(chainId)}, {QStringLiteral("rpcUrls"), urls},
        {QStringLiteral("contracts"),
            QJsonObject {{QStringLiteral("token"), token.toChecksumString()},
                {QStringLiteral("timelock"), timelock.toChecksumString()},
                {QStringLiteral("governor"), governor.toChecksumString()}}},
        {QStringLiteral("deploymentBlock"), QString::number(deploymentBlock)}};
    QJsonObject contracts = json.value(QLatin1String("contracts")).toObject();
    for (const auto &[key, value] :
        {std::pair {"datasetRegistry", &datasetRegistry}, std::pair {"datasetCuration", &datasetCuration}}) {
        if (!value->isZero())
            contracts.insert(QLatin1String(key), value->toChecksumString());
    }
    json.insert(QStringLiteral("contracts"), contracts);
    if (!mnemonic.isEmpty())
        json.insert(QStringLiteral("devnetMnemonic"), mnemonic);
    if (!storageApi.isEmpty() || !gateways.isEmpty()) {
        QJsonArray gatewayUrls;
        for (const QUrl &url : gateways)
            gatewayUrls.append(url.toString());
        json.insert(QStringLiteral("storage"),
            QJsonObject {{QStringLiteral("api"), storageApi.toString()}, {QStringLiteral("gateways"), gatewayUrls}});
    }
    if (governorKind == GovernorKind::Bravo)
        json.insert(QStringLiteral("governorKind"), QStringLiteral("bravo"));
    return json;
}

Result<DaoProfile> DaoProfile::fromJson(const QJsonObject &json)
{
    DaoProfile p;
    p.name = json.value(QLatin1String("name")).toString();
    bool ok = false;
    p.chainId = json.value(QLatin1String("chainId")).toString().toULongLong(&ok);
    if (!ok || p.chainId == 0)
        return Result<DaoProfile>::failure(
            QStringLiteral("The DAO profile has no valid chainId."), ErrorCode::InvalidInput);
    for (const QJsonValue &url : json.value(QLatin1String("rpcUrls")).toArray()) {
        const QUrl parsed(url.toString());
        if (!parsed.isValid()
            || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
            return Result<DaoProfile>::failure(
                QStringLiteral("\"%1\" is not an http(s) RPC URL.").arg(url.toString()), ErrorCode::InvalidInput);
        p.rpcUrls.append(parsed);
    }
    if (p.rpcUrls.isEmpty())
        return Result<DaoProfile>::failure(
            QStringLiteral("The DAO profile lists no RPC URL."), ErrorCode::InvalidInput);
    const QJsonObject contracts = json.value(QLatin1String("contracts")).toObject();
    for (const auto &[key, target] :
        {std::pair {"token", &p.token}, std::pair {"timelock", &p.timelock}, std::pair {"governor", &p.governor}}) {
        auto address = crypto::Address::parse(contracts.value(QLatin1String(key)).toString());
        if (!address)
            return Result<DaoProfile>::failure(
                QStringLiteral("The DAO profile's %1 address: %2").arg(QLatin1String(key), address.message()),
                ErrorCode::InvalidInput);
        *target = address.value();
    }
    // Optional: a DAO without a dataset registry (or curation contract) is a governance DAO.
    for (const auto &[key, target] :
        {std::pair {"datasetRegistry", &p.datasetRegistry}, std::pair {"datasetCuration", &p.datasetCuration}}) {
        const QString text = contracts.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            continue;
        auto address = crypto::Address::parse(text);
        if (!address)
            return Result<DaoProfile>::failure(
                QStringLiteral("The DAO profile's %1 address: %2").arg(QLatin1String(key), address.message()),
                ErrorCode::InvalidInput);
        *target = address.value();
    }
    p.deploymentBlock = json.value(QLatin1String("deploymentBlock")).toString().toULongLong();
    const QString kind = json.value(QLatin1String("governorKind")).toString(QStringLiteral("openzeppelin"));
    if (kind != QLatin1String("openzeppelin") && kind != QLatin1String("bravo"))
        return Result<DaoProfile>::failure(
            QStringLiteral("The DAO profile's governorKind \"%1\" is neither openzeppelin nor bravo.").arg(kind),
            ErrorCode::InvalidInput);
    p.governorKind = kind == QLatin1String("bravo") ? GovernorKind::Bravo : GovernorKind::OpenZeppelin;
    p.mnemonic = json.value(QLatin1String("devnetMnemonic")).toString();
    const QJsonObject storage = json.value(QLatin1String("storage")).toObject();
    auto httpUrl = [](const QString &text) { // empty when text is not an http(s) URL
        const QUrl url(text);
        return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            ? url
            : QUrl();
    };
    const QString api = storage.value(QLatin1String("api")).toString();
    p.storageApi = httpUrl(api);
    if (!api.isEmpty() && p.storageApi.isEmpty())
        return Result<DaoProfile>::failure(
            QStringLiteral("\"%1\" is not an http(s) storage API URL.").arg(api), ErrorCode::InvalidInput);
    for (const QJsonValue &gateway : storage.value(QLatin1String("gateways")).toArray()) {
        const QUrl url = httpUrl(gateway.toString());
        if (url.isEmpty())
            return Result<DaoProfile>::failure(
                QStringLiteral("\"%1\" is not an http(s) gateway URL.").arg(gateway.toString()),
                ErrorCode::InvalidInput);
        p.gateways.append(url);
    }
    return p;
}

Result<DaoProfile> DaoProfile::load(const QString &path)
{
    IoThreadGuard::note("profile read");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DaoProfile>::failure(
            QStringLiteral("Cannot read the DAO profile %1: %2").arg(path, file.errorString()), ErrorCode::Io);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<DaoProfile>::failure(
            QStringLiteral("The DAO profile %1 is not valid JSON (%2).").arg(path, error.errorString()),
            ErrorCode::InvalidInput);
    return fromJson(doc.object());
}

Status DaoProfile::save(const QString &path) const
{
    return AccountStore::writeFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

} // namespace dd::dao
