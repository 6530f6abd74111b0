// datadao-cli dataset: what the app does with datasets, from a terminal.
// inspect and metadata (datasetfiles.cpp): each file's format by content, each table's profile, and the quality report.
// metadata: the Data Package (or Croissant) a publish writes.
// publish: inspect, describe, content-address, upload, register with a stake.
// list: the catalog (registry events and verified metadata), searched and filtered.
// buy: access to a dataset, paid to its contributor. get: a verified download.

#include "cli/catalogsync.h"
#include "cli/clitransactions.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/datasetfiles.h"
#include "cli/signer.h"
#include "storage/blockingtransfer.h"

#include "common/hex.h"

#include "cache/catalogreader.h"
#include "cache/governancereader.h"
#include "crypto/address.h"
#include "crypto/keccak.h"
#include "dao/daodeployer.h"
#include "dao/datasetaccess.h"
#include "dao/pendingpublication.h"
#include "dao/publicationjob.h"
#include "eth/clientthread.h"
#include "eth/units.h"
#include "quality/datapackage.h"
#include "quality/inspection.h"
#include "storage/dagwalk.h"
#include "storage/transfers.h"
#include "sync/chainindexer.h"
#include "sync/metadatafetcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace dd::cli {

namespace {

int runPublish(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file or folder"));
    auto profile = profileOf(cl);
    if (!profile)
        return fail(profile.message());
    if (profile.value().storageApi.isEmpty())
        return fail(QStringLiteral("The DAO profile names no storage API to upload to."));
    auto key = resolveSigner(cl, {});
    if (!key)
        return fail(key.message());
    const crypto::Address account = key.value().address();
    const QString path = QFileInfo(cl.positional().first()).absoluteFilePath();
    auto request = dao::publicationRequest({path, account, cl.value(QStringLiteral("title")),
        cl.value(QStringLiteral("description")), cl.value(QStringLiteral("license")),
        cl.value(QStringLiteral("keywords")), cl.value(QStringLiteral("price")),
        cl.value(QStringLiteral("stake"), QStringLiteral("100")), cl.value(QStringLiteral("replaces"))});
    if (!request)
        return fail(request.message());

    // The work folder keeps the CARs and the record of a publication in progress: running the
    // same command again after a stop (even kill -9) continues it instead of starting over.
    const QString work = cl.value(QStringLiteral("work"),
        dataDirectory("publications") + QLatin1Char('/')
            + toHex(crypto::keccak256((path + account.toChecksumString() + QString::number(profile.value().chainId)
                        + profile.value().datasetRegistry.toChecksumString())
                                          .toUtf8()))
                  .mid(2, 16));
    const QString recordFile = QDir(work).filePath(QStringLiteral("pending.json"));
    auto earlier = dao::loadPendingPublication(recordFile);
    if (!earlier)
        return fail(earlier.message());

    eth::ClientThread chainNetwork(profile.value().rpcUrls);
    CliRequester requester(chainNetwork.client(), profile.value(), {key.value()},
        journalBesideProfile(cl.value(QStringLiteral("profile"))));
    if (auto opened = requester.open(); !opened)
        return fail(opened.message());
    auto symbol = tokenSymbolOf(profile.value());
    if (!symbol)
        return fail(symbol.message());
    CliPublicationHost host(cl.value(QStringLiteral("segment-size")).toLongLong());
    dao::PublicationPorts ports {chainNetwork.client(), requester, host, symbol.value(), {}, {}};

    Result<dao::PublishedDataset> published = Error {};
    const std::optional<dao::PendingPublication> &record = earlier.value();
    if (record && record->belongsTo(profile.value()) && record->path == path && record->account == account
        && QFileInfo::exists(record->contentCar) && QFileInfo::exists(record->metadataCar)) {
        print(QStringLiteral("Resuming the publication of %1 stopped earlier (%2).").arg(path, record->stage));
        published = dao::continuePublication(*record, recordFile, profile.value(), ports);
    } else {
        if (record)
            dao::removePublication(recordFile, *record);
        published = dao::publishDataset(request.value(), recordFile, work, profile.value(), ports);
    }
    if (!published)
        return fail(published.message());
    print(QStringLiteral("Content:  %1\nMetadata: %2")
              .arg(published.value().content.toString(), published.value().metadata.toString()));
    if (published.value().registeredEarlier)
        print(
            QStringLiteral("Registered dataset #%1 (already registered, by an earlier run)").arg(published.value().id));
    else
        print(QStringLiteral("Registered dataset #%1 in transaction %2")
                  .arg(published.value().id)
                  .arg(toHex(published.value().transactionHash)));
    return 0;
}

QString statusWord(cache::DatasetStatus status)
{
    return cache::datasetStatusName(status);
}

int runList(const CommandLine &cl)
{
    // The filters first: a mistyped one is named before the chain is read.
    cache::CatalogQuery query;
    query.text = cl.value(QStringLiteral("search"));
    query.license = cl.value(QStringLiteral("license"));
    query.format = cl.value(QStringLiteral("format"));
    if (cl.has(QStringLiteral("contributor"))) {
        auto contributor = crypto::Address::parse(cl.value(QStringLiteral("contributor")));
        if (!contributor)
            return fail(QStringLiteral("--contributor: %1").arg(contributor.message()));
        query.contributor = contributor.value().toChecksumString(); // as the catalog stores it
    }
    for (const auto &[option, bound] : {std::pair {QStringLiteral("min-size"), &query.minSize},
             std::pair {QStringLiteral("max-size"), &query.maxSize}}) {
        if (!cl.has(option))
            continue;
        bool ok = false;
        *bound = cl.value(option).toLongLong(&ok);
        if (!ok || *bound < 0)
            return fail(QStringLiteral("--%1 is a number of bytes, such as 1000000").arg(option));
    }
    auto profile = profileOf(cl);
    if (!profile)
        return fail(profile.message());
    auto path = syncCatalog(cl, profile.value());
    if (!path)
        return fail(path.message());
    cache::CacheDatabase database(path.value(), QStringLiteral("cli-catalog-read"), cache::CacheDatabase::Role::Reader);
    if (auto opened = database.open(); !opened)
        return fail(opened.message());
    if (cl.has(QStringLiteral("status"))) {
        const QString status = cl.value(QStringLiteral("status"));
        for (auto s : {cache::DatasetStatus::Pending, cache::DatasetStatus::Approved, cache::DatasetStatus::Rejected,
                 cache::DatasetStatus::Withdrawn})
            if (statusWord(s) == status)
                query.status = s;
        if (!query.status)
            return fail(QStringLiteral("--status is pending, approved, rejected or withdrawn"));
    }
    cache::CatalogReader reader(database);
    auto entries = reader.search(query);
    if (!entries)
        return fail(entries.message());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const cache::CatalogEntry &e : entries.value())
            out.append(QJsonObject {{QStringLiteral("id"), qint64(e.id)}, {QStringLiteral("title"), e.title},
                {QStringLiteral("status"), statusWord(e.status)}, {QStringLiteral("license"), e.license},
                {QStringLiteral("size"), e.size}, {QStringLiteral("accessPrice"), e.accessPrice},
                {QStringLiteral("contributor"), e.contributor}, {QStringLiteral("contentCid"), e.contentCid},
                {QStringLiteral("metadataCid"), e.metadataCid},
                {QStringLiteral("formats"), QJsonArray::fromStringList(e.formats)},
                {QStringLiteral("metadataError"), e.metadataError}});
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    auto symbol = tokenSymbolOf(profile.value());
    if (!symbol)
        return fail(symbol.message());
    for (const cache::CatalogEntry &e : entries.value())
        print(QStringLiteral("#%1  %2  %3  %4  %5 bytes  %6 %7  %8")
                  .arg(e.id)
                  .arg(statusWord(e.status).leftJustified(9),
                      e.title.isEmpty()
                          ? QStringLiteral("(metadata not read: %1)")
                                .arg(e.metadataError.isEmpty() ? QStringLiteral("pending") : e.metadataError)
                          : e.title,
                      e.license)
                  .arg(e.size)
                  .arg(eth::formatUnits(eth::UInt256::fromDecimal(e.accessPrice).value_or(eth::UInt256()), 18),
                      symbol.value(), e.contentCid));
    return 0;
}

