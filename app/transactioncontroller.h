#pragma once

// TransactionController: drives the one confirmation sheet. A request (send tokens, delegate)
// is prepared off the GUI thread (simulated, estimated, described in words); the sheet shows the
// description; confirm() signs and sends through the TransactionService and follows the receipt.

#include "eth/abivalue.h"

#include <QObject>
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

namespace dd::eth {
struct TxRequest;
}

namespace dd::app {

class ChainController;

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
    // A Governor call built elsewhere (queue, execute with the proposal's actions).
    void requestGovernorCall(
        const QString &from, const QString &function, const eth::AbiValue::List &args, const QString &summary);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void dismiss();

    QString stage() const { return m_stage; }
    QString summary() const { return m_summary; }
    QVariantList details() const { return m_details; }
    QString message() const { return m_message; }
    QString warning() const { return m_warning; }
    QString transactionHash() const { return m_hash; }

signals:
    void changed();
    // A transaction was written to the journal or its status changed.
    void journalChanged();

private:
    enum class Contract { Token, Governor };
    void prepareContractCall(Contract contract, const QString &from, const QString &function,
        const eth::AbiValue::List &args, const QString &summary);
    void prepare(const QString &from, const eth::TxRequest &request, const QString &summary);
    void setStage(const QString &stage, const QString &message = QString());

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
    int m_generation = 0; // answers to a dismissed request are ignored
};

} // namespace dd::app
