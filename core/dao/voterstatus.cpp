#include "dao/voterstatus.h"

namespace dd::dao {

VoterStatus assessVoter(const VoterFacts &facts)
{
    if (facts.hasVoted)
        return VoterStatus::AlreadyVoted;
    if (!facts.votesAtSnapshot.isZero())
        return VoterStatus::CanVote;
    if (facts.delegateNow.isZero())
        return facts.balanceNow.isZero() ? VoterStatus::NoTokens : VoterStatus::NotDelegated;
    if (facts.delegateNow != facts.account)
        return VoterStatus::DelegatedToOther;
    if (facts.delegatedAtBlock && *facts.delegatedAtBlock > facts.snapshot)
        return VoterStatus::DelegatedAfterSnapshot;
    return VoterStatus::NoTokens; // delegated to itself in time, but held nothing at the snapshot
}

bool selfDelegationHelps(const VoterFacts &facts)
{
    const VoterStatus status = assessVoter(facts);
    return !facts.balanceNow.isZero()
        && (status == VoterStatus::NotDelegated || status == VoterStatus::DelegatedToOther);
}

} // namespace dd::dao
