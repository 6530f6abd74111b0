#include "cachefiles.h"

#include "cache/cachedatabase.h"
#include "cache/catalogwriter.h"
#include "cache/governancewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd::test {

namespace {

bool apply(const QString &path, const cache::EventBatch &batch)
{
    cache::CacheDatabase database(path, QStringLiteral("test-writer"), cache::CacheDatabase::Role::Writer);
    if (!database.open())
        return false;
    return bool(cache::GovernanceWriter(database).apply(batch));
}

} // namespace

cache::ProposalCreatedRecord proposalRecord(const eth::UInt256 &id, const QString &description,
    const crypto::Address &proposer, const crypto::Address &target, const QByteArray &calldata, quint64 block)
{
    cache::ProposalCreatedRecord created;
    created.at = {block, 0, QStringLiteral("0x%1").arg(block, 64, 16, QLatin1Char('0'))};
    created.id = id;
    created.proposer = proposer;
    created.actions = {{target, {}, {}, calldata}};
    created.voteStart = block + 1;
    created.voteEnd = block + 5;
    created.description = description;
    return created;
}

bool writeProposals(const QString &path, const QList<cache::ProposalCreatedRecord> &proposals)
{
    cache::EventBatch batch;
    batch.proposals = proposals;
    for (const auto &p : proposals)
        batch.toBlock = std::max(batch.toBlock, p.at.block);
    return apply(path, batch);
}

bool writeDatasets(const QString &path, const QList<DatasetFixture> &datasets)
{
    cache::EventBatch batch;
    for (const DatasetFixture &d : datasets) {
        cache::DatasetEventRecord submitted;
        submitted.at = {d.id + 10, 0, QStringLiteral("0x%1").arg(d.id, 64, 16, QLatin1Char('0'))};
        submitted.datasetId = d.id;
        submitted.kind = QStringLiteral("submitted");
        submitted.actor = d.contributor;
        submitted.data = {{QStringLiteral("contentCid"),
                              d.contentCid.isEmpty() ? QStringLiteral("bafycontent%1").arg(d.id) : d.contentCid},
            {QStringLiteral("metadataCid"), QStringLiteral("bafkmeta%1").arg(d.id)},
            {QStringLiteral("size"), double(d.size)}, {QStringLiteral("license"), d.license},
            {QStringLiteral("accessPrice"), d.accessPriceWei},
            {QStringLiteral("stake"), QStringLiteral("100000000000000000000")}};
        batch.datasetEvents.append(submitted);
        if (d.reviewedStatus != 0) {
            cache::DatasetEventRecord reviewed = submitted;
            reviewed.at.logIndex = 1;
            reviewed.kind = QStringLiteral("reviewed");
            reviewed.data = {{QStringLiteral("status"), d.reviewedStatus},
                {QStringLiteral("reason"), QStringLiteral("Checked by a curator.")}};
            batch.datasetEvents.append(reviewed);
        }
        batch.toBlock = std::max(batch.toBlock, submitted.at.block);
    }
    if (!apply(path, batch))
        return false;
    cache::CacheDatabase database(path, QStringLiteral("test-writer"), cache::CacheDatabase::Role::Writer);
    if (!database.open())
        return false;
    cache::CatalogWriter writer(database);
    for (const DatasetFixture &d : datasets) {
        QJsonObject resource {
            {QStringLiteral("path"), QStringLiteral("data.") + d.format}, {QStringLiteral("format"), d.format}};
        if (d.table)
            resource.insert(QStringLiteral("type"), QStringLiteral("table"));
        const QJsonObject package {{QStringLiteral("name"), QStringLiteral("set-%1").arg(d.id)},
            {QStringLiteral("title"), d.title}, {QStringLiteral("description"), QStringLiteral("About ") + d.title},
            {QStringLiteral("resources"), QJsonArray {resource}}};
        if (!writer.setMetadata(
                d.id, QStringLiteral("bafkmeta%1").arg(d.id), QJsonDocument(package).toJson(QJsonDocument::Compact)))
            return false;
    }
    return true;
}

} // namespace dd::test
