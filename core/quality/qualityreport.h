#pragma once

// A curator's independent quality report on a dataset: what the curator's own app measured in
// the downloaded files (never the contributor's report), every difference from what the
// dataset's metadata claims (files, sizes, hashes, formats, schema, row counts, licence), and
// any registered dataset it duplicates (the same content or files exactly, or most rows by the
// row sketches). Published as JSON whose schema is resources/schemas/quality-report.schema.json,
// with a rendering a person reads, and referenced on chain through an ERC-1497 evidence file.
// readQualityReport and readEvidence read other curators' files: bounded, refused in words.

#include "common/result.h"
#include "quality/inspection.h"

#include <QJsonObject>

namespace dd::quality {

inline constexpr const char *qualityReportSchema = "https://datadao.dev/schemas/quality-report/1";

struct ClaimDifference {
    QString file; // the resource's path ("" about the whole dataset)
    QString what; // files, bytes, hash, format, schema, rows, license, size
    QString claimed;
    QString measured;
    Severity severity = Severity::Warning;
    QString words() const; // one sentence
};

// What the catalog knows of another dataset, to find duplicates.
struct KnownDataset {
    quint64 id = 0;
    QString title;
    QString contentCid;
    QStringList fileSha256; // hex, from its metadata's resources
    QList<QList<quint64>> rowSketches; // from a report on it, when one is known
};

struct DuplicateFinding {
    quint64 id = 0;
    QString title;
    QString how; // "same content", "same file", "most rows"
    double share = 1; // of rows, for near duplicates
};

struct QualityReport {
    quint64 datasetId = 0;
    QString title;
    QString contentCid;
    QString measuredAt; // ISO 8601, UTC
    QString tool; // "DataDAO Desktop 0.x"
    Inspection measured;
    QList<ClaimDifference> differences;
    QList<DuplicateFinding> duplicates;
    bool clean() const;
};

// The differences between measured files and a datapackage.json; registryLicense and
// registrySize are what the registry holds (empty / -1: not compared).
QList<ClaimDifference> compareWithClaims(
    const Inspection &measured, const QJsonObject &package, const QString &registryLicense, qint64 registrySize);

QList<DuplicateFinding> findDuplicates(
    const Inspection &measured, const QString &contentCid, quint64 selfId, const QList<KnownDataset> &known);

QJsonObject qualityReportToJson(const QualityReport &report);
// Markdown: the verdict's facts first, then each file.
QString qualityReportText(const QualityReport &report);

// What another curator's report says, as far as duplicates and display need it.
struct ReportSummary {
    quint64 datasetId = 0;
    QString contentCid;
    QStringList fileSha256;
    QList<QList<quint64>> rowSketches;
    int differences = 0;
    QJsonObject document;
};
Result<ReportSummary> readQualityReport(const QByteArray &json);

// ERC-1497 evidence (EIP issue 1497; Kleros' evidence standard): name, description, fileURI
// (/ipfs/<CID> of the report), fileHash (that CID), fileTypeExtension.
struct Evidence {
    QString name;
    QString description;
    QString fileUri;
    QString fileHash;
    QString fileTypeExtension;
};
QJsonObject evidenceToJson(const Evidence &evidence);
Result<Evidence> readEvidence(const QByteArray &json);

} // namespace dd::quality
