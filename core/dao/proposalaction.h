#pragma once

// One action of a proposal, built from what a member types: a payment from the treasury in the
// DAO's token, or any contract call by its human-readable signature ("grantRole(bytes32,address)")
// with one argument per input, in the forms cast accepts, plus ETH sent with it.

#include "common/result.h"
#include "crypto/address.h"
#include "eth/contractabi.h"
#include "eth/uint256.h"

#include <QStringList>

namespace dd::dao {

struct ProposalAction {
    crypto::Address target;
    eth::UInt256 value; // wei sent with the call
    QByteArray calldata;
};

// A transfer of `amount` tokens (decimal, 18 decimals) from the treasury to `recipient`.
Result<ProposalAction> paymentAction(
    const eth::ContractAbi &tokenAbi, const crypto::Address &token, const QString &recipient, const QString &amount);

// A call of `signature` on `target` with `arguments` (one per input) and `ethValue` ETH.
Result<ProposalAction> callAction(
    const QString &target, const QString &signature, const QStringList &arguments, const QString &ethValue);

} // namespace dd::dao
