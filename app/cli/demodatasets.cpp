#include "cli/demodatasets.h"

#include "cli/clitransactions.h"

#include "cli/demofiles.h"

#include "crypto/keccak.h"
#include "dao/curationcalls.h"
#include "dao/daodeployer.h"
#include "dao/datasetaccess.h"
#include "dao/datasetpublisher.h"
#include "dao/devnetseeder.h"
#include "dao/governancecalls.h"
#include "dao/proposalpresets.h"
#include "dao/publicationjob.h"
#include "eth/units.h"
#include "storage/blockingtransfer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dd::cli {

namespace {

using eth::AbiValue;

eth::UInt256 tokens(std::uint64_t whole)
{
    return eth::UInt256(whole) * eth::UInt256(1000000000000000000ULL);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return Status::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()), ErrorCode::Io);
    return success();
}

struct Demo {
    QString folder;
    QList<QPair<QString, QByteArray>> files;
    QString title;
    QString description;
    QString license;
    QStringList keywords;
    int contributor; // index into keys
    std::uint64_t price; // whole DATA
    qint64 claimedRows = 0; // > 0: its metadata claims this many rows in its first table
};

QList<Demo> demoCatalog()
{
    using namespace demo;
    return {
        {QStringLiteral("weather-stations"),
            {{QStringLiteral("readings.csv"), weatherReadings()}, {QStringLiteral("stations.csv"), weatherStations()}},
            QStringLiteral("Weather stations 2024"),
            QStringLiteral("Daily temperature and precipitation from five stations through 2024. Missing "
                           "precipitation means the gauge was down that day."),
            QStringLiteral("CC-BY-4.0"), {QStringLiteral("weather"), QStringLiteral("climate")}, 2, 25},
        {QStringLiteral("air-quality"), {{QStringLiteral("air.jsonl"), airQuality()}},
            QStringLiteral("City air quality sensors"),
            QStringLiteral("PM2.5 and NO2 every 15 minutes from twelve street sensors, March 2024."),
            QStringLiteral("ODbL-1.0"), {QStringLiteral("air"), QStringLiteral("pollution"), QStringLiteral("sensors")},
            3, 0},
        {QStringLiteral("street-trees"),
            {{QStringLiteral("trees.csv"), streetTrees()}, {QStringLiteral("photos/pixel.png"), pixelPng()}},
            QStringLiteral("Street trees inventory"),
            QStringLiteral("Every street tree the city tends: species, planting year, height and district."),
            QStringLiteral("CC0-1.0"), {QStringLiteral("trees"), QStringLiteral("urban")}, 2, 10},
        {QStringLiteral("energy-meters"), {{QStringLiteral("meters.csv"), meterReadings()}},
            QStringLiteral("Hourly energy meter readings"),
            QStringLiteral("Hourly consumption of twelve household meters over half a year."),
            QStringLiteral("CC-BY-SA-4.0"), {QStringLiteral("energy"), QStringLiteral("households")}, 4, 40},
        // The queue's harder cases, each for a curator's report to find.
        {QStringLiteral("newsletter-signups"), {{QStringLiteral("signups.csv"), newsletterSignups()}},
            QStringLiteral("Newsletter sign-ups by city"),
            QStringLiteral("How many people signed up for the city newsletter, by city and day, 2024."),
            QStringLiteral("CC-BY-4.0"), {QStringLiteral("civic"), QStringLiteral("engagement")}, 2, 0},
        {QStringLiteral("bike-counters"), {{QStringLiteral("counts.csv"), bikeCounts()}},
            QStringLiteral("Bike counter readings, June 2024"),
            QStringLiteral("Hourly bicycle counts from three automatic counters."), QStringLiteral("CC0-1.0"),
            {QStringLiteral("mobility"), QStringLiteral("cycling")}, 4, 5},
        {QStringLiteral("weather-mirror"), {{QStringLiteral("readings.csv"), weatherReadings()}},
            QStringLiteral("Daily weather readings 2024"),
            QStringLiteral("Temperature and precipitation, one row per station and day."), QStringLiteral("CC-BY-4.0"),
            {QStringLiteral("weather")}, 4, 15},
        {QStringLiteral("parking"), {{QStringLiteral("occupancy.csv"), parkingOccupancy()}},
            QStringLiteral("Parking garage occupancy"),
            QStringLiteral("Free spaces in five city garages every ten minutes through September 2024."),
            QStringLiteral("ODbL-1.0"), {QStringLiteral("mobility"), QStringLiteral("parking")}, 2, 10, 5000},
        {QStringLiteral("tram-ridership"), {{QStringLiteral("ridership.csv"), tramRidership()}},
            QStringLiteral("Tram ridership by stop"),
            QStringLiteral("Daily boardings and alightings at five stops of four tram lines, April and May 2024, "
                           "from the operator's gate counters."),
            QStringLiteral("CC-BY-4.0"), {QStringLiteral("mobility"), QStringLiteral("transit")}, 3, 5},
    };
}

