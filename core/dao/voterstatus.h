#pragma once

// Why an account can or cannot vote on a proposal, from facts read at its snapshot. OpenZeppelin's
// ERC20Votes counts tokens only once they are delegated (to oneself or another), and a proposal
// counts the votes delegated before its snapshot, so "I hold tokens but have 0 votes" has three
// different causes, each with a different remedy.

#include "crypto/address.h"
#include "eth/uint256.h"

#include <optional>

namespace dd::dao {

struct VoterFacts {
    crypto::Address account;
    eth::UInt256 votesAtSnapshot; // Governor.getVotes(account, snapshot)
    eth::UInt256 balanceNow; // token.balanceOf(account)
    crypto::Address delegateNow; // token.delegates(account); zero when never delegated
    std::optional<quint64> delegatedAtBlock; // the account's latest DelegateChanged, if any
    quint64 snapshot = 0;
    bool hasVoted = false;
};

enum class VoterStatus {
    CanVote,
    AlreadyVoted,
    NoTokens, // holds nothing and nobody delegated to it
    NotDelegated, // holds tokens, never delegated: they do not count yet
    DelegatedToOther, // its tokens vote through another address
    DelegatedAfterSnapshot, // delegated, but after this proposal's snapshot
};

VoterStatus assessVoter(const VoterFacts &facts);
// Whether delegating to oneself would help (now or from the next proposal on).
bool selfDelegationHelps(const VoterFacts &facts);

} // namespace dd::dao
