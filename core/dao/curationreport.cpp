#include "dao/curationreport.h"

#include "storage/blockingtransfer.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace dd::dao {

Result<quality::QualityReport> curationReport(cache::CatalogReader &catalog, const cache::CatalogEntry &dataset,
    const quality::Inspection &measured, const QString &tool)
{
    quality::QualityReport report;
    report.datasetId = dataset.id;
    report.title = dataset.title;
    report.contentCid = dataset.contentCid;
    report.measuredAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    report.tool = tool;
    report.measured = measured;
    report.differences = quality::compareWithClaims(measured, dataset.metadata, dataset.license, dataset.size);
    cache::CatalogQuery all;
    all.limit = 100000;
    auto others = catalog.search(all);
    if (!others)
        return others.error();
    QList<quality::KnownDataset> known;
    for (const cache::CatalogEntry &other : others.value()) {
        auto full = catalog.dataset(other.id);
        quality::KnownDataset k {other.id, other.title, other.contentCid, {}, {}};
        for (const QJsonValue &r : full ? full.value().metadata.value(u"resources").toArray() : QJsonArray())
            k.fileSha256.append(r.toObject().value(u"hash").toString().remove(QStringLiteral("sha256:")));
        known.append(k);
    }
    report.duplicates = quality::findDuplicates(measured, dataset.contentCid, dataset.id, known);
    return report;
}

} // namespace dd::dao

namespace dd::dao {

namespace {

Status writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
    return success();
}

} // namespace

Result<quality::QualityReport> prepareCurationReport(
    const ReportRequest &request, const ReportProgress &progress, const std::atomic_bool *cancel)
{
    auto report = [&](double fraction, const QString &step) {
        if (progress)
            progress(fraction, step);
    };
    const QDir folder(request.folder);
    if (!folder.mkpath(QStringLiteral(".")))
        return Result<quality::QualityReport>::failure(QStringLiteral("%1 cannot be created.").arg(folder.path()));
    auto cid = storage::Cid::parse(request.dataset.contentCid);
    if (!cid)
        return Result<quality::QualityReport>::failure(
            QStringLiteral("Dataset #%1's content CID is not valid.").arg(request.dataset.id));
    const QString data = folder.filePath(QStringLiteral("data"));
    // A download that stopped is continued from the blocks the store kept; one that finished is
    // measured again as it is (the download refuses an output that is not this DAG whole).
    report(0, QStringLiteral("Downloading and verifying the files"));
    if (auto downloaded = storage::downloadContent(
            storage::BlockStore(request.storeDirectory), cid.value(), request.profile.gateways, data,
            [&](quint64 done, quint64 total) {
                report(total > 0 ? 0.5 * double(done) / double(total) : 0,
                    QStringLiteral("Downloading and verifying the files"));
            },
            cancel);
        !downloaded)
        return downloaded.error();
    auto measured = quality::inspectPath(
        data,
        [&](qint64 done, qint64 total, const QString &file) {
            report(
                0.5 + (total > 0 ? 0.45 * double(done) / double(total) : 0), QStringLiteral("Inspecting %1").arg(file));
        },
        cancel);
    if (!measured)
        return measured.error();
    report(0.95, QStringLiteral("Comparing with the metadata and the catalog"));
    cache::CacheDatabase database(request.cachePath,
        QStringLiteral("report-") + QUuid::createUuid().toString(QUuid::Id128), cache::CacheDatabase::Role::Reader);
    if (auto opened = database.open(); !opened)
        return opened.error();
    cache::CatalogReader catalog(database);
    auto built = curationReport(catalog, request.dataset, measured.value(), request.tool);
    if (!built)
        return built.error();
    const QByteArray json = QJsonDocument(quality::qualityReportToJson(built.value())).toJson(QJsonDocument::Indented);
    for (const Status &written : {writeWhole(folder.filePath(QStringLiteral("report.json")), json),
             writeWhole(
                 folder.filePath(QStringLiteral("report.md")), quality::qualityReportText(built.value()).toUtf8())})
        if (!written)
            return written.error();
    report(1, QStringLiteral("Report written"));
    return built;
}

Result<QString> publishCurationReport(
    const quality::QualityReport &report, const QString &folder, const QUrl &storageApi, const std::atomic_bool *cancel)
{
    if (storageApi.isEmpty())
        return Result<QString>::failure(
            QStringLiteral("The DAO profile names no storage node to publish to (storage.api)."));
    const QDir dir(folder);
    auto reportCid = storage::storeFile(dir.filePath(QStringLiteral("report.json")), storageApi, cancel);
    if (!reportCid)
        return reportCid.error();
    const quality::Evidence evidence {QStringLiteral("Quality report on dataset #%1").arg(report.datasetId),
        QStringLiteral("%1 differences from its metadata, %2 duplicates; measured by %3 from the files of %4.")
            .arg(report.differences.size())
            .arg(report.duplicates.size())
            .arg(report.tool, report.contentCid),
        QStringLiteral("/ipfs/") + reportCid.value(), reportCid.value(), QStringLiteral("json")};
    const QString evidencePath = dir.filePath(QStringLiteral("evidence.json"));
    if (auto written
        = writeWhole(evidencePath, QJsonDocument(quality::evidenceToJson(evidence)).toJson(QJsonDocument::Indented));
        !written)
        return written.error();
    auto evidenceCid = storage::storeFile(evidencePath, storageApi, cancel);
    if (!evidenceCid)
        return evidenceCid.error();
    return QStringLiteral("ipfs://") + evidenceCid.value();
}

ReviewReason suggestedReason(const quality::QualityReport &report)
{
    for (const quality::FileInspection &file : report.measured.files)
        if (file.table)
            for (const quality::ColumnProfile &column : file.table->columns)
                if (!column.personalData.isEmpty())
                    return ReviewReason::PersonalData;
    if (!report.duplicates.isEmpty())
        return ReviewReason::DuplicatesRegistered;
    bool failedClaim = false;
    for (const quality::ClaimDifference &d : report.differences) {
        if (d.severity != quality::Severity::Error)
            continue;
        if (d.what == QLatin1String("license"))
            return ReviewReason::LicenseUnclear;
        failedClaim = true;
    }
    if (report.measured.hasErrors())
        return ReviewReason::MalformedFiles;
    return failedClaim ? ReviewReason::DoesNotMatchDescription : ReviewReason::None;
}

} // namespace dd::dao
