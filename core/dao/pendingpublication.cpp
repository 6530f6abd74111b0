#include "dao/pendingpublication.h"
#include "common/iothreadguard.h"

#include "crypto/keccak.h"
#include "dao/accountstore.h"
#include "dao/daodeployer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd::dao {

PendingPublication PendingPublication::fromPrepared(const PreparedDataset &prepared, const QString &path,
    const crypto::Address &account, const eth::UInt256 &price, const eth::UInt256 &stake, const DaoProfile &profile)
{
    PendingPublication p;
    p.path = path;
    p.title = prepared.description.title;
    p.licenseId = prepared.description.licenseId;
    p.replaces = prepared.description.replaces;
    p.size = prepared.size;
    p.content = prepared.content;
    p.metadata = prepared.metadata;
    p.contentCar = prepared.contentCar;
    p.metadataCar = prepared.metadataCar;
    p.account = account;
    p.price = price;
    p.stake = stake;
    p.chainId = profile.chainId;
    p.registry = profile.datasetRegistry;
    return p;
}

PreparedDataset PendingPublication::toPrepared() const
{
    PreparedDataset prepared;
    prepared.description.title = title;
    prepared.description.licenseId = licenseId;
    prepared.description.replaces = replaces;
    prepared.size = size;
    prepared.content = content;
    prepared.metadata = metadata;
    prepared.contentCar = contentCar;
    prepared.metadataCar = metadataCar;
    return prepared;
}

bool PendingPublication::belongsTo(const DaoProfile &profile) const
{
    return chainId == profile.chainId && registry == profile.datasetRegistry;
}

QJsonObject PendingPublication::toJson() const
{
    return {{QStringLiteral("version"), 1}, {QStringLiteral("path"), path}, {QStringLiteral("title"), title},
        {QStringLiteral("license"), licenseId}, {QStringLiteral("size"), QString::number(size)},
        {QStringLiteral("content"), content.toString()}, {QStringLiteral("metadata"), metadata.toString()},
        {QStringLiteral("contentCar"), contentCar}, {QStringLiteral("metadataCar"), metadataCar},
        {QStringLiteral("account"), account.toChecksumString()}, {QStringLiteral("price"), price.toDecimal()},
        {QStringLiteral("stake"), stake.toDecimal()}, {QStringLiteral("chainId"), QString::number(chainId)},
        {QStringLiteral("registry"), registry.toChecksumString()}, {QStringLiteral("stage"), stage},
        {QStringLiteral("contentSegments"), contentSegments}, {QStringLiteral("metadataSegments"), metadataSegments},
        {QStringLiteral("transfers"), QJsonArray::fromStringList(transferIds)},
        {QStringLiteral("replaces"), QString::number(replaces)}};
}

