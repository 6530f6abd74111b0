#pragma once

// The devnet's demo catalog (`devnet up --demo-datasets`, which scripts/run.sh uses): nine
// datasets made on the spot (cli/demofiles) and published the way a member publishes (inspected,
// described as a Data Package, content-addressed, uploaded to the devnet's storage node,
// registered with a stake) by four members. The curators approve one and reject one; a third
// rejection is under appeal, with the token holders' proposal to overturn it open for votes; one
// dataset is bought. The rest is a real queue: personal data, duplicated rows, a copy of another
// dataset's file, fewer rows than its metadata claims, and clean datasets.

#include "common/result.h"
#include "crypto/privatekey.h"
#include "dao/daoprofile.h"
#include "eth/chainsession.h"

namespace dd::cli {

// keys: the development phrase's accounts 0-4 (0, 1 and 3 are the curators). work: a folder for the files
// and their CARs. journalFile: the transaction journal, beside the devnet's profile. Returns one
// line per dataset, for the command's output.
Result<QStringList> seedDemoDatasets(eth::JsonRpcClient &client, const dao::DaoProfile &profile,
    const QList<crypto::PrivateKey> &keys, const QString &work, const QString &journalFile);

} // namespace dd::cli
