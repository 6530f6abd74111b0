#pragma once

// The DAO token's allowance, read and raised: what a stake or a purchase needs before the
// registry can take the tokens (ERC-20 allowance and approve).

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"
#include "eth/uint256.h"

namespace dd::dao {

// How much of owner's DAO tokens spender may take now.
Result<eth::UInt256> tokenAllowance(
    eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &owner, const crypto::Address &spender);

// approve(spender, amount) on the DAO token, sent from owner.
Result<TransactionAsk> approveAsk(const DaoProfile &profile, const crypto::Address &owner,
    const crypto::Address &spender, const eth::UInt256 &amount, const QString &summary, const QString &tokenSymbol);

} // namespace dd::dao
