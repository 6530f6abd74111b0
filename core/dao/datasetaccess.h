#pragma once

// Buying access to a dataset, and taking one's own dataset back, written once for the window and
// for `datadao-cli dataset buy | withdraw`. Buying: the price is approved for the registry only when the buyer's
// allowance is short, then DatasetRegistry.buyAccess(id) pays the contributor and the treasury's
// fee and records the grant. Each transaction goes through the caller's TransactionRequester.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"
#include "eth/uint256.h"

namespace dd::dao {

struct AccessPurchase {
    quint64 datasetId = 0;
    QString title; // for the summaries
    eth::UInt256 price; // the dataset's access price, in the token's smallest unit
    crypto::Address buyer;
};

// The transactions the purchase needs now: approve (when the allowance is short), then buy.
Result<QList<TransactionAsk>> accessPurchaseAsks(
    eth::ChainSession &chain, const DaoProfile &profile, const AccessPurchase &purchase, const QString &tokenSymbol);

// Reads the allowance, then sends what accessPurchaseAsks says, in order. The buy's receipt.
Result<eth::Receipt> buyAccess(eth::ChainSession &chain, TransactionRequester &requester, const DaoProfile &profile,
    const AccessPurchase &purchase, const QString &tokenSymbol, const SequenceStep &step = {},
    const std::atomic_bool *cancel = nullptr);

// DatasetRegistry.withdraw(id): its contributor takes back a dataset no curator has reviewed yet,
// and the stake with it. stake: for the summary.
Result<TransactionAsk> withdrawAsk(const DaoProfile &profile, const crypto::Address &contributor, quint64 datasetId,
    const QString &title, const eth::UInt256 &stake, const QString &tokenSymbol);

} // namespace dd::dao
