#pragma once

// A vote by signature. OpenZeppelin Governor 5: the member signs an EIP-712 Ballot, or an
// ExtendedBallot when the vote has a reason, and anyone with gas relays it later through
// castVoteBySig or castVoteWithReasonAndParamsBySig; the signature binds the governor, the
// chain, the proposal, the choice, the reason and the voter's nonce on the governor, so it can
// be used once and nowhere else. GovernorBravo: Ballot(proposalId, support) in a domain without
// a version, no nonce and no reason, relayed by castVoteBySig(id, support, v, r, s); the
// governor's one-vote-per-voter rule makes it count once.

#include "common/result.h"
#include "crypto/address.h"
#include "dao/daoprofile.h"
#include "eth/abivalue.h"
#include "eth/chainsession.h"
#include "eth/contractabi.h"
#include "eth/uint256.h"

#include <QDateTime>
#include <QJsonObject>

namespace dd::dao {

struct Ballot {
    GovernorKind kind = GovernorKind::OpenZeppelin;
    quint64 chainId = 0;
    crypto::Address governor;
    QString domainName; // the governor's EIP-712 domain (eip712Domain(): its name and version)
    QString domainVersion;
    eth::UInt256 proposalId;
    int support = 1; // 0 against, 1 for, 2 abstain
    crypto::Address voter;
    eth::UInt256 nonce; // nonces(voter) on the governor when signed
    QString reason;
};

// Reads what a ballot binds besides the vote itself from the chain: the chain id, the governor's
// EIP-712 domain (eip712Domain(), EIP-5267; GovernorBravo: its name()) and the voter's current
// nonce on the governor (OpenZeppelin only). governorAbi is the ABI for the governor's kind.
Result<Ballot> prepareBallot(eth::ChainSession &chain, GovernorKind kind, const eth::ContractAbi &governorAbi,
    const crypto::Address &governor, const eth::UInt256 &proposalId, int support, const crypto::Address &voter,
    const QString &reason);

// The JSON of eth_signTypedData_v4 for the ballot.
QJsonObject ballotTypedData(const Ballot &ballot);

struct RelayCall {
    QString function;
    eth::AbiValue::List args;
};
// The governor call that casts the signed vote.
RelayCall ballotRelayCall(const Ballot &ballot, const QByteArray &signature);

// A signed vote kept in the local journal until it is relayed.
struct SignedVote {
    qint64 id = 0;
    Ballot ballot;
    QByteArray signature; // 65 bytes r || s || v
    QString title; // the proposal's, as the member saw it
    QDateTime signedAt;
    QString relayHash; // the relaying transaction, once sent
};

} // namespace dd::dao
