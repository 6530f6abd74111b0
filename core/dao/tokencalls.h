#pragma once

// The DAO token's calls: the allowance, read and raised (what a stake or a purchase needs before
// the registry can take the tokens: ERC-20 allowance and approve), a transfer, and delegating
// votes (ERC-5805 delegate).

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"
#include "eth/uint256.h"

namespace dd::dao {

// The token's symbol ("DATA"), as its ERC-20 symbol() says: what amounts are shown in.
Result<QString> tokenSymbol(eth::ChainSession &chain, const DaoProfile &profile);

// How much of owner's DAO tokens spender may take now.
Result<eth::UInt256> tokenAllowance(
    eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &owner, const crypto::Address &spender);

// approve(spender, amount) on the DAO token, sent from owner.
Result<TransactionAsk> approveAsk(const DaoProfile &profile, const crypto::Address &owner,
    const crypto::Address &spender, const eth::UInt256 &amount, const QString &summary, const QString &tokenSymbol);

// transfer(to, amount) from `from`, with the amount in tokens in its summary.
Result<TransactionAsk> transferAsk(const DaoProfile &profile, const crypto::Address &from, const crypto::Address &to,
    const eth::UInt256 &amount, const QString &tokenSymbol);

// delegate(delegatee): from's voting power goes to delegatee (itself to vote in person).
Result<TransactionAsk> delegateAsk(const DaoProfile &profile, const crypto::Address &from,
    const crypto::Address &delegatee, const QString &tokenSymbol);

} // namespace dd::dao
