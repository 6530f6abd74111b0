#pragma once

// TransactionJournal: every transaction the app signs, in a local SQLite file that survives a
// restart and is never rebuilt from the chain. A row is written before the transaction is sent,
// so a crash between signing and sending loses nothing: the raw bytes are there to resend.

#include "common/result.h"
#include "crypto/address.h"
#include "dao/ballot.h"
#include "eth/uint256.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

namespace dd::dao {

struct JournalEntry {
    QString hash; // 0x-prefixed
    quint64 chainId = 0;
    crypto::Address sender;
    eth::UInt256 nonce;
    QByteArray raw;
    QString summary; // the words the user confirmed
    // signed (journaled, not yet accepted by a node), pending, mined, reverted, failed (the node
    // refused it), replaced (another transaction with its nonce was mined), dropped (gone from
    // the node and it refuses it again)
    QString status;
    quint64 block = 0;
    QString error;
    QDateTime createdAt;
};

class TransactionJournal {
public:
    explicit TransactionJournal(QString databasePath);
    ~TransactionJournal();

    Status open();
    Status record(const JournalEntry &entry);
    Status setStatus(const QString &hash, const QString &status, quint64 block = 0, const QString &error = QString());
    Result<QList<JournalEntry>> entries(int limit = 100);
    // Signed or pending transactions on this chain, lowest nonce first: what the tracker checks.
    Result<QList<JournalEntry>> unsettled(quint64 chainId);
    // The nonce after this sender's highest signed or pending transaction on this chain.
    Result<std::optional<eth::UInt256>> nextLocalNonce(quint64 chainId, const crypto::Address &sender);

    // Votes signed to be relayed later (castVoteBySig): kept here, with the transactions, until a
    // relay is sent; a relayed one keeps its transaction's hash.
    Result<qint64> recordSignedVote(const SignedVote &vote);
    Status setVoteRelayed(qint64 id, const QString &transactionHash);
    // This chain's signed votes, newest first; with unrelayedOnly, those not sent yet.
    Result<QList<SignedVote>> signedVotes(quint64 chainId, bool unrelayedOnly);

private:
    QString connectionName() const;
    QString m_path;
    Status openLocked();

    QMutex m_mutex;
    bool m_opened = false; // its tables exist (checked once, by whoever comes first)
};

} // namespace dd::dao
