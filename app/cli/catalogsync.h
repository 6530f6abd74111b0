#pragma once

// What the dataset and curation commands share: the DAO profile (which must name a registry),
// the member's data folders, and bringing the catalog cache up to date before it is read.

#include "cli/commandline.h"
#include "common/result.h"
#include "dao/daoprofile.h"

namespace dd::cli {

// ~/.local/share/datadao/<name>: the block store, the publications' work folders.
QString dataDirectory(const char *name);
// --profile, refused in words when it names no dataset registry.
Result<dao::DaoProfile> profileOf(const CommandLine &cl);
// Brings the catalog cache (--cache, or one per DAO) up to date: registry and curation events,
// then the metadata files still missing. Its path.
Result<QString> syncCatalog(const CommandLine &cl, const dao::DaoProfile &profile);

} // namespace dd::cli
