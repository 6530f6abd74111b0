#pragma once

// What the dataset and curation commands share: the DAO profile (which must name a registry),
// the member's data folders, and bringing the catalog cache up to date before it is read.

#include "cache/catalogwriter.h"
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

// Downloads the dataset's content from the profile's gateways to output, every block checked
// against the CID the registry holds (the next gateway continues from what arrived).
Status downloadDataset(
    const CommandLine &cl, const dao::DaoProfile &profile, const cache::CatalogEntry &entry, const QString &output);

} // namespace dd::cli
