#pragma once

// VoteController: a member's vote, as the window offers it. Cast now (a transaction through the
// sheet), or signed now and kept to send later (EIP-712, castVoteBySig: no transaction, no fee),
// and a kept vote sent by any account that pays the fee. The calls are core/dao's
// (governancecalls, ballot); the sheet asks the member.

#include "common/services.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::dao {
class WalletService;
class TransactionJournal;
} // namespace dd::dao

namespace dd::app {

class SignedVotes;

class VoteController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Votes signed to be sent later, not sent yet, on the open DAO's chain.
    Q_PROPERTY(QVariantList signedVotes READ signedVotes NOTIFY signedVotesChanged)
public:
    VoteController(Executor &executor, OpenDao &dao, dao::WalletService &wallet, dao::TransactionJournal &journal,
        SignedVotes &signedVotes, Sheet &sheet, QObject *parent = nullptr);
    static VoteController *create(QQmlEngine *, QJSEngine *);

    // support: 0 against, 1 for, 2 abstain; with a reason it is castVoteWithReason.
    Q_INVOKABLE void requestVote(
        const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title);
    // The same vote signed now and kept in the journal. Anyone can send it later while voting is
    // open; requestRelay does that.
    Q_INVOKABLE void requestSignedVote(
        const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title);
    // Sends a kept signed vote, the fee paid by `from`.
    Q_INVOKABLE void requestRelay(qint64 signedVoteId, const QString &from);

    QVariantList signedVotes() const;

signals:
    void signedVotesChanged();

private:
    Executor &m_executor;
    OpenDao &m_dao;
    dao::WalletService &m_wallet;
    dao::TransactionJournal &m_journal;
    SignedVotes &m_signedVotes;
    Sheet &m_sheet;
};

} // namespace dd::app
