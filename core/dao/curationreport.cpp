#include "dao/curationreport.h"

#include <QDateTime>
#include <QJsonArray>

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
