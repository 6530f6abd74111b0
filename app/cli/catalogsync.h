#pragma once

// What the dataset and curation commands share: the DAO profile (which must name a registry),
// the member's data folders, and bringing the catalog cache up to date before it is read.

#include "cache/catalogwriter.h"
#include "cli/commandline.h"
#include "common/result.h"
#include "crypto/privatekey.h"
#include "dao/daoprofile.h"

namespace dd::cli {

// ~/.local/share/datadao/<name>: the block store, the publications' work folders.
QString dataDirectory(const char *name);
// --profile, refused in words when it names no dataset registry.
Result<dao::DaoProfile> profileOf(const CommandLine &cl);
// Brings the catalog cache (--cache, or one per DAO) up to date: registry and curation events,
// then the metadata files still missing. Its path.
Result<QString> syncCatalog(const CommandLine &cl, const dao::DaoProfile &profile);

// The DAO token's symbol ("DATA"), read from its contract: what amounts are printed in.
Result<QString> tokenSymbolOf(const dao::DaoProfile &profile);

// The dataset as the catalog cache holds it, synced first.
Result<cache::CatalogEntry> catalogEntry(const CommandLine &cl, const dao::DaoProfile &profile, quint64 id);

// What a command that sends for the DAO starts from: the profile, the signer, the token's symbol
// as its contract says it, and (when the command names one) the dataset as the synced catalog
// holds it.
struct DatasetTarget {
    dao::DaoProfile profile;
    crypto::PrivateKey key;
    QString symbol; // "DATA"
    quint64 id = 0; // 0: the command names no dataset
    cache::CatalogEntry entry;
    QString title() const { return entry.title.isEmpty() ? QStringLiteral("#%1").arg(id) : entry.title; }
};
enum class TargetNeeds {
    Registry, // the profile names a dataset registry (profileOf)
    Curation, // and a curation contract
};
enum class TargetNames { Dataset, Nothing };
// The dataset's number is the first positional argument when names is Dataset.
Result<DatasetTarget> datasetTargetOf(
    const CommandLine &cl, TargetNeeds needs = TargetNeeds::Registry, TargetNames names = TargetNames::Dataset);

// Downloads the dataset's content from the profile's gateways to output, every block checked
// against the CID the registry holds (the next gateway continues from what arrived).
Status downloadDataset(
    const CommandLine &cl, const dao::DaoProfile &profile, const cache::CatalogEntry &entry, const QString &output);

} // namespace dd::cli