Result<PendingPublication> PendingPublication::fromJson(const QJsonObject &json)
{
    auto broken = [](const QString &field) {
        return Result<PendingPublication>::failure(
            QStringLiteral("The unfinished publication's record is damaged (%1).").arg(field), ErrorCode::InvalidInput);
    };
    if (json.value(u"version").toInt() != 1)
        return broken(QStringLiteral("version"));
    PendingPublication p;
    p.path = json.value(u"path").toString();
    p.title = json.value(u"title").toString();
    p.licenseId = json.value(u"license").toString();
    bool ok = false;
    // Absent in records written before corrected versions: none.
    p.replaces = json.value(u"replaces").toString(QStringLiteral("0")).toULongLong(&ok);
    if (!ok)
        return broken(QStringLiteral("replaces"));
    p.size = json.value(u"size").toString().toULongLong(&ok);
    if (!ok)
        return broken(QStringLiteral("size"));
    auto content = storage::Cid::parse(json.value(u"content").toString());
    auto metadata = storage::Cid::parse(json.value(u"metadata").toString());
    if (!content || !metadata)
        return broken(QStringLiteral("CIDs"));
    p.content = content.value();
    p.metadata = metadata.value();
    p.contentCar = json.value(u"contentCar").toString();
    p.metadataCar = json.value(u"metadataCar").toString();
    auto account = crypto::Address::parse(json.value(u"account").toString());
    auto registry = crypto::Address::parse(json.value(u"registry").toString());
    auto price = eth::UInt256::fromDecimal(json.value(u"price").toString());
    auto stake = eth::UInt256::fromDecimal(json.value(u"stake").toString());
    if (!account || !registry || !price || !stake)
        return broken(QStringLiteral("account, registry or amounts"));
    p.account = account.value();
    p.registry = registry.value();
    p.price = price.value();
    p.stake = stake.value();
    p.chainId = json.value(u"chainId").toString().toULongLong(&ok);
    if (!ok)
        return broken(QStringLiteral("chain"));
    p.stage = json.value(u"stage").toString();
    if (p.stage != QLatin1String("uploading") && p.stage != QLatin1String("registering"))
        return broken(QStringLiteral("stage"));
    p.contentSegments = json.value(u"contentSegments").toInt();
    p.metadataSegments = json.value(u"metadataSegments").toInt();
    for (const QJsonValue &id : json.value(u"transfers").toArray())
        p.transferIds.append(id.toString());
    return p;
}

Result<std::optional<PendingPublication>> loadPendingPublication(const QString &file)
{
    IoThreadGuard::note("publication record read");
    QFile in(file);
    if (!in.exists())
        return std::optional<PendingPublication>();
    if (!in.open(QIODevice::ReadOnly))
        return Result<std::optional<PendingPublication>>::failure(
            QStringLiteral("%1 cannot be read: %2").arg(file, in.errorString()), ErrorCode::Io);
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll());
    if (!document.isObject())
        return Result<std::optional<PendingPublication>>::failure(
            QStringLiteral("The unfinished publication's record %1 is not JSON.").arg(file), ErrorCode::InvalidInput);
    auto publication = PendingPublication::fromJson(document.object());
    if (!publication)
        return publication.error();
    return std::optional<PendingPublication>(publication.value());
}

Status savePendingPublication(const QString &file, const PendingPublication &publication)
{
    return AccountStore::writeFileAtomically(file, QJsonDocument(publication.toJson()).toJson());
}

Status removePendingPublication(const QString &file)
{
    IoThreadGuard::note("publication record removal");
    if (QFile::exists(file) && !QFile::remove(file))
        return Status::failure(QStringLiteral("%1 cannot be removed.").arg(file), ErrorCode::Io);
    return success();
}

namespace {

// A view function of the registry, called as account, its result decoded.
Result<eth::AbiValue::List> callRegistry(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &account, const QString &function, const eth::AbiValue::List &arguments)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &registry = abis.value().registry;
    auto data = registry.encodeCall(function, arguments);
    if (!data)
        return data.error();
    auto answer = chain.ethCall(account, eth::TxRequest {profile.datasetRegistry, {}, data.value(), &registry});
    if (!answer)
        return answer.error();
    return registry.decodeResult(function, answer.value());
}

} // namespace

Result<RegisteredContent> registeredContent(
    eth::ChainSession &chain, const DaoProfile &profile, const storage::Cid &content, const crypto::Address &account)
{
    // The registry keys content by keccak256 of the CID's bytes, as submit does.
    auto id = callRegistry(chain, profile, account, QStringLiteral("datasetByContent"),
        {eth::AbiValue::bytes(crypto::keccak256(content.bytes()))});
    if (!id)
        return id.error();
    RegisteredContent out {id.value()[0].asNumber().low64(), false};
    if (out.id == 0)
        return out;
    auto access = callRegistry(chain, profile, account, QStringLiteral("hasAccess"),
        {eth::AbiValue::number(out.id), eth::AbiValue::bytes(account.bytes())});
    if (!access)
        return access.error();
    out.byAccount = access.value()[0].asBool();
    return out;
}

} // namespace dd::dao
