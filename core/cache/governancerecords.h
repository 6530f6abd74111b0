#pragma once

// The Governor's and the token's events as the indexer decodes them and the cache stores them.
// Amounts stay exact (UInt256); ids are the Governor's uint256 proposal ids.

#include "crypto/address.h"
#include "eth/uint256.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace dd::cache {

struct LogPosition {
    quint64 block = 0;
    quint32 logIndex = 0;
    QString tx; // 0x-prefixed hash
};

struct ProposalAction {
    crypto::Address target;
    eth::UInt256 value;
    QString signature; // usually empty: OpenZeppelin puts the selector in calldata
    QByteArray calldata;
};

struct ProposalCreatedRecord {
    LogPosition at;
    eth::UInt256 id;
    crypto::Address proposer;
    QList<ProposalAction> actions;
    quint64 voteStart = 0; // the snapshot timepoint (block number with the DAO's token clock)
    quint64 voteEnd = 0;
    QString description;
};

// Tally's convention: the description's first line is the title (markdown heading marks dropped).
QString proposalTitle(const QString &description);

struct VoteRecord {
    LogPosition at;
    eth::UInt256 proposalId;
    crypto::Address voter;
    int support = 0; // 0 against, 1 for, 2 abstain (GovernorCountingSimple)
    eth::UInt256 weight;
    QString reason;
    QByteArray params; // VoteCastWithParams only
};

struct ProposalLifecycleRecord {
    LogPosition at;
    eth::UInt256 proposalId;
    QString kind; // queued, executed, canceled
    quint64 eta = 0; // queued: seconds since epoch when it can execute
};

struct DelegationRecord {
    LogPosition at;
    crypto::Address delegator;
    crypto::Address fromDelegate;
    crypto::Address toDelegate;
};

struct VotingPowerRecord {
    LogPosition at;
    crypto::Address delegate;
    eth::UInt256 previous;
    eth::UInt256 votes;
};

struct TransferRecord {
    LogPosition at;
    crypto::Address from;
    crypto::Address to;
    eth::UInt256 value;
};

// A DatasetRegistry or DatasetCuration event: what changed for which dataset, by whom, when.
// The event's other fields (CIDs as text, amounts as decimal strings) are kept as JSON, so the
// catalog and the curation queue can be rebuilt from these rows alone.
struct DatasetEventRecord {
    LogPosition at;
    // The curation contract's curator grants, which are about no dataset, have id 0 (the
    // registry's ids start at 1).
    quint64 datasetId = 0;
    // registry: submitted, reviewed, withdrawn, reinstated, reopened, metadata, price, purchased;
    // curation: review, decided, awaiting, reward, fee, appealed, appealResolved, challenged,
    // challengeResolved, evidence, curatorGranted, curatorRevoked.
    QString kind;
    crypto::Address actor; // the contributor, curator, buyer, challenger or evidence's party
    QJsonObject data;
    qint64 time = 0; // the block's timestamp (review periods and appeal windows count in it)
};

// What one eth_getLogs range yielded, applied to the cache in one SQL transaction together with
// the new synced block, so a killed app resumes from a consistent point.
struct EventBatch {
    QList<ProposalCreatedRecord> proposals;
    QList<VoteRecord> votes;
    QList<ProposalLifecycleRecord> lifecycle;
    QList<DelegationRecord> delegations;
    QList<VotingPowerRecord> votingPower;
    QList<TransferRecord> transfers;
    QList<DatasetEventRecord> datasetEvents;
    quint64 toBlock = 0;
    QMap<quint64, QString> blockHashes; // blocks not yet final, to notice a reorg later

    qsizetype eventCount() const
    {
        return proposals.size() + votes.size() + lifecycle.size() + delegations.size() + votingPower.size()
            + transfers.size() + datasetEvents.size();
    }
};

// Governor.state() values (OpenZeppelin 5 IGovernor.ProposalState).
enum class ProposalState { Unknown = -1, Pending, Active, Canceled, Defeated, Succeeded, Queued, Expired, Executed };
bool isFinal(ProposalState state);

} // namespace dd::cache
