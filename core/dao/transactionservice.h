#pragma once

// TransactionService: the one way the app writes to the chain. prepare() simulates the call
// (a revert is refused in words, nothing signed), estimates gas and fees, picks the nonce (the
// node's pending count or past the journal's own pending ones) and describes everything the
// signature commits to; signAndSend() re-checks the chain id, signs (the wallet's unlocked key, or the CLI's),
// journals the raw bytes before sending, sends, and tracks the receipt. Both block: run them
// on a worker thread (the JSON-RPC client lives on the sync thread).

#include "common/result.h"
#include "dao/transactionjournal.h"
#include "dao/transactionrequester.h"
#include "dao/transactionsigner.h"
#include "eth/chainsession.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace dd::dao {

struct PreparedTransaction {
    eth::Transaction transaction;
    crypto::Address from;
    QString summary; // one line: "Send 100 DATA to 0x…"
    QList<QPair<QString, QString>> details; // label, value: everything the signature commits to
    // Why signing would be pointless, in words (not enough native coin for value plus fee).
    QString warning;
};

class TransactionService {
    // The sheet's words are translated where the app loads a translation (the CLI stays English).
    Q_DECLARE_TR_FUNCTIONS(TransactionService)

public:
    TransactionService(eth::JsonRpcClient &client, TransactionSigner &signer, TransactionJournal &journal,
        QString networkName, quint64 expectedChainId, QString nativeSymbol = QStringLiteral("ETH"),
        std::chrono::milliseconds receiptTimeout = std::chrono::seconds(120));

    // tokenSymbol: when the target is the DAO token, its amounts are also shown in tokens.
    // names: what the arguments' ids, addresses and roles are, said beside their raw values.
    Result<PreparedTransaction> prepare(const crypto::Address &from, const eth::TxRequest &request,
        const QString &summary, const QString &contractName, const QString &tokenSymbol = QString(),
        const KnownNames &names = {});
    Result<PreparedTransaction> prepare(const TransactionAsk &ask)
    {
        return prepare(ask.from, ask.request, ask.summary, ask.contractName, ask.tokenSymbol, ask.names);
    }
    // Re-checks the chain id, signs, journals, sends; returns the hash (pending in the journal).
    Result<QByteArray> signAndSubmit(const PreparedTransaction &prepared);
    // Waits for the receipt and settles the journal row; a revert is an error in words.
    Result<eth::Receipt> awaitReceipt(const QByteArray &hash);
    Result<eth::Receipt> signAndSend(const PreparedTransaction &prepared);

private:
    eth::ChainSession m_chain;
    TransactionSigner &m_signer;
    TransactionJournal &m_journal;
    QString m_networkName;
    quint64 m_expectedChainId;
    QString m_nativeSymbol;
};

} // namespace dd::dao
