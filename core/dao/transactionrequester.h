#pragma once

// How a workflow in core/dao gets a transaction sent. It asks a TransactionRequester in the
// member's words; the window answers with the confirmation sheet, datadao-cli with its signer,
// and both end in the one TransactionService (simulation, chain id check, journal, tracking).
// A workflow never signs or sends by itself.

#include "common/result.h"
#include "crypto/address.h"
#include "dao/knownnames.h"
#include "eth/chainsession.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace dd::dao {

// One transaction a workflow asks for.
struct TransactionAsk {
    crypto::Address from;
    eth::TxRequest request;
    QString summary; // one line in the member's words: "Buy access to "Weather" for 25 DATA"
    QString contractName; // "DatasetRegistry": the sheet names the contract
    QString tokenSymbol; // set when the target is the DAO's token: amounts are shown in tokens too
    // What the asker knows the call's ids and addresses as (the proposal's title, the dataset's):
    // the sheet names them beside the raw values. The window and the CLI add the DAO's contracts
    // and the wallet's accounts.
    KnownNames names;
};

class TransactionRequester {
public:
    virtual ~TransactionRequester() = default;
    // Blocks until the transaction is mined (its receipt) or will not be (declined, refused by
    // the simulation, reverted, not sent), in words. Call it on a worker thread, never the GUI
    // thread. A set cancel withdraws a request not confirmed yet; one already sent still lands,
    // and the journal follows it.
    virtual Result<eth::Receipt> send(const TransactionAsk &ask, const std::atomic_bool *cancel = nullptr) = 0;
};

// Before each transaction of a sequence: its place (0-based) and how many there are.
using SequenceStep = std::function<void(int index, int count, const TransactionAsk &ask)>;

// Sends asks in order, each only once the one before is mined; stops at the first that is not,
// with its summary in the message. The receipts of all of them, in order.
Result<QList<eth::Receipt>> sendInOrder(TransactionRequester &requester, const QList<TransactionAsk> &asks,
    const SequenceStep &step = {}, const std::atomic_bool *cancel = nullptr);

} // namespace dd::dao
