#include "datasets/catalogview.h"

#include "common/displayformat.h"
#include "datasets/catalogcontroller.h"

#include "quality/tableprofile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QLocale>

namespace dd::app {

// A size class's bytes, as the list shows sizes (SI); each bound belongs to the class above it.
// (-1, -1) for any size.
std::pair<qint64, qint64> sizeBounds(const QString &sizeClass)
{
    constexpr qint64 mb = 1000 * 1000;
    if (sizeClass == QLatin1String("small"))
        return {-1, mb - 1};
    if (sizeClass == QLatin1String("medium"))
        return {mb, 100 * mb - 1};
    if (sizeClass == QLatin1String("large"))
        return {100 * mb, 1000 * mb - 1};
    if (sizeClass == QLatin1String("huge"))
        return {1000 * mb, -1};
    return {-1, -1};
}

QString statusLabel(cache::DatasetStatus status)
{
    switch (status) {
    case cache::DatasetStatus::Pending:
        return CatalogController::tr("In review");
    case cache::DatasetStatus::Approved:
        return CatalogController::tr("Approved");
    case cache::DatasetStatus::Rejected:
        return CatalogController::tr("Rejected");
    case cache::DatasetStatus::Withdrawn:
        return CatalogController::tr("Withdrawn");
    case cache::DatasetStatus::None:
        break;
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariantMap entryMap(const cache::CatalogEntry &e, const QString &symbol)
{
    const eth::UInt256 price = eth::UInt256::fromDecimal(e.accessPrice).value_or(eth::UInt256());
    QString title = e.title;
    QString metadataNote;
    if (e.metadataState == cache::MetadataState::Pending)
        metadataNote = CatalogController::tr("Reading its metadata…");
    else if (e.metadataState != cache::MetadataState::Ready)
        metadataNote = CatalogController::tr("Metadata unavailable: %1").arg(e.metadataError);
    if (title.isEmpty())
        title = CatalogController::tr("Dataset #%1").arg(e.id);
    return {{QStringLiteral("id"), qint64(e.id)}, {QStringLiteral("title"), title},
        {QStringLiteral("description"), e.description}, {QStringLiteral("status"), int(e.status)},
        {QStringLiteral("statusLabel"), statusLabel(e.status)}, {QStringLiteral("license"), e.license},
        {QStringLiteral("size"), double(e.size)}, {QStringLiteral("sizeText"), sizeText(e.size)},
        {QStringLiteral("price"), e.accessPrice},
        {QStringLiteral("priceText"),
            price.isZero() ? CatalogController::tr("Free") : displayAmount(price, 18) + QLatin1Char(' ') + symbol},
        {QStringLiteral("contributor"), e.contributor}, {QStringLiteral("contentCid"), e.contentCid},
        {QStringLiteral("metadataCid"), e.metadataCid}, {QStringLiteral("formats"), e.formats},
        {QStringLiteral("keywords"), e.keywords}, {QStringLiteral("metadataNote"), metadataNote},
        {QStringLiteral("purchases"), qint64(e.purchases)}, {QStringLiteral("reviewReason"), e.reviewReason},
        {QStringLiteral("submittedTx"), e.submittedTx}, {QStringLiteral("stake"), e.stake},
        {QStringLiteral("stakeText"),
            displayAmount(eth::UInt256::fromDecimal(e.stake).value_or(eth::UInt256()), 18) + QLatin1Char(' ') + symbol},
        // The registry gives a dataset back to its contributor only before any curator reviews it.
        {QStringLiteral("withdrawable"),
            e.status == cache::DatasetStatus::Pending && e.approvals == 0 && e.rejections == 0 && e.round == 0}};
}

// The resources of a Data Package as the dataset page lists them, with their schema fields.
QVariantList resourcesOf(const QJsonObject &metadata)
{
    QVariantList out;
    for (const QJsonValue &value : metadata.value(u"resources").toArray()) {
        const QJsonObject r = value.toObject();
        QVariantList fields;
        for (const QJsonValue &f : r.value(u"schema").toObject().value(u"fields").toArray())
            fields.append(QVariantMap {{QStringLiteral("name"), f.toObject().value(u"name").toString()},
                {QStringLiteral("type"), f.toObject().value(u"type").toString()}});
        out.append(QVariantMap {{QStringLiteral("path"), r.value(u"path").toString()},
            {QStringLiteral("format"), r.value(u"format").toString()},
            {QStringLiteral("sizeText"), sizeText(qint64(r.value(u"bytes").toDouble()))},
            {QStringLiteral("table"), r.value(u"type").toString() == QLatin1String("table")},
            {QStringLiteral("fields"), fields}});
    }
    return out;
}

TablePreview tablePreview(QByteArray sample, int maxRows)
{
    // Whole lines only: the sample may end inside one.
    if (sample.size() >= 64 * 1024 && sample.lastIndexOf('\n') > 0)
        sample.truncate(sample.lastIndexOf('\n') + 1);
    QBuffer buffer(&sample);
    buffer.open(QIODevice::ReadOnly);
    TablePreview out;
    auto table = quality::profileTable(buffer, quality::detectDialect(sample));
    if (!table)
        return out;
    for (const quality::ColumnProfile &c : table.value().columns)
        out.columns.append(c.name);
    out.rows = table.value().preview.mid(0, maxRows);
    return out;
}

} // namespace dd::app
