#pragma once

// Publishing a dataset, in the three steps the window shows one by one:
// 1. prepare: inspect the files (a report with errors stops here), write the Data Package,
//    import the files and the datapackage.json as UnixFS into CARs in a work folder;
// 2. upload both CARs to the DAO's storage node (storage::CarUpload, resumable by segment);
// 3. register on chain: approve the stake if the allowance is short, then
//    DatasetRegistry.submit(content CID, metadata CID, size, license, access price, stake).
// Each step is a plain function (blocking; run it off the GUI thread); PublicationJob runs them
// in order over the publication's record, for the window and datadao-cli alike.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"
#include "quality/datapackage.h"
#include "storage/cid.h"
#include "storage/unixfs.h"

#include <atomic>
#include <functional>

namespace dd::dao {

struct PreparedDataset {
    quality::Inspection inspection;
    quality::DatasetDescription description;
    QJsonObject dataPackage;
    storage::Cid content;
    storage::Cid metadata;
    QString contentCar; // paths in the work folder
    QString metadataCar;
    quint64 size = 0; // bytes of every file
};

// progress(bytes done, bytes total, what is happening in words)
using PrepareProgress = std::function<void(qint64 done, qint64 total, const QString &step)>;

Result<PreparedDataset> prepareDataset(const QString &path, const quality::DatasetDescription &description,
    const QString &workDirectory, const storage::ImportProfile &profile = storage::ImportProfile::unixfsV1_2025(),
    const PrepareProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

// A corrected version may only name a dataset of the same contributor: asks the registry who
// contributed replaces, and says in words when it is not contributor, or no such dataset is.
Status checkReplacement(
    eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &contributor, quint64 replaces);

// The transactions that register it: approve the stake (only when the allowance is short), then
// submit, each in the member's words.
Result<QList<TransactionAsk>> registrationAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &contributor, const PreparedDataset &dataset, const eth::UInt256 &accessPrice,
    const eth::UInt256 &stake, const QString &tokenSymbol);

// The dataset id a submit's receipt announces (its DatasetSubmitted event).
Result<quint64> submittedDatasetId(const DaoProfile &profile, const eth::Receipt &receipt);

} // namespace dd::dao
