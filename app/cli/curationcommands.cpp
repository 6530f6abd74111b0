// datadao-cli curation: the data-quality queue from a terminal, through the same workflows as
// the window's Curation section (core/dao/curationcalls.h, cache/curationreader.h).
// queue: the tabs and their counts for a member. show: a dataset's reviews and curation history.
// curators: everyone who held the role, with their record. report: a dataset measured here.
// review, appeal, challenge, fund, expire: the curation contract's transactions (curationsends).

#include "cli/catalogsync.h"
#include "cli/clitransactions.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/curationsends.h"
#include "cli/signer.h"

#include "cache/catalogreader.h"
#include "cache/curationreader.h"
#include "common/hex.h"
#include "dao/curationcalls.h"
#include "dao/curationreport.h"
#include "eth/clientthread.h"
#include "eth/units.h"
#include "quality/qualityreport.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dd::cli {

namespace {

const char *const tabNames[cache::queueTabCount] = {"waiting", "in-review", "decided", "appealed", "mine"};

// "12.5 DATA" for an amount in wei, as the cache holds it.
QString tokens(const QString &wei, const QString &symbol)
{
    return QStringLiteral("%1 %2").arg(
        eth::formatUnits(eth::UInt256::fromDecimal(wei).value_or(eth::UInt256()), 18), symbol);
}

QString printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

// "3 d 4 h" for a span of seconds; "over" once it is past.
QString timeLeft(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("over");
    if (seconds >= 86400)
        return QStringLiteral("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    if (seconds >= 3600)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QStringLiteral("%1 min").arg(std::max<qint64>(1, seconds / 60));
}

// --profile's cache, synced, opened to read.
struct SyncedCache {
    std::unique_ptr<cache::CacheDatabase> database;
    QString path;
    QString symbol; // the token's
};

Result<SyncedCache> openSynced(const CommandLine &cl)
{
    auto profile = profileOf(cl);
    if (!profile)
        return profile.error();
    if (profile.value().datasetCuration.isZero())
        return Result<SyncedCache>::failure(
            QStringLiteral("This DAO profile names no curation contract (contracts.datasetCuration)."));
    auto path = syncCatalog(cl, profile.value());
    if (!path)
        return path.error();
    auto symbol = tokenSymbolOf(profile.value());
    if (!symbol)
        return symbol.error();
    SyncedCache out {std::make_unique<cache::CacheDatabase>(
                         path.value(), QStringLiteral("cli-curation-read"), cache::CacheDatabase::Role::Reader),
        path.value(), symbol.value()};
    if (auto opened = out.database->open(); !opened)
        return opened.error();
    return out;
}

QJsonObject itemJson(const cache::QueueItem &item, qint64 now)
{
    const cache::CatalogEntry &d = item.dataset;
    return {{QStringLiteral("id"), qint64(d.id)}, {QStringLiteral("title"), d.title},
        {QStringLiteral("contributor"), d.contributor}, {QStringLiteral("stake"), d.stake},
        {QStringLiteral("status"), cache::datasetStatusName(d.status)},
        {QStringLiteral("stage"), cache::curationStageName(d.stage)}, {QStringLiteral("round"), d.round},
        {QStringLiteral("reviews"), item.reviews}, {QStringLiteral("approvals"), d.approvals},
        {QStringLiteral("rejections"), d.rejections}, {QStringLiteral("submittedAt"), d.submittedAt},
        {QStringLiteral("ageSeconds"), now - d.submittedAt}, {QStringLiteral("reviewEndsAt"), item.reviewEndsAt},
        {QStringLiteral("appealEndsAt"), item.appealEndsAt}, {QStringLiteral("reviewedByMe"), item.reviewedByMe},
        {QStringLiteral("slashed"), d.slashed}};
}

int runQueue(const CommandLine &cl)
{
    QString member;
    if (cl.has(QStringLiteral("member"))) {
        auto address = crypto::Address::parse(cl.value(QStringLiteral("member")));
        if (!address)
            return fail(QStringLiteral("--member: %1").arg(address.message()));
        member = address.value().toChecksumString();
    }
    int tab = 1; // in review
    if (cl.has(QStringLiteral("tab"))) {
        tab = -1;
        for (int i = 0; i < cache::queueTabCount; ++i)
            if (cl.value(QStringLiteral("tab")) == QLatin1String(tabNames[i]))
                tab = i;
        if (tab < 0)
            return fail(QStringLiteral("--tab is waiting, in-review, decided, appealed or mine"));
    }
    if ((tab == 0 || tab == 4) && member.isEmpty())
        return fail(QStringLiteral("--tab %1 needs --member <ADDRESS>").arg(QLatin1String(tabNames[tab])));
    auto synced = openSynced(cl);
    if (!synced)
        return fail(synced.message());
    auto view = cache::CurationReader(*synced.value().database).queueView(cache::QueueTab(tab), member);
    if (!view)
        return fail(view.message());
    const cache::QueueView &v = view.value();
    if (cl.has(QStringLiteral("json"))) {
        QJsonObject countsJson;
        for (int i = 0; i < cache::queueTabCount; ++i)
            countsJson.insert(QLatin1String(tabNames[i]), v.counts[i]);
        QJsonArray list;
        for (const cache::QueueItem &item : v.items)
            list.append(itemJson(item, v.now));
        print(printJson(QJsonObject {{QStringLiteral("tab"), QLatin1String(tabNames[tab])},
            {QStringLiteral("counts"), countsJson}, {QStringLiteral("quorum"), v.rules.quorum},
            {QStringLiteral("pool"), v.rules.pool}, {QStringLiteral("items"), list}}));
        return 0;
    }
    QStringList header;
    for (int i = 0; i < cache::queueTabCount; ++i)
        header.append(QStringLiteral("%1 %2").arg(QLatin1String(tabNames[i])).arg(v.counts[i]));
    print(header.join(QStringLiteral("  ·  ")));
    for (const cache::QueueItem &item : v.items) {
        const cache::CatalogEntry &d = item.dataset;
        print(QStringLiteral("#%1  %2  %3  by %4  stake %5  %6/%7 reviews  %8")
                  .arg(d.id)
                  .arg(cache::curationStageName(d.stage).leftJustified(18),
                      d.title.isEmpty() ? QStringLiteral("(metadata not read)") : d.title, d.contributor,
                      tokens(d.stake, synced.value().symbol))
                  .arg(item.reviews)
                  .arg(v.rules.quorum)
                  .arg(item.reviewEndsAt > 0 ? QStringLiteral("%1 left").arg(timeLeft(item.reviewEndsAt - v.now))
                          : item.appealEndsAt > 0
                          ? QStringLiteral("appeal: %1 left").arg(timeLeft(item.appealEndsAt - v.now))
                          : QString()));
    }
    return 0;
}

int runShow(const CommandLine &cl)
{
    bool ok = false;
    const quint64 id = cl.positional().value(0).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("give the dataset's number"));
    auto synced = openSynced(cl);
    if (!synced)
        return fail(synced.message());
    auto dataset = cache::CatalogReader(*synced.value().database).dataset(id);
    if (!dataset)
        return fail(dataset.message());
    cache::CurationReader reader(*synced.value().database);
    auto reviews = reader.reviews(id);
    auto history = reader.history(id);
    auto versions = cache::CatalogReader(*synced.value().database).versions(id);
    for (const QString &error : {reviews.message(), history.message(), versions.message()})
        if (!error.isEmpty())
            return fail(error);
    const cache::CatalogEntry &d = dataset.value();
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray reviewList;
        for (const cache::ReviewEntry &r : reviews.value())
            reviewList.append(QJsonObject {{QStringLiteral("round"), r.round}, {QStringLiteral("curator"), r.curator},
                {QStringLiteral("approve"), r.approve}, {QStringLiteral("reason"), dao::reviewReasonName(r.reason)},
                {QStringLiteral("text"), r.text}, {QStringLiteral("evidenceUri"), r.evidenceUri},
                {QStringLiteral("slashBasisPoints"), r.slashBasisPoints}, {QStringLiteral("block"), r.block},
                {QStringLiteral("transaction"), r.tx}, {QStringLiteral("time"), r.time}});
        QJsonArray newer;
        for (const auto &[version, title] : versions.value().replacedBy)
            newer.append(qint64(version));
        QJsonArray events;
        for (const cache::CurationEvent &e : history.value())
            events.append(QJsonObject {{QStringLiteral("kind"), e.kind}, {QStringLiteral("actor"), e.actor},
                {QStringLiteral("data"), e.data}, {QStringLiteral("block"), e.block},
                {QStringLiteral("transaction"), e.tx}, {QStringLiteral("time"), e.time}});
        print(printJson(QJsonObject {{QStringLiteral("id"), qint64(d.id)}, {QStringLiteral("title"), d.title},
            {QStringLiteral("status"), cache::datasetStatusName(d.status)},
            {QStringLiteral("stage"), cache::curationStageName(d.stage)}, {QStringLiteral("round"), d.round},
            {QStringLiteral("stake"), d.stake}, {QStringLiteral("slashed"), d.slashed},
            {QStringLiteral("reviews"), reviewList}, {QStringLiteral("history"), events},
            {QStringLiteral("replaces"), qint64(versions.value().replaces)}, {QStringLiteral("replacedBy"), newer}}));
        return 0;
    }
    print(QStringLiteral("#%1 %2: %3 (round %4), stake %5")
              .arg(d.id)
              .arg(d.title, cache::curationStageName(d.stage))
              .arg(d.round)
              .arg(tokens(d.stake, synced.value().symbol)));
    if (versions.value().replaces > 0)
        print(QStringLiteral("  a corrected version of #%1 %2")
                  .arg(versions.value().replaces)
                  .arg(versions.value().replacesTitle));
    for (const auto &[version, title] : versions.value().replacedBy)
        print(QStringLiteral("  replaced by its corrected version #%1 %2").arg(version).arg(title));
    for (const cache::ReviewEntry &r : reviews.value())
        print(
            QStringLiteral("  round %1  %2  %3%4%5")
                .arg(r.round)
                .arg(r.curator, r.approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
                    r.approve ? QString()
                              : QStringLiteral(" (%1, keep %2%)")
                                    .arg(dao::reviewReasonWords(r.reason), QString::number(r.slashBasisPoints / 100.0)),
                    r.text.isEmpty() ? QString() : QStringLiteral(": ") + r.text));
    for (const cache::CurationEvent &e : history.value())
        print(QStringLiteral("  %1  %2  %3")
                  .arg(e.kind, e.actor, QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))));
    return 0;
}

