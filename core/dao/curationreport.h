#pragma once

// A curator's quality report on a dataset, written once for the window and `datadao-cli
// curation report`: the dataset downloaded again (every block verified against its CID),
// inspected here, compared with its metadata and registry entry and with every dataset the
// catalog holds (for duplicates); written as report.json and report.md; published with an
// ERC-1497 evidence file whose ipfs:// URI goes on chain with the review. The steps block:
// run them off the GUI thread.

#include "cache/catalogreader.h"
#include "dao/curationcalls.h"
#include "dao/daoprofile.h"
#include "quality/qualityreport.h"

#include <atomic>
#include <functional>

namespace dd::dao {

// The report from what was measured: the claims compared, duplicates looked for.
Result<quality::QualityReport> curationReport(cache::CatalogReader &catalog, const cache::CatalogEntry &dataset,
    const quality::Inspection &measured, const QString &tool);

struct ReportRequest {
    DaoProfile profile; // its gateways
    cache::CatalogEntry dataset; // with its metadata
    QString cachePath; // the catalog, read for duplicates once the files are measured
    QString storeDirectory; // the block store downloads go through
    QString folder; // where data/, report.json and report.md are written
    QString tool; // "DataDAO Desktop 0.x"
};
// fraction of the whole (download, then inspection), and the step in words
using ReportProgress = std::function<void(double fraction, const QString &step)>;

// Downloads, inspects, compares, writes report.json and report.md into request.folder.
Result<quality::QualityReport> prepareCurationReport(
    const ReportRequest &request, const ReportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// The verdict a report points to, for the curator to confirm or change: None (approve) when it
// found nothing that fails a claim; otherwise the weightiest reason: personal data, a duplicate,
// the licence, malformed files, then any other claim the files do not hold.
ReviewReason suggestedReason(const quality::QualityReport &report);

// Stores report.json (already in folder) and an ERC-1497 evidence file describing it (written to
// folder/evidence.json) on the storage node; the evidence's ipfs:// URI.
Result<QString> publishCurationReport(const quality::QualityReport &report, const QString &folder,
    const QUrl &storageApi, const std::atomic_bool *cancel = nullptr);

} // namespace dd::dao
