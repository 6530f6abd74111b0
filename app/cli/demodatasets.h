#pragma once

// The devnet's demo catalog (`devnet up --demo-datasets`, which scripts/run.sh uses): a few
// datasets made on the spot and published the way a member publishes (inspected, described as a
// Data Package, content-addressed, uploaded to the devnet's storage node, registered with a
// stake) by three members, with one reviewed each way by the curator and one bought, so that
// every part of the Datasets section has something to show.

#include "common/result.h"
#include "crypto/privatekey.h"
#include "dao/daoprofile.h"
#include "eth/chainsession.h"

namespace dd::cli {

// keys: the development phrase's accounts 0-4 (1 is the curator). work: a folder for the files
// and their CARs. journalFile: the transaction journal, beside the devnet's profile. Returns one
// line per dataset, for the command's output.
Result<QStringList> seedDemoDatasets(eth::JsonRpcClient &client, const dao::DaoProfile &profile,
    const QList<crypto::PrivateKey> &keys, const QString &work, const QString &journalFile);

} // namespace dd::cli