int runCurators(const CommandLine &cl)
{
    auto synced = openSynced(cl);
    if (!synced)
        return fail(synced.message());
    auto curators = cache::CurationReader(*synced.value().database).curators();
    if (!curators)
        return fail(curators.message());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const cache::CuratorRecord &c : curators.value())
            out.append(QJsonObject {{QStringLiteral("address"), c.address}, {QStringLiteral("active"), c.active},
                {QStringLiteral("reviews"), c.reviews}, {QStringLiteral("decided"), c.decided},
                {QStringLiteral("agreed"), c.agreed}, {QStringLiteral("feesEarned"), c.feesEarned}});
        print(printJson(out));
        return 0;
    }
    for (const cache::CuratorRecord &c : curators.value())
        print(QStringLiteral("%1  %2  %3 reviews, %4 of %5 decided agreed with the outcome, %6 earned")
                  .arg(c.address, c.active ? QStringLiteral("curator   ") : QStringLiteral("former    "))
                  .arg(c.reviews)
                  .arg(c.agreed)
                  .arg(c.decided)
                  .arg(tokens(c.feesEarned, synced.value().symbol)));
    return 0;
}

// A report on a dataset: downloaded (verified) into --output/data, inspected here, compared
// with its metadata and with every dataset the catalog knows; report.json and report.md written
// beside it; with --publish both go to the DAO's storage node with an ERC-1497 evidence file,
// whose ipfs:// URI is what `curation review --evidence` takes.
int runReport(const CommandLine &cl)
{
    bool ok = false;
    const quint64 id = cl.positional().value(0).toULongLong(&ok);
    if (!ok || !cl.has(QStringLiteral("output")))
        return fail(QStringLiteral("give the dataset's number and --output <FOLDER>"));
    auto profile = profileOf(cl);
    if (!profile)
        return fail(profile.message());
    auto synced = openSynced(cl);
    if (!synced)
        return fail(synced.message());
    cache::CatalogReader catalog(*synced.value().database);
    auto entry = catalog.dataset(id);
    if (!entry)
        return fail(entry.message());
    const dao::ReportRequest request {profile.value(), entry.value(), synced.value().path,
        cl.value(QStringLiteral("store"), dataDirectory("blocks")), cl.value(QStringLiteral("output")),
        QStringLiteral("datadao-cli " DD_VERSION)};
    auto built = dao::prepareCurationReport(request);
    if (!built)
        return fail(built.message());
    const quality::QualityReport &report = built.value();
    const QDir folder(request.folder);
    QString evidenceUri;
    if (cl.has(QStringLiteral("publish"))) {
        auto published = dao::publishCurationReport(report, request.folder, profile.value().storageApi);
        if (!published)
            return fail(published.message());
        evidenceUri = published.value();
    }
    if (cl.has(QStringLiteral("json"))) {
        print(printJson(QJsonObject {{QStringLiteral("report"), folder.filePath(QStringLiteral("report.json"))},
            {QStringLiteral("differences"), int(report.differences.size())},
            {QStringLiteral("duplicates"), int(report.duplicates.size())},
            {QStringLiteral("errors"), report.measured.hasErrors()}, {QStringLiteral("evidence"), evidenceUri}}));
        return 0;
    }
    print(quality::qualityReportText(report).trimmed());
    if (!evidenceUri.isEmpty())
        print(QStringLiteral("\nEvidence: %1 (give it to curation review --evidence)").arg(evidenceUri));
    return 0;
}

} // namespace

