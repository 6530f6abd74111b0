#pragma once

// SignedVotes: the votes signed on this computer to be sent later (EIP-712 ballots kept in the
// journal) that are not sent yet, for the open DAO's governor. Read on the executor whenever the
// journal or the DAO changes; Home lists them, Governance stops asking for a vote already signed.

#include "common/services.h"
#include "dao/ballot.h"

#include <QObject>
#include <QVariantList>

namespace dd {
class Executor;
}

namespace dd::dao {
class TransactionJournal;
}

namespace dd::app {

class SignedVotes : public QObject {
    Q_OBJECT
public:
    SignedVotes(Executor &executor, dao::TransactionJournal &journal, OpenDao &dao, QObject *parent = nullptr);

    const QList<dao::SignedVote> &votes() const { return m_votes; }
    // For QML: id, title, proposalId, choice, voter, reason, signedAt.
    QVariantList rows() const;
    void reload();

signals:
    void changed();

private:
    Executor &m_executor;
    dao::TransactionJournal &m_journal;
    OpenDao &m_dao;
    QList<dao::SignedVote> m_votes;
    int m_generation = 0; // only the newest read is shown
};

} // namespace dd::app
