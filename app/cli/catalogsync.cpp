#include "cli/catalogsync.h"

#include "cache/cachedatabase.h"
#include "cache/catalogreader.h"
#include "cli/signer.h"
#include "dao/daodeployer.h"
#include "dao/tokencalls.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"
#include "storage/blockingtransfer.h"
#include "storage/blockstore.h"
#include "storage/transfers.h"
#include "sync/chainindexer.h"
#include "sync/metadatafetcher.h"

#include <QStandardPaths>

namespace dd::cli {

QString dataDirectory(const char *name)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/datadao/")
        + QLatin1String(name);
}

Result<dao::DaoProfile> profileOf(const CommandLine &cl)
{
    if (!cl.has(QStringLiteral("profile")))
        return Result<dao::DaoProfile>::failure(QStringLiteral("--profile <DAO.json> is required"));
    auto profile = dao::DaoProfile::load(cl.value(QStringLiteral("profile")));
    if (profile && profile.value().datasetRegistry.isZero())
        return Result<dao::DaoProfile>::failure(QStringLiteral("This DAO profile names no dataset registry."));
    return profile;
}

// Brings the catalog cache up to date: registry events, then the metadata files still missing.
Result<QString> syncCatalog(const CommandLine &cl, const dao::DaoProfile &profile)
{
    const QString path = cl.value(QStringLiteral("cache"),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/datadao/cli-%1-%2.sqlite").arg(profile.chainId).arg(profile.governor.toLowerHex()));
    cache::CacheDatabase database(path, QStringLiteral("cli-catalog"), cache::CacheDatabase::Role::Writer);
    if (auto opened = database.open(); !opened)
        return opened.error();
    const auto &abis = dao::DaoAbis::load();
    if (!abis)
        return abis.error();
    sync::IndexerSettings settings {
        profile.governor, profile.token, profile.deploymentBlock, profile.chainId == 31337 ? 0u : 12u};
    settings.fixedQuorum = profile.governorKind == dao::GovernorKind::Bravo;
    settings.registry = profile.datasetRegistry;
    settings.curation = profile.datasetCuration;
    eth::ClientThread network(profile.rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(30));
    sync::ChainIndexer indexer(chain, database, abis.value().governor, abis.value().token, settings);
    if (auto synced = indexer.syncOnce(); !synced)
        return synced.error();
    sync::MetadataFetcher fetcher(
        database, storage::BlockStore(cl.value(QStringLiteral("store"), dataDirectory("blocks"))), profile.gateways);
    if (auto fetched = fetcher.fetchPending(nullptr, 10000); !fetched)
        return fetched.error();
    return path;
}

Status downloadDataset(
    const CommandLine &cl, const dao::DaoProfile &profile, const cache::CatalogEntry &entry, const QString &output)
{
    auto cid = storage::Cid::parse(entry.contentCid);
    if (!cid)
        return Status::failure(QStringLiteral("Dataset #%1's content CID is not valid.").arg(entry.id));
    const storage::BlockStore store(cl.value(QStringLiteral("store"), dataDirectory("blocks")));
    return storage::downloadContent(store, cid.value(), profile.gateways, output);
}

Result<QString> tokenSymbolOf(const dao::DaoProfile &profile)
{
    eth::ClientThread network(profile.rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(30));
    return dao::tokenSymbol(chain, profile);
}

Result<cache::CatalogEntry> catalogEntry(const CommandLine &cl, const dao::DaoProfile &profile, quint64 id)
{
    auto path = syncCatalog(cl, profile);
    if (!path)
        return path.error();
    cache::CacheDatabase database(path.value(), QStringLiteral("cli-catalog-read"), cache::CacheDatabase::Role::Reader);
    if (auto opened = database.open(); !opened)
        return opened.error();
    return cache::CatalogReader(database).dataset(id);
}

Result<DatasetTarget> datasetTargetOf(const CommandLine &cl, TargetNeeds needs, TargetNames names)
{
    using R = Result<DatasetTarget>;
    quint64 id = 0;
    if (names == TargetNames::Dataset) {
        bool ok = false;
        id = cl.positional().value(0).toULongLong(&ok);
        if (!ok || id == 0)
            return R::failure(QStringLiteral("give the dataset's number"));
    }
    auto profile = profileOf(cl);
    if (!profile)
        return profile.error();
    // Refused before the signer is asked for: a keystore's password is not prompted for nothing.
    if (needs == TargetNeeds::Curation && profile.value().datasetCuration.isZero())
        return R::failure(QStringLiteral("This DAO profile names no curation contract (contracts.datasetCuration)."));
    auto key = resolveSigner(cl, {});
    if (!key)
        return key.error();
    auto symbol = tokenSymbolOf(profile.value());
    if (!symbol)
        return symbol.error();
    cache::CatalogEntry entry;
    if (names == TargetNames::Dataset) {
        auto read = catalogEntry(cl, profile.value(), id);
        if (!read)
            return read.error();
        entry = read.value();
    }
    return DatasetTarget {profile.value(), key.value(), symbol.value(), id, entry};
}

} // namespace dd::cli
