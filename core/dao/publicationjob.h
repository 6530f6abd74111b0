#pragma once

// A dataset's publication as one resumable job over its record (PendingPublication): prepare
// (inspect, describe, hash into CARs), upload both CARs, ask a remote pinning service to pin them,
// register on chain (approve the stake when short, then submit). Each step is on disk before the
// next begins, so a job stopped anywhere (closed, crashed, killed) continues where it stopped:
// hashing is not done again, uploads go on after their last acknowledged segment, and
// registration first asks the registry whether the content is registered already, so nothing is
// uploaded or registered twice. The window and datadao-cli (dataset publish, devnet demo data)
// run this one job; what differs between them is behind PublicationHost and the requester.
// Blocking: run it on a worker thread.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/pendingpublication.h"
#include "dao/transactionrequester.h"
#include "quality/datapackage.h"
#include "storage/pinningservice.h"

#include <atomic>
#include <functional>
#include <optional>

namespace dd::eth {
class JsonRpcClient;
}

namespace dd::dao {

enum class PublicationStep { Prepare, Upload, Pin, Register };

// One CAR to store. The host keeps its own handle in it (a segment count, a transfer's id); the
// job writes both to the record.
struct CarToUpload {
    QString path;
    QString label; // for people: "Weather stations (data)"
    int segmentsAcknowledged = 0;
    QString transferId;
};

struct PublishedDataset {
    quint64 id = 0;
    storage::Cid content;
    storage::Cid metadata;
    QByteArray transactionHash; // the submit; empty when an earlier run's registration had landed
    bool registeredEarlier = false;
    // The remote pinning service's answer, in words; empty when none is set up or it was not asked.
    QString remotePinning;
    bool remotePinningFailed = false;
};

class PublicationHost {
public:
    virtual ~PublicationHost() = default;
    // Stores car on the storage node at api, continuing where car says an earlier run stopped.
    // Whenever it changed car in a way worth keeping, it calls recorded() (the job writes the
    // record). Blocks until the CAR is stored or will not be, in words.
    virtual Status upload(
        CarToUpload &car, const QUrl &api, const std::function<void()> &recorded, const std::atomic_bool *cancel)
        = 0;
    // How a step is going: fraction 0..1 (-1: unknown), and what happens, in words.
    virtual void progress(PublicationStep step, double fraction, const QString &text) = 0;
    // The dataset is on chain (dataset.remotePinning is not known yet: remote pins may still be
    // settling, and the job goes on until they have).
    virtual void registered(const PublishedDataset &dataset) { (void)dataset; }
};

// What a new publication starts from.
struct PublicationRequest {
    QString path; // the dropped file or folder
    quality::DatasetDescription description;
    crypto::Address account; // contributes, stakes, signs
    eth::UInt256 price; // access price, token units
    eth::UInt256 stake;
};

// A publication as a member describes it, in the words of the window's form or of datadao-cli's
// options: keywords comma-separated, the price and stake in tokens (up to 18 decimals; no price
// is free). publicationRequest checks it and says what is wrong in words.
struct PublicationForm {
    QString path;
    crypto::Address account;
    QString title;
    QString description;
    QString licenseId;
    QString keywords;
    QString price;
    QString stake;
    QString replaces; // a corrected version: the number of the contributor's dataset it replaces ("" none)
};
Result<PublicationRequest> publicationRequest(const PublicationForm &form);

struct PublicationPorts {
    eth::JsonRpcClient &chain;
    TransactionRequester &requester;
    PublicationHost &host;
    QString tokenSymbol; // for the summaries: "a stake of 100 DATA"
    // A remote pinning service the member set up, when there is one; origins: where it can
    // fetch the blocks (the DAO's gateways it can reach).
    std::optional<storage::PinningServiceClient> remotePins;
    QStringList origins;
};

// A new publication: the files are inspected, described and hashed into carFolder, the record
// written to recordFile, then the rest as continuePublication does.
Result<PublishedDataset> publishDataset(const PublicationRequest &request, const QString &recordFile,
    const QString &carFolder, const DaoProfile &profile, PublicationPorts &ports,
    const std::atomic_bool *cancel = nullptr);

// One an earlier run recorded, continued after its last recorded step. A record of another DAO
// (chain or registry) is refused in words.
Result<PublishedDataset> continuePublication(PendingPublication record, const QString &recordFile,
    const DaoProfile &profile, PublicationPorts &ports, const std::atomic_bool *cancel = nullptr);

// Removes a publication's record and the files it wrote (its CARs and datapackage.json); the
// CARs' folder goes too when nothing else is in it.
void removePublication(const QString &recordFile, const PendingPublication &record);

// Discards the unfinished publication recorded in recordFile: the record always, and its files
// only when they lie inside workDirectory (a record naming CARs elsewhere is not followed there).
void discardPublication(const QString &recordFile, const QString &workDirectory);

} // namespace dd::dao
