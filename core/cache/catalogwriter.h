#pragma once

// The dataset catalog's side of the DAO cache: DatasetRegistry events stored as they came, each
// touched dataset's row rebuilt from all its events (so a batch and a reorg rollback take the
// same path), the metadata file's verified contents once fetched, and the full-text index.
// Called inside the governance writer's transactions, on the indexer's thread.

#include "cache/cachedatabase.h"
#include "cache/governancerecords.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace dd::cache {

enum class DatasetStatus { None = 0, Pending = 1, Approved = 2, Rejected = 3, Withdrawn = 4 };
QString datasetStatusName(DatasetStatus status);

// Where a dataset stands in curation: DatasetCuration.Stage, in the same order.
enum class CurationStage {
    None = 0, // no review yet (a pending dataset waits for its first)
    InReview = 1,
    AwaitingGovernance = 2, // a tie, or the review period ran out
    Approved = 3,
    Rejected = 4,
    Appealed = 5,
    Overturned = 6, // rejected, then approved by governance on appeal
};
QString curationStageName(CurationStage stage);

enum class MetadataState {
    Pending = 0, // not fetched yet
    Ready = 1, // fetched, verified against its CID, and a Data Package
    Retrying = 2, // could not be fetched yet (the gateway lacks it, the network failed)
    Invalid = 3, // fetched and verified, but not a Data Package: it will never change
};

// One dataset as the catalog holds it: what its registry events left, and what its metadata
// file says once read.
struct CatalogEntry {
    quint64 id = 0;
    QString contributor;
    QString contentCid;
    QString metadataCid;
    qint64 size = 0;
    QString license;
    QString accessPrice; // wei, decimal
    QString stake;
    DatasetStatus status = DatasetStatus::None;
    qint64 submittedBlock = 0;
    QString submittedTx;
    QString reviewer;
    QString reviewReason;
    QString reportCid;
    qint64 purchases = 0;
    // Curation, from the curation contract's events (times are block timestamps, seconds).
    CurationStage stage = CurationStage::None;
    int round = 0; // a challenge opens the next
    int approvals = 0; // this round's
    int rejections = 0;
    qint64 submittedAt = 0;
    qint64 openedAt = 0; // the round's start: the review period counts from it
    qint64 decidedAt = 0; // the appeal window counts from it (0: none open)
    QString slashed; // wei taken from the stake on rejection
    MetadataState metadataState = MetadataState::Pending;
    QString metadataError;
    QString title; // from the metadata file; empty until it arrives
    QString description;
    QStringList keywords;
    QStringList formats;
    QJsonObject metadata; // the whole datapackage.json (dataset() only)
};

namespace catalog {

Status storeEvents(QSqlDatabase &db, const QList<DatasetEventRecord> &events);
// Rebuilds the rows (and search entries) of these datasets from their stored events.
Status rebuild(QSqlDatabase &db, const QSet<quint64> &ids);
// Forgets events from block fork on and rebuilds the datasets they touched.
Status rollbackFrom(QSqlDatabase &db, quint64 fork);

} // namespace catalog

// Metadata files to fetch: (dataset id, metadata CID), fewest attempts first.
struct PendingMetadata {
    quint64 id = 0;
    QString metadataCid;
    int attempts = 0;
};

class CatalogWriter {
public:
    explicit CatalogWriter(CacheDatabase &database) : m_database(database) { }

    Result<QList<PendingMetadata>> pendingMetadata(int maxAttempts);
    // The metadata file's verified bytes, read as a Data Package (or refused: Invalid).
    Status setMetadata(quint64 id, const QString &metadataCid, const QByteArray &json);
    Status setMetadataFailed(quint64 id, const QString &metadataCid, const QString &why, bool permanent);

private:
    CacheDatabase &m_database;
};

} // namespace dd::cache
