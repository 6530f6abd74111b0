#pragma once

// TransactionTracker: brings the journal in line with the chain, after a restart or while the
// app runs. For each signed or pending transaction, lowest nonce first: a receipt settles it
// (mined or reverted); a node that still holds it keeps it pending; a nonce the chain has used
// for another transaction means it was replaced; otherwise it was never sent (the app stopped
// between journal and send) or the node dropped it, and the journal's raw bytes are sent again,
// as wallets rebroadcast. A node that refuses them marks it dropped, in the node's words.
// Blocks: run it on a worker thread.

#include "common/result.h"
#include "dao/transactionjournal.h"
#include "eth/chainsession.h"

#include <QCoreApplication>

namespace dd::dao {

struct TrackedChange {
    QString hash;
    QString status; // the new status
    QString note; // in words, for the history
    quint64 block = 0; // where it was mined or reverted
    std::optional<eth::Receipt> receipt = std::nullopt; // when it was mined or reverted
};

class TransactionTracker {
    // Its notes show in the history; translated where the app loads a translation.
    Q_DECLARE_TR_FUNCTIONS(TransactionTracker)

public:
    TransactionTracker(eth::ChainSession &chain, TransactionJournal &journal);

    // The changes it made; a node failing midway returns the error, and what was settled
    // before it stays settled. With nothing unsettled it asks the node nothing.
    Result<QList<TrackedChange>> reconcile(quint64 chainId);

private:
    Result<std::optional<TrackedChange>> check(const JournalEntry &entry);

    eth::ChainSession &m_chain;
    TransactionJournal &m_journal;
};

} // namespace dd::dao