int runBuy(const CommandLine &cl)
{
    auto target = datasetTargetOf(cl);
    if (!target)
        return fail(target.message());
    const DatasetTarget &t = target.value();
    const quint64 id = t.id;
    eth::ClientThread network(t.profile.rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(120));
    CliRequester requester(
        network.client(), t.profile, {t.key}, journalBesideProfile(cl.value(QStringLiteral("profile"))));
    if (auto opened = requester.open(); !opened)
        return fail(opened.message());
    const dao::AccessPurchase purchase {
        id, t.title(), eth::UInt256::fromDecimal(t.entry.accessPrice).value_or(eth::UInt256()), t.key.address()};
    auto bought = dao::buyAccess(chain, requester, t.profile, purchase, t.symbol);
    if (!bought)
        return fail(bought.message());
    print(QStringLiteral("Access to dataset #%1 bought for %2 %3 in transaction %4")
              .arg(id)
              .arg(eth::formatUnits(purchase.price, 18), t.symbol, toHex(bought.value().transactionHash)));
    return 0;
}

int runWithdraw(const CommandLine &cl)
{
    auto target = datasetTargetOf(cl);
    if (!target)
        return fail(target.message());
    const DatasetTarget &t = target.value();
    const quint64 id = t.id;
    auto ask = dao::withdrawAsk(t.profile, t.key.address(), id, t.title(),
        eth::UInt256::fromDecimal(t.entry.stake).value_or(eth::UInt256()), t.symbol);
    if (!ask)
        return fail(ask.message());
    eth::ClientThread network(t.profile.rpcUrls);
    CliRequester requester(
        network.client(), t.profile, {t.key}, journalBesideProfile(cl.value(QStringLiteral("profile"))));
    if (auto opened = requester.open(); !opened)
        return fail(opened.message());
    auto sent = requester.send(ask.value());
    if (!sent)
        return fail(sent.message());
    print(QStringLiteral("Dataset #%1 withdrawn, its stake returned, in transaction %2")
              .arg(id)
              .arg(toHex(sent.value().transactionHash)));
    return 0;
}

