#pragma once

// TransactionTracking: keeps the journal in line with the chain while the app runs. Each new
// block the chain controller sees (and once after each connect, which covers a restart), the
// core TransactionTracker runs on the executor and settles, resends or marks replaced or dropped
// what is unsettled. The sheet learns that its transaction was mined from here, once per block,
// instead of holding a thread to poll for the receipt.

#include "common/services.h"

#include "dao/transactiontracker.h"

#include <QObject>

namespace dd {
class Executor;
}

namespace dd::app {

class ChainController;

class TransactionTracking : public QObject, public TransactionWatch {
    Q_OBJECT
public:
    TransactionTracking(
        Executor &executor, dao::TransactionJournal &journal, ChainController &chain, QObject *parent = nullptr);

    // Checks now (a transaction was just sent), or once more right after the check that runs.
    void checkNow() override;
    void whenSettled(QObject *receiver, std::function<void(const dao::TrackedChange &)> slot) override
    {
        connect(this, &TransactionTracking::settled, receiver, std::move(slot));
    }
    QString error() const { return m_error; }

signals:
    // One per change the tracker wrote to the journal (mined ones carry their receipt).
    void settled(const dd::dao::TrackedChange &change);
    // A check ended and changed the journal.
    void journalChanged();
    void errorChanged();

private:
    void onChainStatus();
    void setError(const QString &error);

    Executor &m_executor;
    dao::TransactionJournal &m_journal;
    ChainController &m_chain;
    bool m_running = false;
    bool m_again = false; // asked while a check ran
    qint64 m_lastBlock = -1;
    QString m_error;
};

} // namespace dd::app
