#pragma once

// The governor's transactions, written once for the window and datadao-cli: vote, propose,
// queue, execute and cancel, each in the member's words, for OpenZeppelin's Governor and for a
// GovernorBravo-style one (Compound's interface: proposals by id, signatures per action). And
// what decides whether an account can vote, read from the chain at the proposal's snapshot.

#include "common/result.h"
#include "dao/ballot.h"
#include "dao/daoprofile.h"
#include "dao/proposalaction.h"
#include "dao/transactionrequester.h"
#include "dao/voterstatus.h"
#include "eth/chainsession.h"

#include <optional>

namespace dd::dao {

// support: 0 against, 1 for, 2 abstain; with a reason it is castVoteWithReason.
Result<TransactionAsk> voteAsk(const DaoProfile &profile, const crypto::Address &from, const eth::UInt256 &proposalId,
    int support, const QString &reason, const QString &title);

// Sends a vote signed earlier (castVoteBySig and its kin), the fee paid by `from`.
Result<TransactionAsk> relayAsk(const DaoProfile &profile, const crypto::Address &from, const SignedVote &vote);

enum class Lifecycle { Queue, Execute, Cancel };

// The proposal as the governor names it: OpenZeppelin's by its actions and the keccak-256 of its
// description, GovernorBravo's by its id.
struct ProposalRef {
    eth::UInt256 id;
    QString title; // for the summary
    QString description;
    QList<ProposalAction> actions;
};
Result<TransactionAsk> lifecycleAsk(
    const DaoProfile &profile, const crypto::Address &from, Lifecycle step, const ProposalRef &proposal);

// A new proposal: "# title" and the body as its markdown description; actionWords says each
// action in words, for the summary. No action makes a text-only proposal (a zero-value call to
// the timelock with no data, as Tally makes one: OpenZeppelin's Governor needs an action).
Result<TransactionAsk> proposeAsk(const DaoProfile &profile, const crypto::Address &from, const QString &title,
    const QString &body, const QList<ProposalAction> &actions, const QStringList &actionWords);

// Voting power at snapshot, whether account voted on proposalId, its balance and delegate now,
// in one batch. delegatedAt: its latest DelegateChanged block, from the cache.
Result<VoterFacts> readVoterFacts(eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &account,
    const eth::UInt256 &proposalId, quint64 snapshot, std::optional<quint64> delegatedAt);

} // namespace dd::dao