int runCuration(const QStringList &args)
{
    const QString sub = args.value(0);
    QSet<QString> options {QStringLiteral("profile"), QStringLiteral("cache"), QStringLiteral("store"),
        QStringLiteral("member"), QStringLiteral("tab"), QStringLiteral("reason"), QStringLiteral("text"),
        QStringLiteral("evidence"), QStringLiteral("slash"), QStringLiteral("output")};
    options.unite(signerOptions());
    CommandLine cl(args.mid(1), options,
        {QStringLiteral("json"), QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("publish")});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(
            QStringLiteral(
                "Curation: the data-quality queue\n\n"
                "Usage: datadao-cli curation queue --profile <DAO.json> [--tab <TAB>] [--member <ADDR>] [--json]\n"
                "         TAB: waiting (for the member's review), in-review (the default), decided,\n"
                "         appealed (appealed or challenged), mine (the member's own submissions).\n"
                "       datadao-cli curation show <ID> --profile <DAO.json> [--json]\n"
                "         Every review with its reason and evidence, and what curation did since.\n"
                "       datadao-cli curation curators --profile <DAO.json> [--json]\n"
                "         Curators ranked by how often their verdict was the outcome.\n"
                "       datadao-cli curation report <ID> --profile <DAO.json> --output <FOLDER> [--publish] [--json]\n"
                "         Downloads the dataset (every block verified), inspects it here and compares it with\n"
                "         its metadata and the catalog: report.json and report.md; --publish stores both\n"
                "         with an ERC-1497 evidence file and prints its URI for review --evidence.\n"
                "       datadao-cli curation review <ID> --approve | --reject --reason <REASON> [--slash <PERCENT>]\n"
                "                 [--text <WHY>] [--evidence <URI>] --profile <DAO.json> <SIGNER>\n"
                "         REASON: license-unclear, personal-data, duplicates-registered,\n"
                "         does-not-match-description, malformed-files, low-quality, spam-or-other.\n"
                "       datadao-cli curation appeal <ID> --text <WHY> --profile <DAO.json> <SIGNER>\n"
                "       datadao-cli curation challenge <ID> --text <WHY> [--evidence <URI>] --profile <DAO.json> "
                "<SIGNER>\n"
                "       datadao-cli curation fund <AMOUNT> --profile <DAO.json> <SIGNER>\n"
                "       datadao-cli curation expire <ID> --profile <DAO.json> <SIGNER>\n\n")
            + signerHelpText());
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("queue"))
        return runQueue(cl);
    if (sub == QLatin1String("show"))
        return runShow(cl);
    if (sub == QLatin1String("curators"))
        return runCurators(cl);
    if (sub == QLatin1String("report"))
        return runReport(cl);
    if (sub == QLatin1String("review"))
        return runCurationReview(cl);
    if (sub == QLatin1String("appeal"))
        return runCurationAppeal(cl, CurationAppeal::Appeal);
    if (sub == QLatin1String("challenge"))
        return runCurationAppeal(cl, CurationAppeal::Challenge);
    if (sub == QLatin1String("fund"))
        return runCurationFund(cl);
    if (sub == QLatin1String("expire"))
        return runCurationExpire(cl);
    return fail(QStringLiteral("unrecognized subcommand 'curation %1'").arg(sub));
}

} // namespace dd::cli
