#pragma once

// Deploys the DAO's contract set (DaoToken, DaoTimelock, DaoGovernor, DatasetRegistry,
// DatasetCuration), each transaction asked of the requester (so it goes through the one
// TransactionService), and wires the roles the way OpenZeppelin's Governor guide does: the
// governor proposes and cancels on the timelock, anyone executes, and the deployer gives up
// admin. The registry lets the curation contract decide datasets; the admin of both (curators,
// review rules, fee, minimum stake) is the timelock: governance.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"

namespace dd::dao {

struct DaoParameters {
    QString tokenName = QStringLiteral("DataDAO");
    QString tokenSymbol = QStringLiteral("DATA");
    eth::UInt256 supply = eth::UInt256(1000000) * eth::UInt256(1000000000000000000ULL); // 1,000,000 DATA
    quint64 timelockDelaySeconds = 60;
    quint64 votingDelayBlocks = 1;
    quint64 votingPeriodBlocks = 50;
    quint64 quorumPercent = 4;
    eth::UInt256 minimumStake = eth::UInt256(100) * eth::UInt256(1000000000000000000ULL); // 100 DATA
    quint64 accessFeeBasisPoints = 250; // 2.5% of each access purchase to the treasury
    QList<crypto::Address> curators; // the first curators; governance grants the rest
    // DatasetCuration's rules (governance changes them later).
    quint64 reviewQuorum = 2;
    quint64 reviewPeriodSeconds = 7 * 24 * 3600;
    eth::UInt256 approvalReward = eth::UInt256(50) * eth::UInt256(1000000000000000000ULL); // 50 DATA
    eth::UInt256 reviewFee = eth::UInt256(5) * eth::UInt256(1000000000000000000ULL); // 5 DATA
    quint64 slashCapBasisPoints = 5000; // at most half a rejected dataset's stake is kept
    quint64 appealWindowSeconds = 7 * 24 * 3600;
    eth::UInt256 appealDeposit = eth::UInt256(50) * eth::UInt256(1000000000000000000ULL);
    eth::UInt256 challengeDeposit = eth::UInt256(50) * eth::UInt256(1000000000000000000ULL);
};

// chain: reads the chain id and the starting block; every transaction is the deployer's.
Result<DaoProfile> deployDao(eth::ChainSession &chain, TransactionRequester &requester, const crypto::Address &deployer,
    const DaoParameters &parameters = {});

// The DAO's contracts' ABIs, loaded from the embedded artifacts.
struct DaoAbis {
    eth::ContractAbi token;
    eth::ContractAbi timelock;
    eth::ContractAbi governor;
    eth::ContractAbi registry; // DatasetRegistry
    eth::ContractAbi curation; // DatasetCuration
    // A GovernorBravo-style governor (Compound's interface), read and voted on too.
    eth::ContractAbi bravo;
    // The governor's ABI for a profile's kind.
    const eth::ContractAbi &governorOf(GovernorKind kind) const
    {
        return kind == GovernorKind::Bravo ? bravo : governor;
    }
    // Every custom error of the DAO's contracts, to put a revert into words whatever the target.
    eth::ContractAbi errors;
    static const Result<DaoAbis> &load();

private:
    static Result<DaoAbis> parse();
};

} // namespace dd::dao
