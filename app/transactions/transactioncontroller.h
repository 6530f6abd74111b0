#pragma once

// TransactionController: drives the one confirmation sheet. A request (a TransactionAsk of a core
// workflow, or a SignatureAsk) waits its turn while the sheet is busy; a transaction is prepared
// on the executor (simulated, estimated, described in words); the sheet shows the description;
// confirm() signs and sends through the TransactionService, and the transaction tracker says,
// once per block, when it was mined. Each request's caller hears how it ended from its
// TransactionRequest.

#include "common/services.h"
#include "transactions/transactionrequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::dao {
class WalletService;
class TransactionJournal;
struct PreparedTransaction;
struct TrackedChange;
} // namespace dd::dao

namespace dd::app {

class TransactionController : public QObject, public Sheet {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QVariantList details READ details NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // Set when signing would be pointless (not enough for value plus fee): confirm is refused.
    Q_PROPERTY(QString warning READ warning NOTIFY changed)
    Q_PROPERTY(QString transactionHash READ transactionHash NOTIFY changed)
    // What is under review is a signature only (a vote to send later), not a transaction.
    Q_PROPERTY(bool signatureOnly READ signatureOnly NOTIFY changed)
public:
    enum class Stage { Idle, Preparing, Review, Sending, Done, Failed };
    Q_ENUM(Stage)

    TransactionController(Executor &executor, dao::WalletService &wallet, OpenDao &dao,
        dao::TransactionJournal &journal, TransactionWatch &tracking, QObject *parent = nullptr);
    ~TransactionController() override;
    static TransactionController *create(QQmlEngine *, QJSEngine *);

    Q_INVOKABLE void requestTransfer(const QString &from, const QString &to, const QString &amount);
    Q_INVOKABLE void requestDelegate(const QString &from, const QString &delegatee);
    // A transaction a workflow asks for: shown once the sheet is free. The caller connects to the
    // request it gets; the controller deletes it after it has ended.
    TransactionRequest *ask(const dao::TransactionAsk &ask) override;
    TransactionRequest *askSignature(const SignatureAsk &ask) override;
    // Takes back a request not sent yet (its workflow was cancelled): it fails, and the sheet
    // closes when it is the one shown.
    void withdraw(TransactionRequest *request);
    // The app closes: every request not sent yet fails, so no worker waits on the sheet.
    void failAll(const QString &message);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void dismiss();
    // Says in the sheet why a request could not even be made.
    void refuse(const QString &message) override;

    Stage stage() const { return m_stage; }
    QString summary() const { return m_summary; }
    QVariantList details() const { return m_details; }
    QString message() const { return m_message; }
    QString warning() const { return m_warning; }
    QString transactionHash() const { return m_hash; }
    bool signatureOnly() const { return m_current && m_current->signature(); }

signals:
    void changed();
    // A transaction was written to the journal.
    void journalChanged();

private:
    TransactionRequest *enqueue(TransactionRequest *request);
    void startNext(); // the next request waiting, when the sheet is free
    bool sheetBusy() const;
    void prepareSignature(const SignatureAsk &ask);
    void confirmSignature();
    void onSettled(const dao::TrackedChange &change);
    // The request shown ends: the sheet says so, and the next one waiting comes up.
    void failCurrent(const QString &message);
    void setStage(Stage stage, const QString &message = QString());
    void resetReview();

    Executor &m_executor;
    dao::WalletService &m_wallet;
    OpenDao &m_dao;
    dao::TransactionJournal &m_journal;
    TransactionWatch &m_tracking;
    Stage m_stage = Stage::Idle;
    QString m_summary;
    QVariantList m_details;
    QString m_message;
    QString m_warning;
    QString m_hash; // the last one sent; while Sending, the one whose receipt is awaited
    std::unique_ptr<dao::PreparedTransaction> m_prepared;
    std::function<Result<QString>()> m_sign; // the signature under review, once prepared
    int m_generation = 0; // answers to a dismissed request are ignored
    QPointer<TransactionRequest> m_current; // the request the sheet shows
    QList<QPointer<TransactionRequest>> m_waiting; // asked while the sheet was busy
    QHash<QString, QPointer<TransactionRequest>> m_sent; // by lower-case hash, until mined or not
};

} // namespace dd::app
