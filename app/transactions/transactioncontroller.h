#pragma once

// TransactionController: drives the one confirmation sheet. A request (send tokens, delegate, or
// any TransactionAsk of a core workflow through ask()) is prepared off the GUI thread (simulated,
// estimated, described in words); the sheet shows the description; confirm() signs and sends
// through the TransactionService and follows the receipt. Requests asked while the sheet is busy
// wait their turn; each one's caller hears how it ended from its TransactionRequest.

#include "dao/ballot.h"
#include "dao/transactionrequester.h"
#include "eth/abivalue.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dd::dao {
class WalletService;
class TransactionJournal;
struct PreparedTransaction;
} // namespace dd::dao

namespace dd::app {

class ChainController;
class TransactionRequest;

class TransactionController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // idle, preparing, review, sending, done, failed
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QVariantList details READ details NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // Set when signing would be pointless (not enough for value plus fee): confirm is refused.
    Q_PROPERTY(QString warning READ warning NOTIFY changed)
    Q_PROPERTY(QString transactionHash READ transactionHash NOTIFY changed)
    // What is under review is a signature only (a vote to send later), not a transaction.
    Q_PROPERTY(bool signatureOnly READ signatureOnly NOTIFY changed)
    // Votes signed to be sent later, not sent yet, on the open DAO's chain.
    Q_PROPERTY(QVariantList signedVotes READ signedVotes NOTIFY signedVotesChanged)
public:
    TransactionController(dao::WalletService &wallet, ChainController &chain, dao::TransactionJournal &journal,
        QObject *parent = nullptr);
    ~TransactionController() override;
    static TransactionController *create(QQmlEngine *, QJSEngine *);

    Q_INVOKABLE void requestTransfer(const QString &from, const QString &to, const QString &amount);
    Q_INVOKABLE void requestDelegate(const QString &from, const QString &delegatee);
    // support: 0 against, 1 for, 2 abstain; with a reason it is castVoteWithReason.
    Q_INVOKABLE void requestVote(
        const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title);
    // The same vote signed now (EIP-712, castVoteBySig) and kept in the journal: no transaction,
    // no fee. Anyone can send it later while voting is open; requestRelay does that.
    Q_INVOKABLE void requestSignedVote(
        const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title);
    // Sends a kept signed vote, the fee paid by `from`.
    Q_INVOKABLE void requestRelay(qint64 signedVoteId, const QString &from);
    // A Governor call built elsewhere (queue, execute with the proposal's actions).
    void requestGovernorCall(
        const QString &from, const QString &function, const eth::AbiValue::List &args, const QString &summary);
    // A transaction a workflow asks for: shown once the sheet is free. The caller connects to the
    // request it gets; the controller deletes it after it has ended.
    TransactionRequest *ask(const dao::TransactionAsk &ask);
    // Takes back a request not sent yet (its workflow was cancelled): it fails, and the sheet
    // closes when it is the one shown.
    void withdraw(TransactionRequest *request);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void dismiss();

    QString stage() const { return m_stage; }
    QString summary() const { return m_summary; }
    QVariantList details() const { return m_details; }
    QString message() const { return m_message; }
    QString warning() const { return m_warning; }
    QString transactionHash() const { return m_hash; }
    QVariantList signedVotes() const { return m_signedVotes; }
    bool signatureOnly() const { return m_signingVote; }

signals:
    void changed();
    // A transaction was written to the journal or its status changed.
    void journalChanged();
    void signedVotesChanged();

private:
    enum class Contract { Token, Governor };
    void prepareContractCall(Contract contract, const QString &from, const QString &function,
        const eth::AbiValue::List &args, const QString &summary);
    void prepare(const QString &from, const eth::TxRequest &request, const QString &summary);
    void startNext(); // the next request waiting, when the sheet is free
    bool sheetBusy() const;
    // The request shown ends: the sheet says so, and the next one waiting comes up.
    void failCurrent(const QString &message);
    void setStage(const QString &stage, const QString &message = QString());
    void resetReview();
    void reloadSignedVotes();
    void confirmBallot();

    dao::WalletService &m_wallet;
    ChainController &m_chain;
    dao::TransactionJournal &m_journal;
    QString m_stage = QStringLiteral("idle");
    QString m_summary;
    QVariantList m_details;
    QString m_message;
    QString m_warning;
    QString m_hash;
    std::unique_ptr<dao::PreparedTransaction> m_prepared;
    std::optional<dao::Ballot> m_ballot; // under review instead of a transaction: a signature only
    QString m_ballotTitle;
    bool m_signingVote = false; // the sheet is about a vote signature from request to result
    std::optional<qint64> m_relayVoteId; // the signed vote the transaction under review sends
    QVariantList m_signedVotes; // read from the journal when it or the DAO changes, not per binding
    int m_generation = 0; // answers to a dismissed request are ignored
    QPointer<TransactionRequest> m_current; // the request the sheet shows
    QList<QPointer<TransactionRequest>> m_waiting; // asked while the sheet was busy
};

} // namespace dd::app
