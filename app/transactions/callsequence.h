#pragma once

// CallSequence: several transactions that belong together (approve the stake, then register;
// approve the price, then buy), each through the one confirmation sheet, the next asked for
// only once the previous one is mined. Closing a sheet or a failure stops the sequence, in words.

#include "eth/chainsession.h"

#include <QJsonArray>
#include <QObject>

namespace dd::app {

class TransactionController;

struct SequencedCall {
    QString summary; // what the sheet says it does
    eth::TxRequest request;
};

class CallSequence : public QObject {
    Q_OBJECT
public:
    CallSequence(
        TransactionController &transactions, QString from, QList<SequencedCall> calls, QObject *parent = nullptr);

    void start();
    int index() const { return m_index; }
    int count() const { return int(m_calls.size()); }

signals:
    void stepStarted(int index, int count, const QString &summary);
    // ok: every call mined; logs are the last one's.
    void finished(bool ok, const QString &message, const QJsonArray &logs);

private:
    void next();
    void onStage();

    TransactionController &m_transactions;
    QString m_from;
    QList<SequencedCall> m_calls;
    int m_index = -1;
    bool m_waiting = false;
    bool m_done = false;
    QJsonArray m_logs;
};

} // namespace dd::app
