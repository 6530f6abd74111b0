#include "cli/demodatasets.h"

#include "cli/clitransactions.h"

#include "dao/daodeployer.h"
#include "dao/datasetaccess.h"
#include "dao/publicationjob.h"
#include "eth/units.h"

#include <QDir>
#include <QFile>

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

// Deterministic numbers for the demo tables: the same devnet gets the same CIDs.
struct Sequence {
    quint32 state;
    int next(int range)
    {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(range));
    }
};

QByteArray weatherReadings()
{
    QByteArray out("station,day,temp_c,precip_mm\n");
    const char *stations[] = {"Alpine", "Bay", "Coast", "Delta", "Estuary"};
    Sequence r {7};
    for (int day = 0; day < 365; ++day) {
        const QByteArray date = QDate(2024, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        for (const char *station : stations) {
            const int temp = r.next(400) - 100; // tenths of a degree
            const QByteArray precip = r.next(10) == 0 ? QByteArray() : QByteArray::number(r.next(300) / 10.0, 'f', 1);
            out += QByteArray(station) + ',' + date + ',' + QByteArray::number(temp / 10.0, 'f', 1) + ',' + precip
                + '\n';
        }
    }
    return out;
}

QByteArray airQuality()
{
    QByteArray out;
    Sequence r {11};
    for (int i = 0; i < 2000; ++i)
        out += QByteArray(R"({"sensor":"S-)") + QByteArray::number(1 + i % 12) + R"(","time":")"
            + QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).addSecs(i * 900).toString(Qt::ISODate).toLatin1()
            + R"(","pm25":)" + QByteArray::number(r.next(800) / 10.0, 'f', 1) + R"(,"no2":)"
            + QByteArray::number(r.next(120)) + "}\n";
    return out;
}

QByteArray streetTrees()
{
    QByteArray out("tree_id,species,planted,height_m,district\n");
    const char *species[] = {"Quercus robur", "Tilia cordata", "Acer platanoides", "Platanus x hispanica"};
    const char *districts[] = {"North", "Harbour", "Old Town", "Riverside"};
    Sequence r {23};
    for (int i = 1; i <= 800; ++i)
        out += "T" + QByteArray::number(10000 + i) + ',' + species[r.next(4)] + ','
            + QByteArray::number(1950 + r.next(74)) + ',' + QByteArray::number(2 + r.next(280) / 10.0, 'f', 1) + ','
            + districts[r.next(4)] + '\n';
    return out;
}

QByteArray meterReadings()
{
    // About 1.5 MB: a dataset in the 1-100 MB class.
    QByteArray out("meter,hour,kwh\n");
    Sequence r {31};
    for (int meter = 1; meter <= 12; ++meter)
        for (int hour = 0; hour < 24 * 182; ++hour)
            out += "M" + QByteArray::number(meter).rightJustified(3, '0') + ','
                + QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                      .addSecs(hour * 3600)
                      .toString(Qt::ISODate)
                      .toLatin1()
                + ',' + QByteArray::number(r.next(5000) / 1000.0, 'f', 3) + '\n';
    return out;
}

// A 1x1 PNG (the PNG spec's signature, IHDR, IDAT and IEND chunks).
QByteArray pixelPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
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
};

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
    const QList<Demo> demos {
        {QStringLiteral("weather-stations"),
            {{QStringLiteral("readings.csv"), weatherReadings()},
                {QStringLiteral("stations.csv"),
                    "station,lat,lon,elevation_m\nAlpine,47.37,8.54,1410\nBay,37.80,-122.42,5\nCoast,51.50,-3.18,"
                    "12\nDelta,29.95,-90.07,2\nEstuary,53.55,9.99,8\n"}},
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
    };
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
        auto published = dao::publishDataset({folder, description, contributor, tokens(demo.price), tokens(100)},
            QDir(carFolder).filePath(QStringLiteral("pending.json")), carFolder, profile, ports);
        if (!published)
            return Result<QStringList>::failure(QStringLiteral("%1: %2").arg(demo.title, published.message()));
        ids.append(published.value().id);
        lines.append(QStringLiteral("  #%1  %2 (%3)")
                         .arg(published.value().id)
                         .arg(demo.title, published.value().content.toString()));
    }

    // Account 0 funds the curation rewards pool; the curators (accounts 1 and 3, the quorum)
    // approve the first and reject the last with a reason; account 4 buys access to the first.
    const auto &token = abis.value().token;
    const auto &curation = abis.value().curation;
    auto send = [&](int from, const eth::ContractAbi &abi, const crypto::Address &to, const QString &function,
                    const eth::AbiValue::List &args, const QString &what) {
        return requester.send({keys[from].address(),
            eth::TxRequest {to, {}, abi.encodeCall(function, args).value(), &abi}, what, abi.name(), {}, {}});
    };
    const eth::AbiValue poolFunds = AbiValue::number(tokens(10000));
    if (auto approved = send(0, token, profile.token, QStringLiteral("approve"),
            {AbiValue::bytes(profile.datasetCuration.bytes()), poolFunds},
            QStringLiteral("Approve the curation rewards pool"));
        !approved)
        return approved.error();
    if (auto funded = send(0, curation, profile.datasetCuration, QStringLiteral("fund"), {poolFunds},
            QStringLiteral("Fund the curation rewards pool"));
        !funded)
        return funded.error();
    enum Reason { None = 0, PersonalData = 2 };
    auto review = [&](int curator, quint64 id, bool approve, const QString &reason) {
        return send(curator, curation, profile.datasetCuration, QStringLiteral("review"),
            {AbiValue::number(eth::UInt256(id)), AbiValue::boolean(approve),
                AbiValue::number(eth::UInt256(approve ? None : PersonalData)), AbiValue::text(reason),
                AbiValue::text(QString()), AbiValue::number(eth::UInt256(approve ? 0 : 1000))},
            QStringLiteral("Review dataset #%1").arg(id));
    };
    for (int curator : {1, 3}) {
        if (auto approved = review(curator, ids.first(), true, QStringLiteral("Complete year, documented gaps."));
            !approved)
            return approved.error();
        if (auto rejected
            = review(curator, ids.last(), false, QStringLiteral("Meter ids are not anonymised; resubmit hashed."));
            !rejected)
            return rejected.error();
    }
    eth::ChainSession chain(client, std::chrono::seconds(30));
    auto bought = dao::buyAccess(chain, requester, profile,
        {ids.first(), demos.first().title, tokens(demos.first().price), keys[4].address()}, QStringLiteral("DATA"));
    if (!bought)
        return bought.error();
    return lines;
}

} // namespace dd::cli
