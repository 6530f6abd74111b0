#pragma once

// How datadao-cli answers a workflow's transactions: with the key(s) the command line named,
// through core's KeyRequester (the one TransactionService: simulated first, chain id checked,
// journaled before it is sent, followed to its receipt), each announced on stdout in the
// member's words. The journal lives beside the DAO profile (devnet.json ->
// devnet.journal.sqlite), so a new devnet, which writes a new profile, never inherits the
// nonces of an old chain's journal.

#include "common/result.h"
#include "crypto/privatekey.h"
#include "dao/daoprofile.h"
#include "dao/keyrequester.h"
#include "dao/publicationjob.h"

#include <QNetworkAccessManager>

#include <memory>

namespace dd::cli {

// The journal file of the DAO profile at profilePath.
QString journalBesideProfile(const QString &profilePath);

// The CLI's requester: its keys, the journal beside the profile, and each transaction announced
// on stdout in the member's words (unless quiet).
class CliRequester : public dao::KeyRequester {
public:
    CliRequester(eth::JsonRpcClient &client, const dao::DaoProfile &profile, QList<crypto::PrivateKey> keys,
        const QString &journalFile, bool announce = true);
};

// Uploads each CAR with storage::CarUpload in a local event loop, from the segment the record
// says, printing "Continuing the upload at segment N" when it does not start at the first.
class CliPublicationHost : public dao::PublicationHost {
public:
    explicit CliPublicationHost(qint64 segmentBytes = 0, bool printSteps = true)
        : m_segmentBytes(segmentBytes), m_printSteps(printSteps)
    {
    }
    Status upload(dao::CarToUpload &car, const QUrl &api, const std::function<void()> &recorded,
        const std::atomic_bool *cancel) override;
    void progress(dao::PublicationStep step, double fraction, const QString &text) override;

private:
    QNetworkAccessManager m_network;
    qint64 m_segmentBytes; // 0: CarUpload's default
    bool m_printSteps;
    bool m_preparing = false; // its first line is printed
};

} // namespace dd::cli
