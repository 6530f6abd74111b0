#pragma once

// A curator's quality report on a dataset, written once for the window and `datadao-cli
// curation report`: what was measured in the downloaded files, against the dataset's metadata
// and registry entry, and against every dataset the catalog holds (for duplicates).

#include "cache/catalogreader.h"
#include "quality/qualityreport.h"

namespace dd::dao {

Result<quality::QualityReport> curationReport(cache::CatalogReader &catalog, const cache::CatalogEntry &dataset,
    const quality::Inspection &measured, const QString &tool);

} // namespace dd::dao
