#pragma once

// GovernanceReader: what the views read from the governance cache, through a connection of the
// reader's own (a list model's on the GUI thread, or a test's). Never writes.

#include "cache/cachedatabase.h"
#include "cache/governancerecords.h"

#include <QSet>

namespace dd::cache {

struct ProposalSummary {
    QString id; // decimal
    QString title;
    crypto::Address proposer;
    ProposalState state = ProposalState::Unknown;
    quint64 voteStart = 0;
    quint64 voteEnd = 0;
    quint64 block = 0;
    eth::UInt256 forVotes;
    eth::UInt256 againstVotes;
    eth::UInt256 abstainVotes;
    qint64 voters = 0;
    std::optional<eth::UInt256> quorum;
};

struct ProposalDetail {
    ProposalSummary summary;
    QString description;
    QList<ProposalAction> actions;
    QString tx;
    QList<ProposalLifecycleRecord> lifecycle; // queued, executed, canceled, oldest first
};

struct DelegateSummary {
    crypto::Address address;
    eth::UInt256 votes; // current voting power
    int delegators = 0; // accounts whose latest delegation points here
    QList<QPair<QString, int>> recentVotes; // proposal title, support; newest first
};

struct ChainPosition {
    quint64 syncedBlock = 0;
    quint64 headBlock = 0;
    quint64 headTime = 0; // seconds since epoch
    quint64 startBlock = 0;
    quint64 startTime = 0;
    // Measured from the DAO's first block to head; 12 s (an Ethereum slot) until measurable.
    double secondsPerBlock() const;
};

class GovernanceReader {
public:
    explicit GovernanceReader(CacheDatabase &database);

    Result<QList<ProposalSummary>> proposals(); // newest first
    Result<std::optional<ProposalDetail>> proposal(const QString &id);
    Result<QList<VoteRecord>> votes(const QString &proposalId); // heaviest first
    Result<QSet<QString>> proposalsVotedBy(const crypto::Address &voter);
    // The block of the account's latest DelegateChanged, if it ever delegated.
    Result<std::optional<quint64>> lastDelegationBlock(const crypto::Address &delegator);
    // Delegates with voting power, strongest first, with how each voted recently.
    Result<QList<DelegateSummary>> delegates(int limit = 100, int recentVotes = 3);
    // Accounts whose latest delegation points to `delegate`.
    Result<QList<crypto::Address>> delegatorsOf(const crypto::Address &delegate);
    ChainPosition position();

private:
    CacheDatabase &m_database;
};

} // namespace dd::cache
