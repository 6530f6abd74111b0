#pragma once

// DAO cache files as the chain sync writes them (through the cache's own writers), for the
// controllers that read them: proposals, and datasets with their metadata files.

#include "cache/governancerecords.h"

#include <QJsonObject>
#include <QString>

namespace dd::test {

// One dataset's registry submission and the Data Package its metadata file holds.
struct DatasetFixture {
    quint64 id = 0;
    crypto::Address contributor;
    QString title;
    QString license = QStringLiteral("CC-BY-4.0");
    QString format = QStringLiteral("csv");
    qint64 size = 1000;
    QString accessPriceWei = QStringLiteral("25000000000000000000");
    int reviewedStatus = 0; // 0: still in review; 2 approved, 3 rejected (DatasetRegistry's numbers)
    QString contentCid = {}; // empty: a made-up one
    bool table = false; // its one resource is a table (so its page previews it)
};

// Writes the proposals into the cache file at `path` (created if missing): true once written.
bool writeProposals(const QString &path, const QList<cache::ProposalCreatedRecord> &proposals);
// A proposal created at block `block` with one action: `calldata` to `target`.
cache::ProposalCreatedRecord proposalRecord(const eth::UInt256 &id, const QString &description,
    const crypto::Address &proposer, const crypto::Address &target, const QByteArray &calldata, quint64 block = 5);
// Writes the datasets' events and their metadata into the cache file at `path`.
bool writeDatasets(const QString &path, const QList<DatasetFixture> &datasets);

} // namespace dd::test
