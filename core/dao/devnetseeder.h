#pragma once

// Fills a fresh devnet DAO with life: tokens spread over the development accounts, delegations,
// and proposals in every Governor state (pending, active, succeeded, defeated, queued, executed,
// canceled) with markdown descriptions and votes with reasons. Uses anvil's anvil_mine and
// evm_increaseTime to move through voting periods and the timelock delay.

#include "common/result.h"
#include "dao/daodeployer.h"
#include "dao/daoprofile.h"

#include <QMap>

namespace dd::dao {

struct SeededProposal {
    QString title;
    eth::UInt256 id;
    int state = -1; // the Governor's ProposalState
};

// accounts[0] deployed the DAO and holds the supply; accounts[1..4] become members. Each
// transaction is asked of the requester (the one TransactionService); chain reads and moves time.
// With a forum (the devnet's demo forum), the executed proposal links its discussion there.
Result<QList<SeededProposal>> seedDevnet(eth::ChainSession &chain, TransactionRequester &requester,
    const DaoProfile &profile, const QList<crypto::Address> &accounts, const DaoParameters &parameters = {},
    const QUrl &forum = {});

// OpenZeppelin's IGovernor.ProposalState in words.
QString proposalStateName(int state);

} // namespace dd::dao