int runGet(const CommandLine &cl)
{
    bool ok = false;
    const quint64 id = cl.positional().value(0).toULongLong(&ok);
    if (!ok || !cl.has(QStringLiteral("output")))
        return fail(QStringLiteral("give the dataset's number and --output <PATH>"));
    // An output that exists is refused by the download unless it is this dataset whole (a run
    // stopped after its last rename).
    const QString output = cl.value(QStringLiteral("output"));
    auto profile = profileOf(cl);
    if (!profile)
        return fail(profile.message());
    auto entry = catalogEntry(cl, profile.value(), id);
    if (!entry)
        return fail(entry.message());
    if (auto downloaded = downloadDataset(cl, profile.value(), entry.value(), output); !downloaded)
        return fail(downloaded.message());
    print(QStringLiteral("Dataset #%1 (%2) written to %3, every block verified")
              .arg(id)
              .arg(entry.value().contentCid, output));
    return 0;
}

} // namespace

int runDataset(const QStringList &args)
{
    const QString sub = args.value(0);
    QSet<QString> options {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("license"),
        QStringLiteral("keywords"), QStringLiteral("cid"), QStringLiteral("profile"), QStringLiteral("price"),
        QStringLiteral("stake"), QStringLiteral("cache"), QStringLiteral("store"), QStringLiteral("search"),
        QStringLiteral("status"), QStringLiteral("format"), QStringLiteral("contributor"), QStringLiteral("min-size"),
        QStringLiteral("max-size"), QStringLiteral("output"), QStringLiteral("work"), QStringLiteral("segment-size"),
        QStringLiteral("replaces")};
    options.unite(signerOptions());
    CommandLine cl(args.mid(1), options, {QStringLiteral("json"), QStringLiteral("croissant")});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral(
                  "Datasets\n\n"
                  "Usage: datadao-cli dataset inspect <FILE|FOLDER> [--json]\n"
                  "         Each file's format (by content), each table's profile (columns, types,\n"
                  "         nulls, distinct values, min and max, duplicate and ragged rows) and the\n"
                  "         quality report. Exits 1 when the report holds an error.\n"
                  "       datadao-cli dataset metadata <FILE|FOLDER> --title <T> --license <SPDX>\n"
                  "                 [--description <MD>] [--keywords <a,b>] [--cid <CID>] [--croissant]\n"
                  "         The datapackage.json (Frictionless Data Package v2) a publish writes, or\n"
                  "         its MLCommons Croissant 1.0 JSON-LD with --croissant.\n"
                  "       datadao-cli dataset publish <FILE|FOLDER> --profile <DAO.json> --title <T>\n"
                  "                 --license <SPDX> [--price <TOKENS>] [--stake <TOKENS>] [--description <MD>]\n"
                  "                 [--keywords <a,b>] [--replaces <ID>] <SIGNER>\n"
                  "                 [--work <DIR>] [--segment-size <BYTES>]\n"
                  "         Inspects, writes the Data Package, content-addresses, uploads both to the\n"
                  "         DAO's storage node and registers the dataset with its stake. Stopped (even\n"
                  "         killed), the same command continues where it stopped: the CARs and a\n"
                  "         record of the steps stay in the work folder until it is registered.\n"
                  "         --replaces names your dataset this one corrects (a rejected one, say):\n"
                  "         the metadata says so and the catalog links the two.\n"
                  "       datadao-cli dataset list --profile <DAO.json> [--search <WORDS>] [--status <S>]\n"
                  "                 [--license <SPDX>] [--format <csv…>] [--contributor <ADDR>]\n"
                  "                 [--min-size <BYTES>] [--max-size <BYTES>] [--json]\n"
                  "       datadao-cli dataset buy <ID> --profile <DAO.json> <SIGNER>\n"
                  "       datadao-cli dataset withdraw <ID> --profile <DAO.json> <SIGNER>\n"
                  "         Its contributor takes back a dataset no curator has reviewed yet, with\n"
                  "         its stake.\n"
                  "       datadao-cli dataset get <ID> --profile <DAO.json> --output <PATH> [--store <DIR>]\n"
                  "         Downloads from the DAO's gateways, every block checked against the CID the\n"
                  "         registry holds.\n\n")
            + signerHelpText());
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("inspect"))
        return runDatasetInspect(cl);
    if (sub == QLatin1String("metadata"))
        return runDatasetMetadata(cl);
    if (sub == QLatin1String("publish"))
        return runPublish(cl);
    if (sub == QLatin1String("list"))
        return runList(cl);
    if (sub == QLatin1String("buy"))
        return runBuy(cl);
    if (sub == QLatin1String("withdraw"))
        return runWithdraw(cl);
    if (sub == QLatin1String("get"))
        return runGet(cl);
    return fail(QStringLiteral("unrecognized subcommand 'dataset %1'").arg(sub));
}

} // namespace dd::cli