// A dataset whose datapackage.json another tool wrote: the same files, but its first table
// claims more rows than it has. Prepared as the app prepares one, then its metadata rewritten
// and content-addressed again before anything is uploaded.
Result<dao::PublishedDataset> publishWithClaimedRows(const dao::PublicationRequest &request, qint64 rows,
    const QString &carFolder, const dao::DaoProfile &profile, dao::PublicationPorts &ports)
{
    auto prepared = dao::prepareDataset(request.path, request.description, carFolder);
    if (!prepared)
        return prepared.error();
    QJsonObject package = prepared.value().dataPackage;
    QJsonArray resources = package.value(u"resources").toArray();
    QJsonObject first = resources.first().toObject();
    QJsonObject stats = first.value(u"stats").toObject();
    stats.insert(QStringLiteral("rows"), rows);
    first.insert(QStringLiteral("stats"), stats);
    resources.replace(0, first);
    package.insert(QStringLiteral("resources"), resources);
    const QString metadataPath = QDir(carFolder).filePath(QStringLiteral("datapackage.json"));
    if (auto written = writeFile(metadataPath, QJsonDocument(package).toJson(QJsonDocument::Indented)); !written)
        return written.error();
    auto metadata
        = storage::writeCar(metadataPath, prepared.value().metadataCar, storage::ImportProfile::unixfsV1_2025());
    if (!metadata)
        return metadata.error();
    prepared.value().dataPackage = package;
    prepared.value().metadata = metadata.value();
    const QString recordFile = QDir(carFolder).filePath(QStringLiteral("pending.json"));
    const dao::PendingPublication record = dao::PendingPublication::fromPrepared(
        prepared.value(), request.path, request.account, request.price, request.stake, profile);
    if (auto saved = dao::savePendingPublication(recordFile, record); !saved)
        return saved.error();
    return dao::continuePublication(record, recordFile, profile, ports);
}

} // namespace

