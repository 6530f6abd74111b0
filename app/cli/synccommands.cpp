// datadao-cli sync: the app's governance indexer from a terminal. Reads a DAO profile's Governor
// and token events into a cache file (the same schema the app uses), printing progress; stopped
// at any point (even by kill -9) it resumes from the last stored range on the next run.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "cache/governancereader.h"
#include "dao/daodeployer.h"
#include "dao/daoprofile.h"
#include "eth/clientthread.h"
#include "sync/chainindexer.h"

#include <QElapsedTimer>

namespace dd::cli {

int runSync(const QStringList &args)
{
    CommandLine cl(args,
        {QStringLiteral("profile"), QStringLiteral("cache"), QStringLiteral("max-range"),
            QStringLiteral("confirmations")},
        {});
    if (cl.wantsHelp()) {
        print(QStringLiteral(
            "Read a DAO's governance events into a cache file\n\n"
            "Usage: datadao-cli sync --profile <DAO.json> --cache <FILE.sqlite> [OPTIONS]\n\n"
            "Options:\n"
            "      --max-range <BLOCKS>      blocks per eth_getLogs at most [default: 500000]\n"
            "      --confirmations <N>       blocks below head before a block is final [default: 12]\n"));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (!cl.has(QStringLiteral("profile")) || !cl.has(QStringLiteral("cache")))
        return fail(QStringLiteral("--profile and --cache are required"));
    auto profile = dao::DaoProfile::load(cl.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.message());
    const auto &abis = dao::DaoAbis::load();
    if (!abis)
        return fail(abis.message());
    sync::IndexerSettings settings {profile.value().governor, profile.value().token, profile.value().deploymentBlock,
        cl.value(QStringLiteral("confirmations"), QStringLiteral("12")).toULongLong(),
        cl.value(QStringLiteral("max-range"), QString::number(sync::LogFetcher::maxRange)).toULongLong()};
    settings.fixedQuorum = profile.value().governorKind == dao::GovernorKind::Bravo;
    settings.registry = profile.value().datasetRegistry;
    settings.curation = profile.value().datasetCuration;
    if (settings.largestRange == 0)
        return fail(QStringLiteral("--max-range must be a positive number of blocks"));

    cache::CacheDatabase database(
        cl.value(QStringLiteral("cache")), QStringLiteral("cli-sync"), cache::CacheDatabase::Role::Writer);
    if (auto opened = database.open(); !opened)
        return fail(opened.message());
    eth::ClientThread network(profile.value().rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(30));
    sync::ChainIndexer indexer(chain, database, abis.value().governor, abis.value().token, settings);
    QElapsedTimer sincePrint;
    sincePrint.start();
    auto report = indexer.syncOnce(nullptr, [&sincePrint](quint64 synced, quint64 head, qsizetype events) {
        if (sincePrint.elapsed() < 1000)
            return;
        sincePrint.restart();
        print(QStringLiteral("block %1 of %2, %3 events").arg(synced).arg(head).arg(events));
    });
    if (!report)
        return fail(report.message());
    cache::GovernanceReader reader(database);
    const qsizetype proposals = reader.proposals().value_or({}).size();
    print(QStringLiteral("Synced blocks %1-%2: %3 events; %4 proposals in %5")
              .arg(report.value().fromBlock)
              .arg(report.value().toBlock)
              .arg(report.value().events)
              .arg(proposals)
              .arg(database.path()));
    return 0;
}

} // namespace dd::cli