Result<QStringList> seedDemoDatasets(eth::JsonRpcClient &client, const dao::DaoProfile &profile,
    const QList<crypto::PrivateKey> &keys, const QString &work, const QString &journalFile)
{
    const auto &abis = dao::DaoAbis::load();
    if (!abis)
        return abis.error();
    if (keys.size() < 5)
        return Result<QStringList>::failure(QStringLiteral("The demo catalog needs five funded accounts."));
    // Every demo transaction goes the way a member's does: through the transaction service.
    CliRequester requester(client, profile, keys, journalFile, false);
    if (auto opened = requester.open(); !opened)
        return opened.error();
    CliPublicationHost host(0, false);
    dao::PublicationPorts ports {client, requester, host, QStringLiteral("DATA"), {}, {}};
    const QList<Demo> demos = demoCatalog();
    QStringList lines;
    QList<quint64> ids;
    for (const Demo &demo : demos) {
        const QString folder = QDir(work).filePath(demo.folder);
        for (const auto &[name, bytes] : demo.files) {
            if (auto written = writeFile(QDir(folder).filePath(name), bytes); !written)
                return written.error();
        }
        const crypto::Address contributor = keys[demo.contributor].address();
        quality::DatasetDescription description;
        description.title = demo.title;
        description.description = demo.description;
        description.licenseId = demo.license;
        description.keywords = demo.keywords;
        description.contributors = {{QStringLiteral("Contributor"),
            QStringLiteral("ethereum:") + contributor.toChecksumString(), {QStringLiteral("creator")}}};
        const QString carFolder = QDir(work).filePath(demo.folder + QStringLiteral(".work"));
        const dao::PublicationRequest request {folder, description, contributor, tokens(demo.price), tokens(100)};
        auto published = demo.claimedRows > 0
            ? publishWithClaimedRows(request, demo.claimedRows, carFolder, profile, ports)
            : dao::publishDataset(
                request, QDir(carFolder).filePath(QStringLiteral("pending.json")), carFolder, profile, ports);
        if (!published)
            return Result<QStringList>::failure(QStringLiteral("%1: %2").arg(demo.title, published.message()));
        ids.append(published.value().id);
        lines.append(QStringLiteral("  #%1  %2 (%3)")
                         .arg(published.value().id)
                         .arg(demo.title, published.value().content.toString()));
    }

    // Account 0 funds the curation rewards pool. The curators: accounts 1 and 3 approve the
    // weather stations and reject the meter readings; 0 and 1 reject the tram ridership, which its
    // contributor (3) appeals to the token holders, and proposes to overturn (voting is open).
    // Account 4 buys access to the weather stations. The rest waits in the queue.
    eth::ChainSession chain(client, std::chrono::seconds(30));
    auto funding = dao::fundPoolAsks(chain, profile, keys[0].address(), tokens(10000), QStringLiteral("DATA"));
    if (!funding)
        return funding.error();
    if (auto funded = dao::sendInOrder(requester, funding.value()); !funded)
        return funded.error();
    auto review = [&](int curator, quint64 id, dao::ReviewReason reason, const QString &text, int slash) {
        auto ask = dao::reviewAsk(profile, keys[curator].address(),
            {id, demos[int(id - 1)].title, reason == dao::ReviewReason::None, reason, text, QString(), slash});
        if (!ask)
            return Status(ask.error());
        auto sent = requester.send(ask.value());
        return sent ? success() : Status(sent.error());
    };
    const quint64 weather = ids[0], meters = ids[3], trams = ids[8];
    for (int curator : {1, 3}) {
        if (auto approved
            = review(curator, weather, dao::ReviewReason::None, QStringLiteral("Complete year, documented gaps."), 0);
            !approved)
            return approved.error();
        if (auto rejected = review(curator, meters, dao::ReviewReason::PersonalData,
                QStringLiteral("Meter ids are not anonymised; resubmit hashed."), 1000);
            !rejected)
            return rejected.error();
    }
    for (int curator : {0, 1}) {
        if (auto rejected = review(curator, trams, dao::ReviewReason::LowQuality,
                QStringLiteral("Boardings and alightings never balance; the counts look invented."), 2000);
            !rejected)
            return rejected.error();
    }
    auto appeal = dao::appealAsks(chain, profile, keys[3].address(), trams, demos[8].title,
        QStringLiteral("Gate counters count each direction apart; the operator's method note explains it."),
        QStringLiteral("DATA"));
    if (!appeal)
        return appeal.error();
    if (auto appealed = dao::sendInOrder(requester, appeal.value()); !appealed)
        return appealed.error();
    // The token holders' side of the appeal: a proposal built by the builder's own preset.
    auto overturn = dao::presetActions(QStringLiteral("resolve-appeal"),
        {{QStringLiteral("dataset"), QString::number(trams)}, {QStringLiteral("decision"), QStringLiteral("0")}},
        {profile, abis.value(), nullptr, QStringLiteral("DATA")});
    if (!overturn)
        return overturn.error();
    const QString title = QStringLiteral("Overturn the rejection of dataset #%1 (%2)").arg(trams).arg(demos[8].title);
    const QString body = QStringLiteral(
        "The curators read boardings and alightings as one count; the operator's gates count each direction "
        "apart, which is why they never balance. Approve the dataset and return the appeal deposit.");
    const dao::ProposalAction &action = overturn.value().first().action;
    auto proposal
        = dao::proposeAsk(profile, keys[3].address(), title, body, {action}, {overturn.value().first().words});
    if (!proposal)
        return proposal.error();
    if (auto proposed = requester.send(proposal.value()); !proposed)
        return proposed.error();
    // Past the voting delay, so that the token holders can vote on it now.
    const eth::ContractAbi &governor = abis.value().governor;
    auto readGovernor = [&](const QString &function, const AbiValue::List &args) -> Result<eth::UInt256> {
        auto answer = chain.ethCall(crypto::Address(),
            eth::TxRequest {profile.governor, {}, governor.encodeCall(function, args).value(), &governor});
        if (!answer)
            return answer.error();
        auto values = governor.decodeResult(function, answer.value());
        if (!values || values.value().empty())
            return Result<eth::UInt256>::failure(
                QStringLiteral("The governor's %1 answer is not understood.").arg(function));
        return values.value()[0].asNumber();
    };
    auto delay = readGovernor(QStringLiteral("votingDelay"), {});
    if (!delay)
        return delay.error();
    if (auto mined = chain.call(QStringLiteral("anvil_mine"), {(delay.value() + eth::UInt256(1)).toHex()}); !mined)
        return mined.error();
    auto proposalId = readGovernor(QStringLiteral("hashProposal"),
        {AbiValue::list({AbiValue::bytes(action.target.bytes())}), AbiValue::list({AbiValue::number(action.value)}),
            AbiValue::list({AbiValue::bytes(action.calldata)}),
            AbiValue::bytes(crypto::keccak256(QStringLiteral("# %1\n\n%2").arg(title, body).toUtf8()))});
    if (!proposalId)
        return proposalId.error();
    auto state = readGovernor(QStringLiteral("state"), {AbiValue::number(proposalId.value())});
    if (!state)
        return state.error();
    lines.append(QStringLiteral("  #%1 is appealed; the proposal to overturn it is %2")
                     .arg(trams)
                     .arg(dao::proposalStateName(int(state.value().low64()))));

    auto bought = dao::buyAccess(chain, requester, profile,
        {weather, demos.first().title, tokens(demos.first().price), keys[4].address()}, QStringLiteral("DATA"));
    if (!bought)
        return bought.error();
    return lines;
}

} // namespace dd::cli
